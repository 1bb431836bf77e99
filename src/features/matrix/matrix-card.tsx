import { memo } from "react";
import { displayFit } from "../../domain/scoring.ts";
import type { Criterion } from "../../domain/types.ts";
import type { MatrixDetail } from "../../state/share-state.ts";
import { CompareToggle } from "./compare-toggle.tsx";
import { Highlight } from "./highlight.tsx";
import { MatchLine } from "./match-line.tsx";
import type { MatrixRow } from "./matrix-rows.ts";
import { MatrixScoreCell } from "./matrix-score-cell.tsx";
import { ProsCons } from "./pros-cons.tsx";
import type { RowMatch } from "./search.ts";

interface MatrixCardProps {
  row: MatrixRow;
  criteria: readonly Criterion[];
  match: RowMatch | undefined;
  detail: MatrixDetail;
}

/** One framework on a phone: name and fit, the nine scores as a list, pros and cons in full. */
function MatrixCardBase({ row, criteria, match, detail }: MatrixCardProps) {
  const headingId = `matrix-card-${row.id}`;
  return (
    <article className="matrix-card card" aria-labelledby={headingId}>
      <header className="matrix-card-head">
        <h3 id={headingId}>
          <Highlight text={row.name} />
        </h3>
        <p className="matrix-card-fit">
          Fit <strong>{displayFit(row.fit)}</strong>
        </p>
        <p className="matrix-card-facts">
          <Highlight text={row.kindLabel} />
          {row.languageNames.length > 0 ? (
            <>
              {" · "}
              <Highlight text={row.languageNames.join(", ")} />
            </>
          ) : null}
        </p>
      </header>
      {match ? <MatchLine match={match} /> : null}
      <dl className="matrix-card-scores" aria-label={`Scores of ${row.name}, 1 to 5`}>
        {criteria.map((criterion) => (
          <div key={criterion.id}>
            <dt>{criterion.label}</dt>
            <dd>
              <MatrixScoreCell row={row} criterion={criterion} />
            </dd>
          </div>
        ))}
      </dl>
      <ProsCons row={row} detail={detail} headings />
      <CompareToggle id={row.id} name={row.name} />
    </article>
  );
}

/** Memoised like the table's rows: highlights and Compare toggles subscribe themselves. */
export const MatrixCard = memo(MatrixCardBase);
