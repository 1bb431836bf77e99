import { FlexRender, type Row } from "@tanstack/react-table";
import { memo } from "react";
import type { matrixFeatures } from "./matrix-columns.tsx";
import type { MatrixRow } from "./matrix-rows.ts";

interface MatrixBodyRowProps {
  row: Row<typeof matrixFeatures, MatrixRow>;
}

/** One framework's row; name cell as `<th scope="row">`. */
function MatrixBodyRowBase({ row }: MatrixBodyRowProps) {
  return (
    <tr>
      {row.getAllCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        return meta?.rowHeader ? (
          <th key={cell.id} scope="row" className={meta.className}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={meta?.className}>
            <FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}

/**
 * Memoised on the row's data: cells depend only on it (Compare toggles subscribe to the
 * store themselves), so re-sorting 1,000 rows moves them without re-rendering their cells.
 */
export const MatrixBodyRow = memo(
  MatrixBodyRowBase,
  (before, after) => before.row.original === after.row.original,
);
