import type { Criterion } from "../../domain/types.ts";
import {
  type MatrixSort,
  SORT_COLUMNS,
  type SortColumn,
  type SortDirection,
} from "../../state/share-state.ts";
import { setSort } from "../../state/store.ts";
import { sortColumnLabel } from "./matrix-caption.ts";
import { firstSortDirection } from "./matrix-rows.ts";

/** The words for each direction: numbers by size, text by the alphabet. */
function directionLabels(column: SortColumn): { asc: string; desc: string } {
  return firstSortDirection(column) === "asc"
    ? { asc: "A to Z", desc: "Z to A" }
    : { asc: "Lowest first", desc: "Highest first" };
}

/** Sorting where there are no column headers (the cards on a phone): a column and an order. */
export function SortControls({
  sort,
  criteria,
}: {
  sort: MatrixSort;
  criteria: readonly Criterion[];
}) {
  const labels = directionLabels(sort.column);
  const first = firstSortDirection(sort.column);
  const directions: SortDirection[] = first === "asc" ? ["asc", "desc"] : ["desc", "asc"];
  return (
    <div className="sort-controls">
      <label>
        <span>Sort by</span>
        <select
          value={sort.column}
          onChange={(event) => {
            const column = event.currentTarget.value as SortColumn;
            setSort({ column, direction: firstSortDirection(column) });
          }}
        >
          {SORT_COLUMNS.map((column) => (
            <option key={column} value={column}>
              {capitalised(sortColumnLabel(column, criteria))}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Order</span>
        <select
          value={sort.direction}
          onChange={(event) =>
            setSort({ column: sort.column, direction: event.currentTarget.value as SortDirection })
          }
        >
          {directions.map((direction) => (
            <option key={direction} value={direction}>
              {labels[direction]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
