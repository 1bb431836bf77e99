import { useLayoutEffect, useRef } from "react";
import { fillGlance, type GlanceItem } from "./glance-list.ts";
import type { PlaceMark } from "./place-mark.ts";

/**
 * The whole ranking in a few lines above the reasons: on a phone, the answer on the first screen.
 * Drawn by `fillGlance`, which a shared link's first paint also uses, so the app takes over those
 * rows without moving them.
 */
export function RankingGlance({
  ranked,
  marks,
}: {
  ranked: readonly GlanceItem[];
  /** How each framework moved in the last run of changes (absent: it did not). */
  marks: ReadonlyMap<string, PlaceMark>;
}) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (box.current) fillGlance(box.current, ranked, marks);
  }, [ranked, marks]);
  return <div ref={box} className="glance" />;
}
