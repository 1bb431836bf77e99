import { FlexRender, type Header, type SortDirection } from "@tanstack/react-table";
import type { matrixFeatures } from "./matrix-columns.tsx";
import type { MatrixRow } from "./matrix-rows.ts";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;
const ARROWS = { asc: "▲", desc: "▼" } as const;

interface MatrixHeaderCellProps {
  header: Header<typeof matrixFeatures, MatrixRow, unknown>;
  /** This column's direction when it is the sorted one; passed in so a re-sort re-renders. */
  sorted: SortDirection | false;
}

/** A column header: a sort button for data columns, aria-sort only on the sorted one. */
export function MatrixHeaderCell({ header, sorted }: MatrixHeaderCellProps) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const label = <FlexRender header={header} />;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={meta?.className}>
        {label}
      </th>
    );
  }
  return (
    <th scope="col" className={meta?.className} aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
      <button
        type="button"
        className="sort-button"
        title={meta?.description}
        onClick={column.getToggleSortingHandler()}
      >
        <span className="sort-label">{label}</span>{" "}
        <span className={sorted ? "sort-arrow active" : "sort-arrow"} aria-hidden="true">
          {sorted ? ARROWS[sorted] : "↕"}
        </span>
      </button>
    </th>
  );
}
