import type { RankMove } from "../../domain/rank-movement.ts";

/** At most this many moved frameworks are named; the rest are counted. */
export const NAMED_MOVES = 3;

/** "2 frameworks", or the names themselves when there are at most two. */
function namesOrCount(names: readonly string[]): string {
  if (names.length > 2) return `${names.length} frameworks`;
  return names.join(" and ");
}

/**
 * What a change did to the order, for the live region: "Express.js is now first. Express.js
 * moved up 2; Django moved down 1." Moves are named top of the ranking first.
 */
export function movesMessage(
  moves: readonly RankMove[],
  left: readonly { name: string }[],
  named: number = NAMED_MOVES,
): string {
  const moved = moves.filter((m) => m.places !== null && m.places !== 0);
  const joined = moves.filter((m) => m.places === null).map((m) => m.name);
  const parts = moved
    .slice(0, named)
    .map(
      (m) => `${m.name} moved ${(m.places ?? 0) > 0 ? "up" : "down"} ${Math.abs(m.places ?? 0)}`,
    );
  const more = moved.length - named;
  if (more > 0) parts.push(`${more} more moved`);
  if (joined.length > 0) parts.push(`${namesOrCount(joined)} joined the ranking`);
  if (left.length > 0) parts.push(`${namesOrCount(left.map((l) => l.name))} left the ranking`);
  if (parts.length === 0) return "The order did not change.";
  const [leader] = moves;
  const newLeader = leader && leader.places !== 0 ? `${leader.name} is now first. ` : "";
  return `${newLeader}${parts.join("; ")}.`;
}
