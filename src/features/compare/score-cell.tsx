import type { CompareCell } from "./compare-rows.ts";
import { SourceList } from "./source-list.tsx";

const PIPS = [1, 2, 3, 4, 5] as const;

/** A 1..5 score: the number with pips, the reason in our words and the sources behind it. */
export function ScoreCell({
  cell,
  best,
}: {
  cell: Extract<CompareCell, { kind: "score" }>;
  best: boolean;
}) {
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
        {best ? <span className="best-badge">Best</span> : null}
      </span>
      <span className="score-why">{cell.why}</span>
      <SourceList sources={cell.sources} />
    </div>
  );
}
