import { useMemo } from "react";
import { displayFit, type Ranking } from "../../domain/scoring.ts";
import type { Criterion, Weights } from "../../domain/types.ts";
import { workedExample } from "./worked-example.ts";
import { WorkedExampleTable } from "./worked-example-table.tsx";

/** The fit of the current leader, taken apart criterion by criterion under the current weights. */
export function WorkedExampleSection({
  ranking,
  weights,
  criteria,
}: {
  ranking: Ranking;
  weights: Weights;
  criteria: readonly Criterion[];
}) {
  const leader = ranking.ranked[0];
  const example = useMemo(
    () => (leader ? workedExample(leader, weights, criteria) : null),
    [leader, weights, criteria],
  );
  return (
    <section className="about-section" aria-labelledby="about-example">
      <h3 id="about-example">A worked example with your weights</h3>
      {leader && example ? (
        <>
          <p>
            {leader.framework.name} ranks first for you with a fit of {displayFit(leader.fit)}. Each
            row is one criterion: your weight, its score, the score as a share, and the points it
            adds, <code>100 × weight × share ÷ {example.weightTotal}</code> (the sum of the
            weights). The points add up to the fit.
          </p>
          {example.allZero ? (
            <p className="about-note">
              All your weights are 0, so every weight counts as 1 in this example.
            </p>
          ) : null}
          <WorkedExampleTable name={leader.framework.name} example={example} />
        </>
      ) : (
        <p>
          No framework is written in the languages you chose, so there is nothing to take apart.
          Untick a language in Results to see an example.
        </p>
      )}
    </section>
  );
}
