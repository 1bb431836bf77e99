import { ScoreOverrideSelect } from "../../components/score-override-select.tsx";
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
        {cell.published !== undefined ? (
          <span className="yours-mark">yours; dataset {cell.published}/5</span>
        ) : null}
        {best ? <span className="best-badge">Best</span> : null}
      </span>
      <span className="score-why">
        {cell.published !== undefined ? `The dataset's reason for ${cell.published}/5: ` : null}
        {cell.why}
      </span>
      <SourceList sources={cell.sources} />
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
