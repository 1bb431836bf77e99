/** Actions on the user's own scores; loaded with the views that set them. */
import { MAX_SCORE_OVERRIDES } from "../domain/score-overrides.ts";
import type { CriterionId } from "../domain/types.ts";
import { useAppStore } from "./store.ts";

const set = useAppStore.setState;

/** Sets the user's own score for a framework's criterion (1..5), or removes it (null). */
export function setScoreOverride(
  framework: string,
  criterion: CriterionId,
  value: number | null,
): void {
  set((s) => {
    const others = s.scores.filter(
      (o) => !(o.framework === framework && o.criterion === criterion),
    );
    if (value === null) return { scores: others };
    const index = s.scores.findIndex((o) => o.framework === framework && o.criterion === criterion);
    if (index < 0 && s.scores.length >= MAX_SCORE_OVERRIDES) return {};
    const scores = [...s.scores];
    const override = { framework, criterion, value };
    if (index < 0) scores.push(override);
    else scores[index] = override;
    return { scores };
  });
}

/** Drops every score of the user's own, back to the dataset's. */
export function resetScoreOverrides(): void {
  set({ scores: [] });
}
