import type { Profile, RankedFramework } from "./scoring.ts";
import { includedByLanguage, rankAlternatives, rankFrameworks, scoreMatrix } from "./scoring.ts";
import type { CriterionId, Dataset } from "./types.ts";
import { CRITERION_IDS, MAX_WEIGHT, MIN_WEIGHT } from "./types.ts";
import { weightVector } from "./weights.ts";

export interface FlipPoint {
  criterion: CriterionId;
  /** The weight 0..5 nearest to `current` at which the runner-up would rank above the leader. */
  weight: number | null;
  /** The profile's weight for this criterion, so a view can say "from 2 to 4". */
  current: number;
}

export interface Sensitivity {
  leader: RankedFramework;
  runnerUp: RankedFramework;
  /** One entry per criterion, in `CRITERION_IDS` order. */
  flips: FlipPoint[];
}

/** Candidate weights nearest to `current` first; equal distances try the lower weight first. */
function candidateWeights(current: number): number[] {
  const candidates: number[] = [];
  for (let w = MIN_WEIGHT; w <= MAX_WEIGHT; w++) if (w !== current) candidates.push(w);
  return candidates.sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
}

/**
 * For each criterion, the weight (others unchanged) at which leader and runner-up swap, found by
 * re-ranking at every integer weight 0..5 so ties, name order and the all-zero rule match
 * `rankFrameworks` exactly. Other frameworks may overtake both; only this pair is compared.
 */
export function sensitivity(dataset: Dataset, profile: Profile): Sensitivity | null {
  const [leader, runnerUp] = rankFrameworks(dataset, profile).ranked;
  if (leader === undefined || runnerUp === undefined) return null;
  const included = includedByLanguage(dataset, profile.languages);
  const matrix = scoreMatrix(included);
  const names = included.map((f) => f.name);
  const leaderIndex = included.indexOf(leader.framework);
  const runnerUpIndex = included.indexOf(runnerUp.framework);
  const base = weightVector(profile.weights);
  const swapsAt = (c: number, weight: number): boolean => {
    const weights = base.slice();
    weights[c] = weight;
    const { order } = rankAlternatives(matrix, names, weights);
    return order.indexOf(runnerUpIndex) < order.indexOf(leaderIndex);
  };
  const flips = CRITERION_IDS.map((criterion, c) => {
    const current = base[c] as number;
    const weight = candidateWeights(current).find((w) => swapsAt(c, w)) ?? null;
    return { criterion, weight, current };
  });
  return { leader, runnerUp, flips };
}

/** The flip needing the smallest weight change; ties go to the earlier criterion. */
export function closestFlip(s: Sensitivity): FlipPoint | null {
  let best: FlipPoint | null = null;
  for (const flip of s.flips) {
    if (flip.weight === null) continue;
    const change = Math.abs(flip.weight - flip.current);
    if (best === null || change < Math.abs((best.weight as number) - best.current)) best = flip;
  }
  return best;
}
