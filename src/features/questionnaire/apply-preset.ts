import type { Catalogue } from "../../domain/catalogue.ts";
import type { Preset } from "../../domain/presets.ts";
import { answersToWeights } from "../../domain/quiz.ts";
import { useAppStore } from "../../state/store.ts";
import { clearQuizProgress } from "./quiz-progress.ts";

/**
 * Starts from a preset instead of the rest of the quiz and shows the results. The preset sets
 * every weight and no language; languages ticked on the quiz's first screen apply as they would
 * with "See results", and without such an answer the current languages stay. The quiz's saved
 * progress is forgotten, as when it is finished.
 */
export function applyPreset(preset: Preset, catalogue: Pick<Catalogue, "languages">): void {
  clearQuizProgress();
  useAppStore.setState((s) => {
    const picked = s.answers.languages;
    const languages =
      picked === undefined
        ? s.languages
        : [...answersToWeights({ languages: picked }, catalogue).languages];
    return { weights: { ...preset.weights }, languages, view: "results" };
  });
}
