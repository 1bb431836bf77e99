import type { ExcludedFramework, RankedFramework, Ranking } from "./scoring.ts";
import { TIE_EPSILON } from "./scoring.ts";
import type { CriterionId, Framework, Weights } from "./types.ts";
import { CRITERION_IDS } from "./types.ts";
import { effectiveWeights, weightVector } from "./weights.ts";

/** Scores of 4 and 5 are strengths, 1 and 2 weaknesses (DESIGN §3); 3 is neither. */
export const STRENGTH_FROM = 4;
export const WEAKNESS_UP_TO = 2;
/** Weights that mark a criterion as one the team cares most about. */
export const HEAVY_WEIGHT_FROM = 4;

/** A framework's score on a criterion the profile weighs. */
export interface WeighedScore {
  criterion: CriterionId;
  score: number;
  /** The weight as counted (all-zero weights count as 1 each). */
  weight: number;
}

/** The profile's weight of each criterion as counted, with the all-zero rule. */
function countedWeights(weights: Weights): Map<CriterionId, number> {
  const counted = effectiveWeights(weightVector(weights));
  return new Map(CRITERION_IDS.map((id, c) => [id, counted[c] as number]));
}

/** Heaviest weight first, then the criterion order of links. */
const byWeight = (a: WeighedScore, b: WeighedScore) =>
  b.weight - a.weight || CRITERION_IDS.indexOf(a.criterion) - CRITERION_IDS.indexOf(b.criterion);

/** Among the weighted criteria: where the framework scores 4-5 and where it scores 1-2, heaviest first. */
export function strengthsAndWeaknesses(
  framework: Framework,
  weights: Weights,
): { strengths: WeighedScore[]; weaknesses: WeighedScore[] } {
  const weighed = [...countedWeights(weights)]
    .filter(([, weight]) => weight > 0)
    .map(([criterion, weight]) => ({ criterion, weight, score: framework.scores[criterion].value }))
    .sort(byWeight);
  return {
    strengths: weighed.filter((w) => w.score >= STRENGTH_FROM),
    weaknesses: weighed.filter((w) => w.score <= WEAKNESS_UP_TO),
  };
}

/** A weighted criterion where the leader scores below the best of the ranked frameworks. */
export interface TradeOff extends WeighedScore {
  /** The highest score among the ranked frameworks, and the first framework (in rank order) with it. */
  best: { score: number; framework: Framework };
}

/** What the leader gives up: weighted criteria where another ranked framework scores higher, largest loss first. */
export function leaderTradeOffs(ranked: readonly RankedFramework[], weights: Weights): TradeOff[] {
  const [leader, ...others] = ranked;
  if (!leader) return [];
  const loss = (t: TradeOff) => t.weight * (t.best.score - t.score);
  return [...countedWeights(weights)]
    .filter(([, weight]) => weight > 0)
    .flatMap(([criterion, weight]): TradeOff[] => {
      const score = leader.framework.scores[criterion].value;
      let best: TradeOff["best"] | undefined;
      for (const { framework } of others) {
        const value = framework.scores[criterion].value;
        if (value > score && value > (best?.score ?? 0)) best = { score: value, framework };
      }
      return best ? [{ criterion, weight, score, best }] : [];
    })
    .sort((a, b) => loss(b) - loss(a) || byWeight(a, b));
}

/** A heavily weighted criterion that no ranked framework scores well on. */
export interface CoverageGap {
  criterion: CriterionId;
  weight: number;
  /** The highest score among the ranked frameworks, or null when none is ranked. */
  bestRanked: number | null;
  /** Left-out frameworks that score 4 or more on it, best fit first. */
  outsiders: ExcludedFramework[];
}

/** Criteria weighted 4 or 5 where no ranked framework scores 4 or more, with the left-out ones that do. */
export function coverageGaps(ranking: Ranking, weights: Weights): CoverageGap[] {
  return CRITERION_IDS.flatMap((criterion): CoverageGap[] => {
    const weight = weights[criterion];
    if (weight < HEAVY_WEIGHT_FROM) return [];
    const scores = ranking.ranked.map((r) => r.framework.scores[criterion].value);
    const bestRanked = scores.length > 0 ? Math.max(...scores) : null;
    if (bestRanked !== null && bestRanked >= STRENGTH_FROM) return [];
    const outsiders = ranking.excluded
      .filter((e) => e.framework.scores[criterion].value >= STRENGTH_FROM)
      .sort((a, b) => b.fit - a.fit);
    return [{ criterion, weight, bestRanked, outsiders }];
  }).sort((a, b) => b.weight - a.weight);
}

/** The left-out framework that would fit better than the leader, best first; undefined if none would. */
export function betterOutsider(ranking: Ranking): ExcludedFramework | undefined {
  const leaderFit = ranking.ranked[0]?.fit ?? Number.NEGATIVE_INFINITY;
  let best: ExcludedFramework | undefined;
  for (const e of ranking.excluded) {
    if (e.fit > leaderFit + TIE_EPSILON && (best === undefined || e.fit > best.fit)) best = e;
  }
  return best;
}
