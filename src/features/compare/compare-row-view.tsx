import type { Framework } from "../../domain/types.ts";
import { CompareCellView } from "./compare-cell-view.tsx";
import type { CompareRow } from "./compare-rows.ts";

/** One aspect across the chosen frameworks; a row where all agree is marked "Same". */
export function CompareRowView({
  row,
  frameworks,
}: {
  row: CompareRow;
  frameworks: readonly Pick<Framework, "id">[];
}) {
  return (
    <tr className={row.same ? "same" : undefined}>
      <th scope="row">
        <span className="row-label">{row.label}</span>
        {row.hint ? <span className="row-hint">{row.hint}</span> : null}
        {row.same ? <span className="same-badge">Same for all</span> : null}
      </th>
      {row.cells.map((cell, index) => {
        const best = row.best[index] === true;
        return (
          <td key={frameworks[index]?.id ?? index} className={best ? "best" : undefined}>
            <CompareCellView cell={cell} best={best} />
          </td>
        );
      })}
    </tr>
  );
}
