import { memo } from "react";
import { kindLabel, languageNames } from "../../domain/catalogue.ts";
import { isOwnOptionId } from "../../domain/own-options.ts";
import { displayFit, type RankedFramework } from "../../domain/scoring.ts";
import type { Criterion, Weights } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { toggleCompare } from "../../state/store.ts";
import { AdjustScores } from "./adjust-scores.tsx";
import { topContributions } from "./explain.ts";
import { markIsUp, markText, type PlaceMark } from "./place-mark.ts";
import { ScoreHighlights } from "./score-highlights.tsx";

interface RankingItemProps {
  item: RankedFramework;
  criteria: readonly Criterion[];
  weights: Weights;
  /** Chosen for the comparison. */
  chosen: boolean;
  /** The comparison is full, so an unchosen framework cannot be added. */
  full: boolean;
  /** How it moved in the last run of changes, shown for a moment; absent when it did not. */
  mark?: PlaceMark | undefined;
}

/**
 * One ranked framework: its fit, a short why and a Compare toggle. Memoised: a change elsewhere
 * skips it. Its parts below the head are `data-flip` items, so a longer text above one makes it
 * slide rather than jump (see FlipGroup).
 */
export const RankingItem = memo(function RankingItem({
  item,
  criteria,
  weights,
  chosen,
  full,
  mark,
}: RankingItemProps) {
  const { framework } = item;
  const why = topContributions(item, criteria, weights);
  const catalogue = useCatalogue();
  return (
    <li className="card rank-item" data-flip>
      {mark === undefined ? null : <span className="rank-flash" aria-hidden="true" />}
      <div className="rank-head">
        <span className="rank-number" aria-hidden="true">
          {item.rank}
          {mark === undefined ? null : (
            <span className={`rank-move ${markIsUp(mark) ? "up" : "down"}`}>{markText(mark)}</span>
          )}
        </span>
        <h3>{framework.name}</h3>
        <p className="fit">
          <strong>{displayFit(item.fit)}</strong>
          <span className="fit-unit"> / 100 fit</span>
        </p>
      </div>
      <div className="rank-body">
        <p className="meta">
          {languageNames(catalogue, framework.languages)} · {kindLabel(framework)}
        </p>
        <ScoreHighlights framework={framework} criteria={criteria} weights={weights} />
        {why.length > 0 ? (
          <ul
            className="why-bars"
            data-flip
            aria-label={`Where ${framework.name}'s fit comes from`}
          >
            {why.map((w, row) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are refilled in place, so none moves (a move would be a layout shift)
              <li key={row}>
                <span className="why-label">{w.criterion.label}</span>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(w.barShare * 100)}%` }} />
                </span>
                <span className="why-points">
                  <span className="why-number">{`+${Math.round(w.points)}`}</span>{" "}
                  <span className="visually-hidden">points,</span>
                  <span className="why-score"> score {w.score}/5</span>
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {isOwnOptionId(framework.id) ? null : (
          <AdjustScores framework={framework} criteria={criteria} weights={weights} />
        )}
        <button
          type="button"
          className="compare-toggle"
          data-flip
          aria-label={`Compare ${framework.name}`}
          aria-pressed={chosen}
          disabled={!chosen && full}
          onClick={() => toggleCompare(framework.id)}
        >
          {chosen ? "✓ Chosen for compare" : "Compare"}
        </button>
      </div>
    </li>
  );
});
