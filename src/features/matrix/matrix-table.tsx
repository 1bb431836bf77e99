import { type SortingState, type Updater, useTable } from "@tanstack/react-table";
import { useMemo, useRef } from "react";
import type { Criterion } from "../../domain/types.ts";
import {
  type MatrixDetail,
  type MatrixSort,
  SORT_COLUMNS,
  type SortColumn,
} from "../../state/share-state.ts";
import { setSort } from "../../state/store.ts";
import { MatrixBodyRow } from "./matrix-body-row.tsx";
import { matrixColumns, matrixFeatures } from "./matrix-columns.tsx";
import { MatrixHeaderCell } from "./matrix-header-cell.tsx";
import type { MatrixRow } from "./matrix-rows.ts";
import type { RowMatch } from "./search.ts";
import { useSidewaysOverflow } from "./use-sideways-overflow.ts";

interface MatrixTableProps {
  criteria: readonly Criterion[];
  /** Already filtered and sorted (the table runs in manual-sorting mode). */
  rows: MatrixRow[];
  /** The store's sort: TanStack's sorting state is controlled from here. */
  sort: MatrixSort;
  caption: string;
  /** Why the search matched each row, by id; undefined without a search. */
  matches: ReadonlyMap<string, RowMatch> | undefined;
  /** The first pros and cons, or all of them. */
  detail: MatrixDetail;
}

function isSortColumn(id: string): id is SortColumn {
  return (SORT_COLUMNS as readonly string[]).includes(id);
}

/** Writes a TanStack sorting update back to the store (and so to the `sort=` link). */
function applySorting(updater: Updater<SortingState>, current: SortingState): void {
  const next = typeof updater === "function" ? updater(current) : updater;
  const first = next[0];
  if (first && isSortColumn(first.id)) {
    setSort({ column: first.id, direction: first.desc ? "desc" : "asc" });
  }
}

/**
 * The matrix table: a row of scores per framework with its pros and cons below, in a region
 * that scrolls sideways (name column sticky) only when the screen is narrower than the scores.
 */
export function MatrixTable({ criteria, rows, sort, caption, matches, detail }: MatrixTableProps) {
  const columns = useMemo(() => matrixColumns(criteria), [criteria]);
  const regionRef = useRef<HTMLElement>(null);
  const scrolls = useSidewaysOverflow(regionRef);
  const sorting = useMemo<SortingState>(
    () => [{ id: sort.column, desc: sort.direction === "desc" }],
    [sort],
  );
  const table = useTable({
    features: matrixFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: (updater) => applySorting(updater, sorting),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });

  return (
    <section
      ref={regionRef}
      className="matrix-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
      tabIndex={0}
      aria-label="Framework matrix"
    >
      <table className="matrix-table">
        <caption>
          <span className="caption-text">
            {caption}
            {scrolls ? (
              <span className="scroll-cue"> More scores to the right: scroll sideways →</span>
            ) : null}
          </span>
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <MatrixHeaderCell
                  key={header.id}
                  header={header}
                  sorted={header.column.getIsSorted()}
                />
              ))}
            </tr>
          ))}
        </thead>
        {table.getRowModel().rows.map((row) => (
          <MatrixBodyRow key={row.id} row={row} match={matches?.get(row.id)} detail={detail} />
        ))}
      </table>
    </section>
  );
}
