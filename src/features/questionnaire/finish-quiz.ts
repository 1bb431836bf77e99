import type { Catalogue } from "../../domain/catalogue.ts";
import { answersToWeights } from "../../domain/quiz.ts";
import { CRITERION_IDS, type Weights } from "../../domain/types.ts";
import { finishQuiz, useAppStore } from "../../state/store.ts";
import { clearQuizProgress } from "./quiz-progress.ts";

function sameWeights(a: Weights, b: Weights): boolean {
  return CRITERION_IDS.every((id) => a[id] === b[id]);
}

/**
 * True when finishing would replace weights changed by hand: the sliders moved away from what
 * the answers gave when this round of the quiz began, and the new answers give something else.
 */
export function finishWouldDropTweaks(
  baseline: Weights,
  catalogue: Pick<Catalogue, "languages">,
): boolean {
  const { weights, answers } = useAppStore.getState();
  if (sameWeights(weights, baseline)) return false;
  return !sameWeights(weights, answersToWeights(answers, catalogue).weights);
}

/** Finishes with the answers' weights and languages, and forgets the saved progress. */
export function finishWithAnswers(catalogue: Pick<Catalogue, "languages">): void {
  clearQuizProgress();
  finishQuiz(catalogue);
}

/** Finishes keeping the current weights; the answered languages still apply. */
export function finishKeepingWeights(catalogue: Pick<Catalogue, "languages">): void {
  clearQuizProgress();
  useAppStore.setState((s) => ({
    languages: [...answersToWeights(s.answers, catalogue).languages],
    view: "results",
  }));
}
