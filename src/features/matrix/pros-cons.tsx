import { use } from "react";
import type { MatrixDetail } from "../../state/share-state.ts";
import { Highlight } from "./highlight.tsx";
import type { MatrixRow } from "./matrix-rows.ts";
import { visibleItems } from "./search.ts";
import { MatrixSearchContext } from "./search-context.ts";

/** How many pros and how many cons the short matrix shows (besides any the search matched). */
export const SHORT_LIST_LENGTH = 3;

interface ProsConsProps {
  row: MatrixRow;
  detail: MatrixDetail;
  /** Cards title each list with a heading; the table names it with a visible label. */
  headings: boolean;
}

/** A framework's pros and cons in full sentences: the first few, or all of them. */
export function ProsCons({ row, detail, headings }: ProsConsProps) {
  return (
    <div className="pros-cons">
      <NoteList row={row} kind="Pros" items={row.pros} detail={detail} headings={headings} />
      <NoteList row={row} kind="Cons" items={row.cons} detail={detail} headings={headings} />
    </div>
  );
}

function NoteList({
  row,
  kind,
  items,
  detail,
  headings,
}: ProsConsProps & { kind: "Pros" | "Cons"; items: readonly string[] }) {
  const search = use(MatrixSearchContext);
  if (items.length === 0) return null;
  const shown = visibleItems(items, detail === "full" ? "all" : SHORT_LIST_LENGTH, search);
  const hidden = items.length - shown.length;
  const labelId = `matrix-${row.id}-${kind.toLowerCase()}`;
  return (
    <div className={`note-list note-${kind.toLowerCase()}`}>
      {headings ? (
        <h4 id={labelId}>{kind}</h4>
      ) : (
        <span className="note-label" id={labelId}>
          {kind}
        </span>
      )}
      <ul aria-labelledby={labelId}>
        {shown.map((item) => (
          <li key={item}>
            <Highlight text={item} />
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="note-more">
          and {hidden} more {hidden === 1 ? kind.toLowerCase().slice(0, -1) : kind.toLowerCase()}
        </p>
      ) : null}
    </div>
  );
}
