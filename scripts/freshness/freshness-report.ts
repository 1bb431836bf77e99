/** The freshness check's printout: an aligned table, a summary line, and the exit code. */
import { formatTable } from "../lib/report.ts";
import type { FreshnessRow } from "./check-freshness.ts";
import { describeFreshness, type Freshness } from "./freshness-status.ts";

const HEADER = ["framework", "dataset", "date", "registry", "date", "status"] as const;
const MAX_CELL = 80;
const NONE = "-";
/** Control, format and bidi characters: a registry's text must not steer the terminal. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const SUMMARY_ORDER: readonly Freshness["kind"][] = [
  "current",
  "behind",
  "ahead",
  "incomparable",
  "unreachable",
  "unreadable",
];
const SUMMARY_WORDS: Record<Freshness["kind"], string> = {
  current: "current",
  behind: "behind",
  ahead: "ahead of the registry",
  incomparable: "not comparable",
  unreachable: "unreachable",
  unreadable: "unreadable",
};

/** Text safe to print in one cell: no control characters, at most 80 characters. */
export function printable(text: string): string {
  const plain = text.replace(UNPRINTABLE, "?");
  return plain.length > MAX_CELL ? `${plain.slice(0, MAX_CELL - 1)}…` : plain;
}

/** One line counting the rows by status, e.g. "10 frameworks: 7 current, 1 behind, 2 unreachable." */
export function summarizeFreshness(rows: readonly FreshnessRow[]): string {
  const counts = SUMMARY_ORDER.map((kind) => ({
    kind,
    count: rows.filter((row) => row.freshness.kind === kind).length,
  })).filter(({ count }) => count > 0);
  const parts = counts.map(({ kind, count }) => `${count} ${SUMMARY_WORDS[kind]}`);
  const noun = rows.length === 1 ? "framework" : "frameworks";
  return `${rows.length} ${noun}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}.`;
}

/** The table and the summary line, ready to print. */
export function formatFreshnessReport(rows: readonly FreshnessRow[]): string {
  const cells = rows.map((row) =>
    [
      row.framework,
      row.dataset.version,
      row.dataset.date,
      row.registry?.version ?? NONE,
      row.registry?.date ?? NONE,
      describeFreshness(row.freshness),
    ].map(printable),
  );
  return `${formatTable(HEADER, cells)}\n${summarizeFreshness(rows)}\n`;
}

/** 1 when `strict` and any entry is behind its registry, else 0 (unreachable never fails). */
export function freshnessExitCode(rows: readonly FreshnessRow[], strict: boolean): 0 | 1 {
  return strict && rows.some((row) => row.freshness.kind === "behind") ? 1 : 0;
}
