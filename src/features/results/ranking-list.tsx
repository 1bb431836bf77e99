import { startTransition, useState } from "react";
import type { RankedFramework } from "../../domain/scoring.ts";
import type { Criterion, Weights } from "../../domain/types.ts";
import { MAX_COMPARE } from "../../state/share-state.ts";
import type { PlaceMark } from "./place-mark.ts";
import { RankingItem } from "./ranking-item.tsx";

/**
 * How many frameworks a long ranking shows until "Show all" is pressed: a catalogue of up to
 * this many is always listed whole; a larger one is cut, which keeps a weight change cheap.
 */
export const RANKING_FIRST_PAGE = 20;

interface RankingListProps {
  ranked: readonly RankedFramework[];
  criteria: readonly Criterion[];
  weights: Weights;
  compare: readonly string[];
  /** How each framework moved in the last run of changes (absent: it did not). */
  marks: ReadonlyMap<string, PlaceMark>;
}

/** The ranking, best fit first; a long one shows its top frameworks with a way to show all. */
export function RankingList({ ranked, criteria, weights, compare, marks }: RankingListProps) {
  const [showAll, setShowAll] = useState(false);
  const full = compare.length >= MAX_COMPARE;
  const long = ranked.length > RANKING_FIRST_PAGE;
  const shown = long && !showAll ? ranked.slice(0, RANKING_FIRST_PAGE) : ranked;
  return (
    <>
      <ol aria-label="Ranking" className="ranking" data-flip>
        {shown.map((item) => (
          <RankingItem
            key={item.framework.id}
            item={item}
            criteria={criteria}
            weights={weights}
            chosen={compare.includes(item.framework.id)}
            full={full}
            mark={marks.get(item.framework.id)}
          />
        ))}
      </ol>
      {long ? (
        <p className="ranking-more" data-flip>
          <button type="button" onClick={() => startTransition(() => setShowAll(!showAll))}>
            {showAll
              ? `Show the top ${RANKING_FIRST_PAGE} only`
              : `Show all ${ranked.length.toLocaleString("en-US")} frameworks`}
          </button>
        </p>
      ) : null}
    </>
  );
}
