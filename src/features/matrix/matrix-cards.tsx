import type { Criterion } from "../../domain/types.ts";
import type { MatrixDetail } from "../../state/share-state.ts";
import { MatrixCard } from "./matrix-card.tsx";
import type { MatrixRow } from "./matrix-rows.ts";
import type { RowMatch } from "./search.ts";

interface MatrixCardsProps {
  criteria: readonly Criterion[];
  /** Already filtered and sorted. */
  rows: readonly MatrixRow[];
  /** Says what the list holds and in what order, like the table's caption. */
  caption: string;
  matches: ReadonlyMap<string, RowMatch> | undefined;
  detail: MatrixDetail;
}

/** The matrix on a phone: one card per framework, in the matrix's order, nothing to scroll sideways. */
export function MatrixCards({ criteria, rows, caption, matches, detail }: MatrixCardsProps) {
  return (
    <section className="matrix-cards-section" aria-labelledby="matrix-cards-caption">
      <p className="matrix-cards-caption" id="matrix-cards-caption">
        {caption}
      </p>
      <ol className="matrix-cards" aria-labelledby="matrix-cards-caption">
        {rows.map((row) => (
          <li key={row.id}>
            <MatrixCard
              row={row}
              criteria={criteria}
              match={matches?.get(row.id)}
              detail={detail}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
