import type { Criterion } from "../../domain/types.ts";

/** What each score column means, readable on touch screens where tooltips are not. */
export function CriteriaKey({ criteria }: { criteria: readonly Criterion[] }) {
  return (
    <details className="matrix-key">
      <summary>What the score columns mean</summary>
      <p className="hint">
        Each score is 1 to 5 on a fixed rubric; 5 is best for a team that cares.
      </p>
      <dl>
        {criteria.map((c) => (
          <div key={c.id}>
            <dt>{c.label}</dt>
            <dd>{c.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
