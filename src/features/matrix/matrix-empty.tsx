import { clearMatrixFilters } from "../../state/store.ts";

/** Shown instead of an empty table: says nothing matches and offers the way back. */
export function MatrixEmpty({ search }: { search: string }) {
  const trimmed = search.trim();
  return (
    <div className="card matrix-empty">
      <p>
        <strong>No framework matches these filters</strong>
        {trimmed === "" ? "." : <> (search “{trimmed}”).</>}
      </p>
      <button type="button" className="primary" onClick={clearMatrixFilters}>
        Clear filters
      </button>
    </div>
  );
}
