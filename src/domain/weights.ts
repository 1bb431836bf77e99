import type { Weights } from "./types.ts";
import { CRITERION_IDS } from "./types.ts";

/** Weights as used in the sums: negative or non-finite count as 0, and all-zero means all 1. */
export function effectiveWeights(weights: readonly number[]): number[] {
  const cleaned = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  return cleaned.some((w) => w > 0) ? cleaned : cleaned.map(() => 1);
}

/** The profile's weights as a vector in `CRITERION_IDS` order. */
export function weightVector(weights: Weights): number[] {
  return CRITERION_IDS.map((id) => weights[id]);
}
