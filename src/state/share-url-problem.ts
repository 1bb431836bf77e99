import type { CriterionId } from "../domain/types.ts";

/** A query key of the link format. */
export type ShareUrlKey =
  | "v"
  | CriterionId
  | "lang"
  | "view"
  | "compare"
  | "sort"
  | "kind"
  | "q"
  | "detail"
  | "score"
  | "own"
  | "m";

/** A key whose value is (or holds) a list of ids. */
export type IdListKey = "lang" | "compare" | "kind" | "own" | "m";

/** A key whose value is a list of entries, read one by one. */
export type EntryListKey = "score" | "own" | "m";

interface ProblemAt<Key extends ShareUrlKey | ""> {
  /** The query key, or "" when the problem is the link as a whole. */
  key: Key;
  /** The offending value, shortened to about 40 characters with control characters masked. */
  value: string;
}

interface Replaced<Key extends ShareUrlKey> extends ProblemAt<Key> {
  /** What was used instead, written as the link would write it ("" = none, any or empty). */
  fallback: string;
}

interface UnknownIds extends ProblemAt<IdListKey> {
  kind: "unknown-ids";
  /** The ids left out, each shown as `value` is. */
  ids: string[];
}

/** One setting of a link that was not understood: data only, worded by link-problem-text.ts. */
export type ShareUrlProblem =
  | (Replaced<ShareUrlKey> & { kind: "repeated"; count: number })
  | (Replaced<ShareUrlKey> & { kind: "too-long"; limit: number })
  | (Replaced<CriterionId> & { kind: "bad-weight" })
  | (Replaced<"view"> & { kind: "bad-view" })
  | UnknownIds
  | (Replaced<"compare"> & { kind: "bad-compare-count"; count: number })
  | (Replaced<"sort"> & { kind: "bad-sort" })
  | (Replaced<"q"> & { kind: "search-too-long"; limit: number })
  | (Replaced<"detail"> & { kind: "bad-detail" })
  | (Replaced<"v"> & { kind: "bad-version"; latest: number })
  | (ProblemAt<EntryListKey> & { kind: "bad-entries"; entries: string[] })
  | (ProblemAt<EntryListKey> & { kind: "too-many-entries"; count: number; limit: number })
  | (ProblemAt<""> & { kind: "link-too-long"; length: number; limit: number })
  | (ProblemAt<""> & { kind: "unreadable" });

/** The kinds of problem, for exhaustive handling. */
export type ShareUrlProblemKind = ShareUrlProblem["kind"];

const SHOWN_LENGTH = 40;

/** A value as a problem shows it: control, format and separator characters masked, ~40 long. */
export function shownValue(value: string): string {
  const visible = value.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, "\uFFFD");
  const chars = Array.from(visible);
  return chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH).join("")}…` : visible;
}
