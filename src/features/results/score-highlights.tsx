import { joinNames } from "../../domain/catalogue.ts";
import { strengthsAndWeaknesses, type WeighedScore } from "../../domain/explanation.ts";
import { publishedValueOf } from "../../domain/score-overrides.ts";
import type { Criterion, Framework, Weights } from "../../domain/types.ts";

/** "Real-time (5/5)" for each score, "(5/5, yours)" for the user's own, joined in words. */
function scoreList(
  items: readonly WeighedScore[],
  criteria: readonly Criterion[],
  framework: Framework,
): string {
  const label = (id: string) => criteria.find((c) => c.id === id)?.label ?? id;
  const yours = (i: WeighedScore) =>
    publishedValueOf(framework.scores[i.criterion]) === undefined ? "" : ", yours";
  return joinNames(
    items.map((i) => `${label(i.criterion)} (${i.score}/5${yours(i)})`),
    "conjunction",
  );
}

/** A framework's strengths (4-5) and weaknesses (1-2) among the criteria the user weighted. */
export function ScoreHighlights({
  framework,
  criteria,
  weights,
}: {
  framework: Framework;
  criteria: readonly Criterion[];
  weights: Weights;
}) {
  const { strengths, weaknesses } = strengthsAndWeaknesses(framework, weights);
  if (strengths.length === 0 && weaknesses.length === 0) {
    return (
      <p className="why" data-flip>
        Middling (3/5) on everything you weighted.
      </p>
    );
  }
  return (
    <>
      {strengths.length > 0 ? (
        <p className="why strengths" data-flip>
          <span className="why-tag">Strong on</span>{" "}
          {`${scoreList(strengths, criteria, framework)}.`}
        </p>
      ) : null}
      {weaknesses.length > 0 ? (
        <p className="why weaknesses" data-flip>
          <span className="why-tag">Weak on</span>{" "}
          {`${scoreList(weaknesses, criteria, framework)}.`}
        </p>
      ) : null}
    </>
  );
}
