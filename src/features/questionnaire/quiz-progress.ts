import type { Answers, QuestionId } from "../../domain/quiz.ts";
import { CRITERION_IDS, type Weights } from "../../domain/types.ts";
import { isWeight } from "../../state/share-state.ts";

/** A quiz in progress, kept for this tab only so a reload or a return finds the same place. */
export interface QuizProgress {
  /** The question shown, counted from 0. */
  step: number;
  answers: Answers;
  /** The weights the answers gave when this round of the quiz began, to tell slider tweaks. */
  baseline: Weights;
}

const STORAGE_KEY = "framework-fit:quiz-progress";

type StorageSource = () => Storage;
const tabStorage: StorageSource = () => window.sessionStorage;

/** The saved progress, or null when there is none, it is unreadable or storage is blocked. */
export function loadQuizProgress(
  questionIds: readonly QuestionId[],
  storage: StorageSource = tabStorage,
): QuizProgress | null {
  try {
    const raw = storage().getItem(STORAGE_KEY);
    return raw === null ? null : parseProgress(JSON.parse(raw), questionIds);
  } catch {
    return null;
  }
}

/** Saves the progress; storage that is full or blocked is ignored (nothing is restored later). */
export function saveQuizProgress(
  progress: QuizProgress,
  storage: StorageSource = tabStorage,
): void {
  try {
    storage().setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // The quiz keeps working in this page; only a reload starts it afresh.
  }
}

/** Forgets the progress: the quiz was finished or a preset chosen. */
export function clearQuizProgress(storage: StorageSource = tabStorage): void {
  try {
    storage().removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget where nothing could be stored.
  }
}

/** Reads stored JSON back into progress, keeping only well-formed answers to known questions. */
function parseProgress(value: unknown, questionIds: readonly QuestionId[]): QuizProgress | null {
  if (typeof value !== "object" || value === null) return null;
  const { step, answers, baseline } = value as Record<string, unknown>;
  if (typeof step !== "number" || !Number.isInteger(step) || step < 0) return null;
  if (typeof baseline !== "object" || baseline === null) return null;
  const weights = baseline as Record<string, unknown>;
  if (!CRITERION_IDS.every((id) => isWeight(weights[id]))) return null;
  const kept: Answers = {};
  const given = typeof answers === "object" && answers !== null ? answers : {};
  for (const id of questionIds) {
    const answer: unknown = (given as Record<string, unknown>)[id];
    if (typeof answer === "string") kept[id] = answer;
    else if (Array.isArray(answer) && answer.every((a) => typeof a === "string")) kept[id] = answer;
  }
  const clean = Object.fromEntries(CRITERION_IDS.map((id) => [id, weights[id]])) as Weights;
  return { step, answers: kept, baseline: clean };
}
