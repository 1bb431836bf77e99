import { useEffect, useMemo, useState } from "react";
import { leftTheRanking, rankMovements } from "../../domain/rank-movement.ts";
import type { Ranking } from "../../domain/scoring.ts";
import { movesMessage } from "./moves-message.ts";
import type { PlaceMark } from "./place-mark.ts";

/** How long after the ranking last changed its moves stay marked. */
export const MOVES_SHOWN_MS = 2000;

export interface RankMoves {
  /** Marks of the frameworks that moved since the ranking last rested; the rest are absent. */
  marks: ReadonlyMap<string, PlaceMark>;
  /** The moves in words, or null while the ranking is at rest. */
  message: string | null;
}

const AT_REST: RankMoves = { marks: new Map(), message: null };

/**
 * What moved since the ranking last rested: a run of quick changes (a drag, held arrow keys)
 * counts as one, so the marks show where each framework was before the run began.
 */
export function useRankMoves(ranking: Ranking, shownMs: number = MOVES_SHOWN_MS): RankMoves {
  const [rested, setRested] = useState(ranking);
  useEffect(() => {
    if (rested === ranking) return;
    const timer = setTimeout(() => setRested(ranking), shownMs);
    return () => clearTimeout(timer);
  }, [rested, ranking, shownMs]);
  return useMemo(() => {
    if (rested === ranking) return AT_REST;
    const moves = rankMovements(rested, ranking);
    const marks = new Map<string, PlaceMark>();
    for (const m of moves) {
      if (m.places === null) marks.set(m.id, "new");
      else if (m.places !== 0) marks.set(m.id, m.places);
    }
    return { marks, message: movesMessage(moves, leftTheRanking(rested, ranking)) };
  }, [rested, ranking]);
}
