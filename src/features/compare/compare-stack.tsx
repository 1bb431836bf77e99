import { useId } from "react";
import type { Framework } from "../../domain/types.ts";
import { CompareCellView } from "./compare-cell-view.tsx";
import { type CompareGroup, type CompareRow, GROUP_LABELS } from "./compare-rows.ts";

const GROUPS = Object.keys(GROUP_LABELS) as CompareGroup[];

/**
 * The comparison on a phone, stacked by row: each aspect's label, then one cell per framework,
 * two side by side, each named, so nothing scrolls sideways however many are chosen.
 */
export function CompareStack({
  frameworks,
  rows,
  captionId,
  caption,
}: {
  frameworks: readonly Pick<Framework, "id" | "name">[];
  rows: readonly CompareRow[];
  captionId: string;
  caption: string;
}) {
  const baseId = useId();
  return (
    <div className="compare-stack" data-columns={frameworks.length}>
      <h3 id={captionId} className="stack-caption">
        {caption}
      </h3>
      {GROUPS.map((group) => {
        const groupRows = rows.filter((r) => r.group === group);
        if (groupRows.length === 0) return null;
        return (
          <section key={group} className="stack-group" aria-labelledby={`${baseId}-group-${group}`}>
            <h4 id={`${baseId}-group-${group}`}>{GROUP_LABELS[group]}</h4>
            {groupRows.map((row) => {
              const labelId = `${baseId}-row-${row.id}`;
              return (
                <div key={row.id} className={row.same ? "stack-row same" : "stack-row"}>
                  <p className="stack-label">
                    <span className="row-label" id={labelId}>
                      {row.label}
                    </span>
                    {row.hint ? <span className="row-hint">{row.hint}</span> : null}
                    {row.same ? <span className="same-badge">Same for all</span> : null}
                  </p>
                  <ul className="stack-cells" aria-labelledby={labelId}>
                    {row.cells.map((cell, index) => {
                      const best = row.best[index] === true;
                      const framework = frameworks[index];
                      return (
                        <li
                          key={framework?.id ?? index}
                          className={best ? "stack-cell best" : "stack-cell"}
                        >
                          <span className="stack-name">{framework?.name}</span>
                          <CompareCellView cell={cell} best={best} folded />
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
