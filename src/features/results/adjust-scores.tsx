import { useState } from "react";
import { ScoreOverrideSelect } from "../../components/score-override-select.tsx";
import { publishedValueOf } from "../../domain/score-overrides.ts";
import type { Criterion, Framework, Weights } from "../../domain/types.ts";
import { CRITERION_IDS } from "../../domain/types.ts";
import { effectiveWeights, weightVector } from "../../domain/weights.ts";

/**
 * Under a card: set your own score for the criteria you weighted, heaviest first. The selects
 * are drawn only while the disclosure is open, so moving a slider does not redraw them all.
 */
export function AdjustScores({
  framework,
  criteria,
  weights,
}: {
  framework: Framework;
  criteria: readonly Criterion[];
  weights: Weights;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="adjust-scores"
      data-flip
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>Disagree with a score?</summary>
      {open ? <ScoreSelects framework={framework} criteria={criteria} weights={weights} /> : null}
    </details>
  );
}

/** A "your score" select per weighted criterion, heaviest first. */
function ScoreSelects({
  framework,
  criteria,
  weights,
}: {
  framework: Framework;
  criteria: readonly Criterion[];
  weights: Weights;
}) {
  const counted = effectiveWeights(weightVector(weights));
  const weighed = criteria
    .map((criterion) => ({ criterion, weight: counted[CRITERION_IDS.indexOf(criterion.id)] ?? 0 }))
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return (
    <>
      <p className="hint">Your score replaces the dataset's everywhere and is kept in the link.</p>
      <ul>
        {weighed.map(({ criterion }) => {
          const score = framework.scores[criterion.id];
          return (
            <li key={criterion.id}>
              <span>{criterion.label}</span>
              <ScoreOverrideSelect
                framework={framework}
                criterion={criterion}
                value={score.value}
                published={publishedValueOf(score)}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
