import type { Criterion } from "../../domain/types.ts";
import type { MatrixSort, SortColumn } from "../../state/share-state.ts";
import { firstSortDirection } from "./matrix-rows.ts";

const FIXED_LABELS: Partial<Record<SortColumn, string>> = {
  name: "name",
  fit: "fit",
  languages: "primary language",
  kind: "kind",
};

/** The column's name as the caption says it, e.g. "Raw performance". */
export function sortColumnLabel(column: SortColumn, criteria: readonly Criterion[]): string {
  return FIXED_LABELS[column] ?? criteria.find((c) => c.id === column)?.label ?? column;
}

/** The table caption, which also tells screen-reader users the current order. */
export function sortCaption(
  sort: MatrixSort,
  count: number,
  criteria: readonly Criterion[],
): string {
  const text = firstSortDirection(sort.column) === "asc";
  const order =
    sort.direction === "asc"
      ? text
        ? "A to Z"
        : "lowest first"
      : text
        ? "Z to A"
        : "highest first";
  const noun = count === 1 ? "framework" : "frameworks";
  return `Scores (1 to 5), pros and cons of ${count} ${noun}, sorted by ${sortColumnLabel(sort.column, criteria)}, ${order}.`;
}
