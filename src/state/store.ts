import { create } from "zustand";
import type { Catalogue } from "../domain/catalogue.ts";
import { type Answers, answersToWeights, type QuestionId } from "../domain/quiz.ts";
import type { CriterionId, FrameworkKind, LanguageId } from "../domain/types.ts";
import {
  MAX_COMPARE,
  type MatrixDetail,
  type MatrixSort,
  type ShareState,
  type View,
} from "./share-state.ts";
import { defaultShareState } from "./share-url.ts";
import type { ShareUrlProblem } from "./share-url-problem.ts";

/** A setting of a shared link that was not understood: data, worded where the notice shows it. */
export type LinkProblem = ShareUrlProblem;

/** What the user chose: the shareable inputs, the quiz answers and the link problems on screen. */
export interface AppState extends ShareState {
  /** Quiz answers of this visit; not in links, which carry the weights they produced. */
  answers: Answers;
  linkProblems: LinkProblem[];
}

/** The state before any link or answer: default weights, any language, the quiz. */
export function initialAppState(): AppState {
  return { ...defaultShareState(), answers: {}, linkProblems: [] };
}

/** The one store: inputs only. Rankings and explanations are derived where they are shown. */
export const useAppStore = create<AppState>()(() => initialAppState());

const set = useAppStore.setState;

/** Replaces the shareable inputs, e.g. from a decoded link or Back/Forward. */
export function loadShareState(state: ShareState, linkProblems: LinkProblem[] = []): void {
  set({ ...state, linkProblems });
}

/** Sets one criterion's weight (0..5). */
export function setWeight(criterion: CriterionId, weight: number): void {
  set((s) => ({ weights: { ...s.weights, [criterion]: weight } }));
}

/** Records one quiz answer (an option id, or the ticked ids for languages). */
export function setAnswer(question: QuestionId, answer: string | string[]): void {
  set((s) => ({ answers: { ...s.answers, [question]: answer } }));
}

/** Turns the answers so far into weights and languages and opens the results. */
export function finishQuiz(catalogue: Pick<Catalogue, "languages">): void {
  set((s) => {
    const profile = answersToWeights(s.answers, catalogue);
    return { weights: profile.weights, languages: [...profile.languages], view: "results" };
  });
}

/** Adds or removes a language from the team's set (empty = any). */
export function toggleLanguage(language: LanguageId): void {
  set((s) => ({
    languages: s.languages.includes(language)
      ? s.languages.filter((l) => l !== language)
      : [...s.languages, language],
  }));
}

/** Switches the visible view. */
export function setView(view: View): void {
  set({ view });
}

/** Adds a framework to the comparison (up to the maximum) or removes it. */
export function toggleCompare(id: string): void {
  set((s) => {
    if (s.compare.includes(id)) return { compare: s.compare.filter((c) => c !== id) };
    if (s.compare.length >= MAX_COMPARE) return {};
    return { compare: [...s.compare, id] };
  });
}

/** Sets the matrix sort. */
export function setSort(sort: MatrixSort): void {
  set({ sort });
}

/** Adds or removes a framework kind from the matrix filter (empty = all). */
export function toggleKind(kind: FrameworkKind): void {
  set((s) => ({
    kinds: s.kinds.includes(kind) ? s.kinds.filter((k) => k !== kind) : [...s.kinds, kind],
  }));
}

/** Sets the matrix text search. */
export function setSearch(search: string): void {
  set({ search });
}

/** Shows the first pros and cons of each framework in the matrix, or all of them. */
export function setDetail(detail: MatrixDetail): void {
  set({ detail });
}

/** Clears the matrix's kind and text filters; languages stay, as they also set the ranking. */
export function clearMatrixFilters(): void {
  set({ kinds: [], search: "" });
}

/** Hides the notice about a link's settings. */
export function dismissLinkProblems(): void {
  set({ linkProblems: [] });
}

/** Back to the initial state; used between tests. */
export function resetAppStore(): void {
  set(initialAppState(), true);
}
