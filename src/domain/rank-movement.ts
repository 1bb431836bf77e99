/** How frameworks move between two rankings: places gained or lost, in numbers and in words. */
import type { Ranking } from "./scoring.ts";

export interface RankMove {
  name: string;
  id: string;
  rank: number;
  fit: number;
  /** Places gained (negative: lost); null when the earlier ranking did not include it. */
  places: number | null;
  /** The move in words: "up 2", "down 1", "no change", "new leader", "newly in the ranking". */
  move: string;
}

/** The move of one framework in words, from its places gained and its new rank. */
function moveInWords(places: number | null, rank: number): string {
  if (rank === 1 && places !== 0) return "new leader";
  if (places === null) return "newly in the ranking";
  if (places === 0) return "no change";
  return places > 0 ? `up ${places}` : `down ${-places}`;
}

/** Each framework ranked under `after`, with its move from its place under `before`. */
export function rankMovements(before: Ranking, after: Ranking): RankMove[] {
  const was = new Map(before.ranked.map((r, i) => [r.framework.id, i + 1]));
  return after.ranked.map((r, i) => {
    const rank = i + 1;
    const previous = was.get(r.framework.id);
    const places = previous === undefined ? null : previous - rank;
    const { id, name } = r.framework;
    return { name, id, rank, fit: r.fit, places, move: moveInWords(places, rank) };
  });
}

/** Frameworks `before` ranked that `after` leaves out (by its languages), in their earlier order. */
export function leftTheRanking(before: Ranking, after: Ranking): { id: string; name: string }[] {
  const still = new Set(after.ranked.map((r) => r.framework.id));
  return before.ranked
    .filter((r) => !still.has(r.framework.id))
    .map(({ framework: { id, name } }) => ({ id, name }));
}
