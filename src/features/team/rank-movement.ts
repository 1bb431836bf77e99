/** How each framework moves between two weightings: "up 2", "down 1", "new leader". */
import type { Ranking } from "../../domain/scoring.ts";

export interface RankMove {
  name: string;
  id: string;
  rank: number;
  fit: number;
  /** The move in words. */
  move: string;
}

/** Each framework ranked under `after`, with its move from its place under `before`. */
export function rankMovements(before: Ranking, after: Ranking): RankMove[] {
  const was = new Map(before.ranked.map((r, i) => [r.framework.id, i + 1]));
  return after.ranked.map((r, i) => {
    const rank = i + 1;
    const previous = was.get(r.framework.id);
    let move: string;
    if (rank === 1 && previous !== 1) move = "new leader";
    else if (previous === undefined) move = "newly in the ranking";
    else if (previous === rank) move = "no change";
    else if (previous > rank) move = `up ${previous - rank}`;
    else move = `down ${rank - previous}`;
    return { name: r.framework.name, id: r.framework.id, rank, fit: r.fit, move };
  });
}
