import type { CriterionContribution, RankedFramework } from "../../domain/scoring.ts";
import type { Criterion, Weights } from "../../domain/types.ts";
import { CRITERION_IDS } from "../../domain/types.ts";

/** A criterion's part in a fit, ready to show. */
export interface WhyItem {
  criterion: Criterion;
  points: number;
  /** The framework's score on the criterion, 1..5. */
  score: number;
  /** Points as a share (0..1) of the most any single criterion can add under these weights. */
  barShare: number;
}

/** The top `count` contributing criteria of a ranked framework, largest first. */
export function topContributions(
  item: RankedFramework,
  criteria: readonly Criterion[],
  weights: Weights,
  count = 3,
): WhyItem[] {
  const maxPoints = largestPossibleContribution(weights);
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return [...item.contributions]
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points || order(a) - order(b))
    .slice(0, count)
    .flatMap((c) => {
      const criterion = byId.get(c.criterion);
      if (!criterion) return [];
      const score = item.framework.scores[c.criterion].value;
      return [
        { criterion, points: c.points, score, barShare: maxPoints ? c.points / maxPoints : 0 },
      ];
    });
}

const order = (c: CriterionContribution) => CRITERION_IDS.indexOf(c.criterion);

/** The most points one criterion can add: 100 * max(w) / sum(w), with the all-zero rule. */
export function largestPossibleContribution(weights: Weights): number {
  const values = CRITERION_IDS.map((id) => weights[id]);
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return 100 / values.length;
  return (100 * Math.max(...values)) / total;
}
