import {
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import { displayFit } from "../../domain/scoring.ts";
import type { Criterion } from "../../domain/types.ts";
import type { SortColumn } from "../../state/share-state.ts";
import { Highlight } from "./highlight.tsx";
import { firstSortDirection, type MatrixRow } from "./matrix-rows.ts";
import { MatrixScoreCell } from "./matrix-score-cell.tsx";

/** Per-column rendering hints read by the table markup. */
export interface MatrixColumnMeta {
  /** Render this column's cells as `<th scope="row">`. */
  rowHeader?: boolean;
  /** Class on the column's th and td cells. */
  className: string;
  /** Longer explanation of the header, shown as its tooltip and accessible description. */
  description?: string;
}

/** Sorting only: rows arrive filtered and sorted by the pure helpers (manual sorting). */
export const matrixFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: metaHelper<MatrixColumnMeta>(),
});

const helper = createColumnHelper<typeof matrixFeatures, MatrixRow>();
const descFirst = (column: SortColumn) => firstSortDirection(column) === "desc";

function criterionColumn(criterion: Criterion) {
  const { id, label, description } = criterion;
  return helper.accessor((row) => row.scores[id], {
    id,
    header: label,
    sortDescFirst: descFirst(id),
    cell: (info) => <MatrixScoreCell row={info.row.original} criterion={criterion} />,
    meta: { className: "col-score", description },
  });
}

/**
 * The matrix columns, one per criterion of the dataset: column ids equal the `sort=` column
 * names. Pros, cons and the Compare toggle sit in a row below each framework's scores.
 */
export function matrixColumns(criteria: readonly Criterion[]) {
  return helper.columns([
    helper.accessor("name", {
      header: "Framework",
      sortDescFirst: descFirst("name"),
      cell: (info) => <Highlight text={info.getValue()} />,
      meta: { rowHeader: true, className: "col-name" },
    }),
    helper.accessor("fit", {
      header: "Fit",
      sortDescFirst: descFirst("fit"),
      cell: (info) => <strong>{displayFit(info.getValue())}</strong>,
      meta: { className: "col-fit", description: "Fit under your current weights, 0 to 100" },
    }),
    ...criteria.map(criterionColumn),
    helper.accessor((row) => row.languageNames.join(", "), {
      id: "languages",
      header: "Languages",
      sortDescFirst: descFirst("languages"),
      cell: (info) => <Highlight text={info.getValue()} />,
      meta: { className: "col-languages", description: "Sorted by the primary language" },
    }),
    helper.accessor("kind", {
      header: "Kind",
      sortDescFirst: descFirst("kind"),
      cell: (info) => <Highlight text={info.row.original.kindLabel} />,
      meta: { className: "col-kind" },
    }),
  ]);
}
