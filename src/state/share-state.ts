import type { FrameworkKind, LanguageId, Weights } from "../domain/types.ts";
import { CRITERION_IDS } from "../domain/types.ts";

/** The views of the app, in the order of the journey. */
export const VIEWS = ["quiz", "results", "matrix", "compare"] as const;
export type View = (typeof VIEWS)[number];

/** Matrix columns that can be sorted, as named in `sort=` links. */
export const SORT_COLUMNS = ["name", "fit", ...CRITERION_IDS, "kind", "languages"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = "asc" | "desc";
export interface MatrixSort {
  column: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_SORT: Readonly<MatrixSort> = { column: "fit", direction: "desc" };

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** Everything a shared link carries: the user's inputs, never derived data. */
export interface ShareState {
  weights: Weights;
  languages: LanguageId[];
  view: View;
  /** Framework ids chosen for the compare view (0, or 2..4 in a link). */
  compare: string[];
  sort: MatrixSort;
  /** Matrix filter: framework kinds to show; empty = all. */
  kinds: FrameworkKind[];
  /** Matrix filter: free-text search over names, pros and cons. */
  query: string;
}
