/** Shared output for the measurement scripts: a check list, a plain-text table, a JSON file. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export type Status = "PASS" | "FAIL" | "SKIP" | "INFO";

export interface Check {
  item: string;
  measured: string;
  limit: string;
  status: Status;
  /** Why it failed or was skipped, when the figures alone do not say. */
  note?: string;
}

/** Renders rows as a left-aligned, space-padded table with a rule under the header. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    widths
      .map((width, column) => (cells[column] ?? "").padEnd(width))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)]
    .map((text) => `${text}\n`)
    .join("");
}

export function formatChecks(checks: readonly Check[]): string {
  const rows = checks.map((check) => [check.item, check.measured, check.limit, check.status]);
  const notes = checks
    .filter((check) => check.note)
    .map((check) => `  ${check.status} ${check.item}: ${check.note}\n`)
    .join("");
  return formatTable(["item", "measured", "limit", "result"], rows) + (notes ? `\n${notes}` : "");
}

export const failed = (checks: readonly Check[]) =>
  checks.filter((check) => check.status === "FAIL");

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
