import type { OwnOption } from "../domain/own-options.ts";
import type { ScoreOverride } from "../domain/score-overrides.ts";
import type { TeamMember } from "../domain/team-members.ts";
import type { FrameworkKind, Weights } from "../domain/types.ts";
import { CRITERION_IDS, MAX_WEIGHT, MIN_WEIGHT } from "../domain/types.ts";
import type { ShareUrlProblem } from "./share-url-problem.ts";

/** The views of the app, in the order of the journey, then how it works. */
export const VIEWS = ["quiz", "results", "matrix", "compare", "team", "about"] as const;
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

/** How much of each pro and con list the matrix shows (link key `detail`). */
export const MATRIX_DETAILS = ["short", "full"] as const;
export type MatrixDetail = (typeof MATRIX_DETAILS)[number];
export const DEFAULT_DETAIL: MatrixDetail = "short";

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** Longest matrix search in UTF-16 units; even fully percent-encoded, a link stays short. */
export const MAX_SEARCH_LENGTH = 100;

/** The ids a link may name, from the loaded dataset. */
export interface LinkVocabulary {
  frameworkIds: readonly string[];
  languageIds: readonly string[];
}

/** Everything a shared link carries: the user's inputs, never derived data. */
export interface ShareState {
  weights: Weights;
  /** Language ids from the dataset; empty = any. */
  languages: string[];
  view: View;
  /** Framework ids chosen for the compare view (0, or 2..4 in a link). */
  compare: string[];
  sort: MatrixSort;
  /** Matrix filter: framework kinds to show; empty = all. */
  kinds: FrameworkKind[];
  /** Matrix filter: free-text search over names, pros and cons (link key `q`). */
  search: string;
  /** Matrix display: the first pros and cons, or all of them (link key `detail`). */
  detail: MatrixDetail;
  /** The user's own scores, replacing the dataset's (link key `score`). */
  scores: ScoreOverride[];
  /** The user's own options, ranked as "own1".."own3" (link key `own`, repeated). */
  own: OwnOption[];
  /** The team's members, for the team view (link key `m`, repeated). */
  members: TeamMember[];
}

/** What a link decodes to: always a valid state, plus what had to be replaced by defaults. */
export interface DecodedShareUrl {
  state: ShareState;
  problems: ShareUrlProblem[];
  /** True when the link named at least one criterion key (even with a bad value). */
  weightsGiven: boolean;
}

/** True for an integer weight in MIN_WEIGHT..MAX_WEIGHT. */
export function isWeight(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= MIN_WEIGHT && (value as number) <= MAX_WEIGHT
  );
}

/** True for one of VIEWS. */
export function isView(value: unknown): value is View {
  return typeof value === "string" && (VIEWS as readonly string[]).includes(value);
}

/** True for one of MATRIX_DETAILS. */
export function isMatrixDetail(value: unknown): value is MatrixDetail {
  return typeof value === "string" && (MATRIX_DETAILS as readonly string[]).includes(value);
}

/** True for a sortable column with a direction. */
export function isMatrixSort(value: {
  column?: unknown;
  direction?: unknown;
}): value is MatrixSort {
  return (
    typeof value.column === "string" &&
    (SORT_COLUMNS as readonly string[]).includes(value.column) &&
    (value.direction === "asc" || value.direction === "desc")
  );
}

/** True when a comparison of this many frameworks may be shown (0 is "none", not a count). */
export function isCompareCount(count: number): boolean {
  return count >= MIN_COMPARE && count <= MAX_COMPARE;
}
