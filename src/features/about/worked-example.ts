import { normalisedScore, type RankedFramework } from "../../domain/scoring.ts";
import type { Criterion, CriterionId, Weights } from "../../domain/types.ts";
import { effectiveWeights } from "../../domain/weights.ts";

/** One criterion's line in the worked example: from weight and score to points. */
export interface WorkedExampleRow {
  criterion: CriterionId;
  label: string;
  /** The weight the user set, 0..5. */
  weight: number;
  /** The weight the sums use: the user's, or 1 for every criterion when all are 0. */
  counted: number;
  /** The framework's score, 1..5. */
  score: number;
  /** `(score - 1) / 4`. */
  normalised: number;
  /** The ranking's own contribution, `100 * counted * normalised / sum(counted)`. */
  points: number;
}

/** A ranked framework's fit taken apart, criterion by criterion. */
export interface WorkedExample {
  rows: WorkedExampleRow[];
  /** Sum of the counted weights. */
  weightTotal: number;
  /** True when every weight is 0, so every weight counts as 1. */
  allZero: boolean;
  /** The ranking's unrounded fit: the sum of the rows' points. */
  fit: number;
}

/** Builds the example rows from `rankFrameworks`' contributions, so the table matches the ranking. */
export function workedExample(
  entry: RankedFramework,
  weights: Weights,
  criteria: readonly Pick<Criterion, "id" | "label">[],
): WorkedExample {
  const ids = entry.contributions.map((c) => c.criterion);
  const raw = ids.map((id) => weights[id]);
  const counted = effectiveWeights(raw);
  const labels = new Map(criteria.map((c) => [c.id, c.label]));
  const rows = entry.contributions.map(({ criterion, points }, c) => {
    const score = entry.framework.scores[criterion].value;
    return {
      criterion,
      label: labels.get(criterion) ?? criterion,
      weight: raw[c] as number,
      counted: counted[c] as number,
      score,
      normalised: normalisedScore(score),
      points,
    };
  });
  return {
    rows,
    weightTotal: counted.reduce((sum, w) => sum + w, 0),
    allZero: raw.every((w) => !(w > 0)),
    fit: entry.fit,
  };
}

/** Points with one decimal, as the example shows them. */
export function formatPoints(points: number): string {
  return (Math.round(points * 10) / 10).toFixed(1);
}

/** A normalised score 0..1 with two decimals (quarters are exact). */
export function formatNormalised(value: number): string {
  return value.toFixed(2);
}
