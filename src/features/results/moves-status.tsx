import { useCallback, useEffect, useState } from "react";
import type { RankMoves } from "./use-rank-moves.ts";

/** How long changes must pause before the region says what moved, so a drag is said once. */
export const ANNOUNCE_AFTER_MS = 800;

/**
 * The results' one polite live region: what the last run of changes did to the order. Its box
 * keeps a fixed height (results.css), so a longer message moves nothing around it.
 */
export function MovesStatus({
  moves,
  idle,
  note,
}: {
  moves: RankMoves;
  /** Shown until the first change. */
  idle: string;
  /** Said before the moves, e.g. which preset was applied. */
  note?: string;
}) {
  const [said, setSaid] = useState<{ text: string; count: number } | null>(null);
  const say = useCallback(
    (text: string) => setSaid((last) => ({ text, count: (last?.count ?? 0) + 1 })),
    [],
  );
  // A note (a preset applied) is said at once; the moves it caused follow with the others.
  useEffect(() => {
    if (note) say(note);
  }, [note, say]);
  useEffect(() => {
    const { message } = moves;
    if (message === null) return;
    const timer = setTimeout(() => say(note ? `${note} ${message}` : message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [moves, note, say]);
  // The same words twice in a row differ by a trailing space, so screen readers say them again.
  const text = said ? `${said.text}${said.count % 2 === 0 ? "\u00a0" : ""}` : idle;
  return (
    <p className="moves-status" role="status">
      {text}
    </p>
  );
}
