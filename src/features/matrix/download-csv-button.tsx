import { saveTextFile } from "../../components/save-file.ts";
import type { Criterion } from "../../domain/types.ts";
import { MATRIX_CSV_FILE, matrixCsv } from "./matrix-csv.ts";
import type { MatrixRow } from "./matrix-rows.ts";
import type { RowMatch } from "./search.ts";

/** A byte order mark, so that Excel reads the file as UTF-8 (other readers skip it). */
const UTF8_BOM = "\uFEFF";

interface DownloadCsvButtonProps {
  rows: readonly MatrixRow[];
  criteria: readonly Criterion[];
  matches: ReadonlyMap<string, RowMatch> | undefined;
}

/** Downloads the matrix as shown (filters, search and sort applied) as a CSV file. */
export function DownloadCsvButton({ rows, criteria, matches }: DownloadCsvButtonProps) {
  return (
    <button
      type="button"
      className="download-csv"
      disabled={rows.length === 0}
      onClick={() =>
        saveTextFile(MATRIX_CSV_FILE, "text/csv", UTF8_BOM + matrixCsv(rows, criteria, matches))
      }
    >
      Download CSV
    </button>
  );
}
