import { useLayoutEffect, useRef } from "react";
import { fillGlance, type GlanceItem } from "./glance-list.ts";

/**
 * The whole ranking in a few lines above the reasons: on a phone, the answer on the first screen.
 * Drawn by `fillGlance`, which a shared link's first paint also uses, so the app takes over those
 * rows without moving them.
 */
export function RankingGlance({ ranked }: { ranked: readonly GlanceItem[] }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (box.current) fillGlance(box.current, ranked);
  }, [ranked]);
  return <div ref={box} className="glance" />;
}
