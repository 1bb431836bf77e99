import type { CriterionId } from "../../domain/types.ts";

/** A cited source of a score or fact, ready to link. */
export interface CellSource {
  key: string;
  title: string;
  url: string;
  /** The day the source was read, YYYY-MM-DD. */
  accessed: string;
}

/** What one framework shows in one row of the comparison. */
export type CompareCell =
  | { kind: "text"; text: string }
  | { kind: "fact"; text: string; sources: CellSource[] }
  | { kind: "link"; text: string; href: string }
  | {
      kind: "score";
      value: number;
      why: string;
      sources: CellSource[];
      /** The dataset's value when the user set their own score; undefined otherwise. */
      published?: number | undefined;
      /** Whom and what the score is about, for setting one's own (absent for own options). */
      target?: {
        framework: { id: string; name: string };
        criterion: { id: CriterionId; label: string };
      };
    }
  | { kind: "fit"; value: number | null; note: string }
  | { kind: "list"; items: string[] };

export type CompareGroup = "fit" | "facts" | "scores" | "pros-cons";

/** One row of the comparison table: an aspect and each framework's value of it. */
export interface CompareRow {
  id: string;
  group: CompareGroup;
  label: string;
  /** A short note under the label, e.g. the team's weight. */
  hint?: string;
  cells: CompareCell[];
  /** Every framework has the same value (scores: the same number). */
  same: boolean;
  /** Per cell: holds the row's highest number, on number rows that differ. */
  best: boolean[];
}

/** Heading of each group of rows, in table order. */
export const GROUP_LABELS: Readonly<Record<CompareGroup, string>> = {
  fit: "Fit for your priorities",
  facts: "Facts",
  scores: "Scores (1 to 5)",
  "pros-cons": "Pros and cons",
};

/** What makes two cells equal for the "same" mark: the value a reader compares. */
export function cellKey(cell: CompareCell): string {
  switch (cell.kind) {
    case "text":
    case "fact":
      return cell.text;
    case "link":
      return cell.href;
    case "score":
    case "fit":
      return String(cell.value);
    case "list":
      return cell.items.join("\n");
  }
}

/** Completes a row from its cells: whether all are the same and which hold the highest number. */
export function finishRow(row: Omit<CompareRow, "same" | "best">): CompareRow {
  const same = row.cells.every((c) => cellKey(c) === cellKey(row.cells[0] as CompareCell));
  const numbers = row.cells.map((c) =>
    (c.kind === "score" || c.kind === "fit") && c.value !== null ? c.value : null,
  );
  const top = Math.max(...numbers.map((n) => n ?? Number.NEGATIVE_INFINITY));
  const best = numbers.map((n) => !same && n !== null && n === top);
  return { ...row, same, best };
}
