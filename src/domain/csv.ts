/** CSV text as RFC 4180 writes it, safe to open in a spreadsheet. */

/** A cell: text, or a number written as digits. */
export type CsvValue = string | number;

/** The line end RFC 4180 prescribes between records. */
export const CSV_LINE_END = "\r\n";

/** First characters that make Excel, LibreOffice or Google Sheets read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters that force a field into quotes. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Text a spreadsheet would run as a formula, with a leading apostrophe so it shows as text
 * (the OWASP advice against CSV injection); any other text as it is.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One field: numbers as digits (never neutralised: they are data, not text a user typed);
 * text neutralised, then quoted with inner quotes doubled when it holds a comma, quote, CR or LF.
 */
export function csvField(value: CsvValue): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The records as CSV text: fields joined by commas, every record ended by CRLF. */
export function toCsv(records: readonly (readonly CsvValue[])[]): string {
  return records.map((record) => record.map(csvField).join(",") + CSV_LINE_END).join("");
}
