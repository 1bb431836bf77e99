import { ScoreOverrideSelect } from "../../components/score-override-select.tsx";
import type { CompareCell } from "./compare-rows.ts";
import { SourceList } from "./source-list.tsx";

const PIPS = [1, 2, 3, 4, 5] as const;

/**
 * A 1..5 score: the number with pips, the reason in our words and the sources behind it. Folded
 * (on a phone) the reason and sources open on request, so four cells a row stay short.
 */
export function ScoreCell({
  cell,
  best,
  folded = false,
}: {
  cell: Extract<CompareCell, { kind: "score" }>;
  best: boolean;
  folded?: boolean;
}) {
  const reason = (
    <>
      <span className="score-why">
        {cell.published !== undefined ? `The dataset's reason for ${cell.published}/5: ` : null}
        {cell.why}
      </span>
      <SourceList sources={cell.sources} />
    </>
  );
  return (
    <div className="score-cell">
      <span className="score-head">
        <span className="pips" aria-hidden="true">
          {PIPS.map((pip) => (
            <span key={pip} className={pip <= cell.value ? "on" : undefined} />
          ))}
        </span>
        <span>
          <strong>{cell.value}</strong>/5
        </span>
        {cell.published !== undefined ? (
          <span className="yours-mark">yours; dataset {cell.published}/5</span>
        ) : null}
        {best ? <span className="best-badge">Best</span> : null}
      </span>
      {folded ? (
        <details className="score-reason">
          <summary>Why {cell.value}/5</summary>
          {reason}
        </details>
      ) : (
        reason
      )}
      {cell.target ? (
        <ScoreOverrideSelect
          framework={cell.target.framework}
          criterion={cell.target.criterion}
          value={cell.value}
          published={cell.published}
        />
      ) : null}
    </div>
  );
}
