import type { CriterionId, Dataset, Score } from "./types.ts";

/** The user's own score (1..5) for one framework and criterion, replacing the dataset's. */
export interface ScoreOverride {
  framework: string;
  criterion: CriterionId;
  value: number;
}

/** Most overrides a link carries (DESIGN §4). */
export const MAX_SCORE_OVERRIDES = 30;

/** True for a whole score 1..5. */
export function isScoreValue(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
}

/** The override of a framework's criterion, if the user set one. */
export function overrideOf(
  overrides: readonly ScoreOverride[],
  framework: string,
  criterion: CriterionId,
): ScoreOverride | undefined {
  return overrides.find((o) => o.framework === framework && o.criterion === criterion);
}

/** A score the user replaced: it remembers the dataset's value. */
type OverriddenScore = Score & { published: number };

/** The dataset's own value of a score the user replaced, or undefined for a dataset score. */
export function publishedValueOf(score: Score): number | undefined {
  return (score as Partial<OverriddenScore>).published;
}

/**
 * The dataset with the user's scores in place of its own (each remembering the dataset's value,
 * see publishedValueOf); overrides of unknown frameworks do nothing.
 */
export function applyScoreOverrides<D extends Pick<Dataset, "frameworks">>(
  dataset: D,
  overrides: readonly ScoreOverride[],
): D {
  if (overrides.length === 0) return dataset;
  return {
    ...dataset,
    frameworks: dataset.frameworks.map((f) => {
      const own = overrides.filter((o) => o.framework === f.id);
      if (own.length === 0) return f;
      const scores = { ...f.scores };
      for (const o of own) {
        const score = scores[o.criterion];
        const published: OverriddenScore["published"] = score.value;
        scores[o.criterion] = { ...score, value: o.value, published } as OverriddenScore;
      }
      return { ...f, scores };
    }),
  };
}
