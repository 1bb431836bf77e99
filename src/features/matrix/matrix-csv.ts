/** The matrix as CSV: the rows and columns shown, in the order shown (pure). */
import { type CsvValue, toCsv } from "../../domain/csv.ts";
import { displayFit } from "../../domain/scoring.ts";
import type { Criterion } from "../../domain/types.ts";
import type { MatrixRow } from "./matrix-rows.ts";
import type { RowMatch } from "./search.ts";

/** The file name a download of the matrix gets. */
export const MATRIX_CSV_FILE = "framework-fit-matrix.csv";

/** "Real-time 5/5; pros; templates: Blade": why a row matched, as one cell. */
function matchCell(match: RowMatch | undefined, criteria: readonly Criterion[]): string {
  if (!match) return "";
  const label = (id: string) => criteria.find((c) => c.id === id)?.label ?? id;
  return [
    ...match.strong.map((s) => `${label(s.criterion)} ${s.value}/5`),
    ...match.fields,
    ...match.facts.map((f) => `${f.label}: ${f.text}`),
  ].join("; ");
}

/** "Real-time: 5 (dataset 3)": the scores the user replaced, as one cell. */
function yoursCell(row: MatrixRow, criteria: readonly Criterion[]): string {
  return criteria
    .flatMap((c) => {
      const published = row.published[c.id];
      return published === undefined
        ? []
        : [`${c.label}: ${row.scores[c.id]} (dataset ${published})`];
    })
    .join("; ");
}

/**
 * The matrix as CSV text: a header, then one record per row as shown. Fit is the whole number
 * the page shows, scores are numbers (the user's own where set, listed in "Your scores"),
 * pros and cons are every item, one per line. "Matched" is there while a search is.
 */
export function matrixCsv(
  rows: readonly MatrixRow[],
  criteria: readonly Criterion[],
  matches: ReadonlyMap<string, RowMatch> | undefined,
): string {
  const withYours = rows.some((row) => Object.keys(row.published).length > 0);
  const header: CsvValue[] = [
    "Framework",
    "Fit",
    ...criteria.map((c) => c.label),
    "Languages",
    "Kind",
    "Pros",
    "Cons",
    ...(matches ? ["Matched"] : []),
    ...(withYours ? ["Your scores"] : []),
  ];
  const records = rows.map((row): CsvValue[] => [
    row.name,
    displayFit(row.fit),
    ...criteria.map((c) => row.scores[c.id]),
    row.languageNames.join(", "),
    row.kindLabel,
    row.pros.join("\n"),
    row.cons.join("\n"),
    ...(matches ? [matchCell(matches.get(row.id), criteria)] : []),
    ...(withYours ? [yoursCell(row, criteria)] : []),
  ]);
  return toCsv([header, ...records]);
}
