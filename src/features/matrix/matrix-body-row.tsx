import { FlexRender, type Row } from "@tanstack/react-table";
import { memo } from "react";
import type { MatrixDetail } from "../../state/share-state.ts";
import { CompareToggle } from "./compare-toggle.tsx";
import { MatchLine } from "./match-line.tsx";
import type { matrixFeatures } from "./matrix-columns.tsx";
import type { MatrixRow } from "./matrix-rows.ts";
import { ProsCons } from "./pros-cons.tsx";
import type { RowMatch } from "./search.ts";

interface MatrixBodyRowProps {
  row: Row<typeof matrixFeatures, MatrixRow>;
  /** Why the search matched this framework; undefined without a search. */
  match: RowMatch | undefined;
  detail: MatrixDetail;
}

/**
 * One framework: its scores in a row (name cell as `<th scope="row">`), then a row below with
 * what the search matched, its pros and cons in full sentences and its Compare toggle.
 */
function MatrixBodyRowBase({ row, match, detail }: MatrixBodyRowProps) {
  const cells = row.getAllCells();
  const headerId = `matrix-row-${row.original.id}`;
  return (
    <tbody className="matrix-framework">
      <tr className="matrix-scores">
        {cells.map((cell) => {
          const meta = cell.column.columnDef.meta;
          return meta?.rowHeader ? (
            <th key={cell.id} id={headerId} scope="row" className={meta.className}>
              <FlexRender cell={cell} />
            </th>
          ) : (
            <td key={cell.id} className={meta?.className}>
              <FlexRender cell={cell} />
            </td>
          );
        })}
      </tr>
      <tr className="matrix-notes">
        <td colSpan={cells.length} headers={headerId}>
          <div className="matrix-notes-inner">
            {match ? <MatchLine match={match} /> : null}
            <ProsCons row={row.original} detail={detail} headings={false} />
            <CompareToggle id={row.original.id} name={row.original.name} />
          </div>
        </td>
      </tr>
    </tbody>
  );
}

/**
 * Memoised on the row's data, its match and the detail: cells depend only on them (Compare
 * toggles and highlights subscribe themselves), so re-sorting 1,000 rows only moves them.
 */
export const MatrixBodyRow = memo(
  MatrixBodyRowBase,
  (before, after) =>
    before.row.original === after.row.original &&
    before.match === after.match &&
    before.detail === after.detail,
);
