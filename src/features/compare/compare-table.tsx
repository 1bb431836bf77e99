import { useId, useState } from "react";
import { joinNames, kindLabel, languageNames } from "../../domain/catalogue.ts";
import type { Framework } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { CompareRowView } from "./compare-row-view.tsx";
import { type CompareRow, GROUP_LABELS } from "./compare-rows.ts";
import { CompareStack } from "./compare-stack.tsx";
import { usePhoneLayout } from "./use-phone-layout.ts";

const GROUPS = Object.keys(GROUP_LABELS) as (keyof typeof GROUP_LABELS)[];

/**
 * The comparison: frameworks as columns, aspects as rows, same rows dimmed or hidden. A table on
 * a wide screen; on a phone the same rows stacked, with the frameworks' cells side by side.
 */
export function CompareTable({
  frameworks,
  rows,
}: {
  frameworks: readonly Framework[];
  rows: readonly CompareRow[];
}) {
  const catalogue = useCatalogue();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const phone = usePhoneLayout();
  const captionId = useId();
  const caption = `${joinNames(
    frameworks.map((f) => f.name),
    "conjunction",
  )} side by side`;
  const sameCount = rows.filter((r) => r.same).length;
  const shown = onlyDifferences ? rows.filter((r) => !r.same) : rows;
  return (
    <section className="compare-table-section" aria-labelledby={captionId}>
      <div className="compare-tools" data-columns={frameworks.length}>
        <label className="option compact">
          <input
            type="checkbox"
            checked={onlyDifferences}
            onChange={(e) => setOnlyDifferences(e.currentTarget.checked)}
          />
          Show only differences
        </label>
        <p className="hint">
          {sameCount === 1 ? "1 row is" : `${sameCount} rows are`} the same for all
          {onlyDifferences ? " and hidden" : " and dimmed"}; the highest score in a row is marked
          Best.
          {phone ? null : (
            <span className="swipe-hint"> Scroll the table sideways to see every column.</span>
          )}
        </p>
      </div>
      {phone ? (
        <CompareStack
          frameworks={frameworks}
          rows={shown}
          captionId={captionId}
          caption={caption}
        />
      ) : (
        // Every column holds links, so tabbing through them scrolls a narrow screen sideways.
        <div className="compare-scroll">
          <table className="compare-table" data-columns={frameworks.length}>
            <caption id={captionId}>
              <span>{caption}</span>
            </caption>
            <thead>
              <tr>
                <td className="corner" />
                {frameworks.map((f) => (
                  <th key={f.id} scope="col">
                    <span className="column-name">{f.name}</span>
                    <span className="column-meta">
                      {languageNames(catalogue, f.languages)} · {kindLabel(f)}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            {GROUPS.map((group) => {
              const groupRows = shown.filter((r) => r.group === group);
              if (groupRows.length === 0) return null;
              return (
                <tbody key={group}>
                  <tr className="group-row">
                    <th scope="rowgroup" colSpan={frameworks.length + 1}>
                      {GROUP_LABELS[group]}
                    </th>
                  </tr>
                  {groupRows.map((row) => (
                    <CompareRowView key={row.id} row={row} frameworks={frameworks} />
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </section>
  );
}
