import { useDeferredValue, useMemo } from "react";
import type { Profile } from "../../domain/scoring.ts";
import { closestFlip, sensitivity } from "../../domain/sensitivity.ts";
import { shippedDataset } from "../../domain/shipped-dataset.ts";
import { stability } from "../../domain/stability.ts";
import type { Criterion } from "../../domain/types.ts";

/** How firm the lead is: its share of first places nearby and the smallest change that flips it. */
export function LeaderInsight({
  profile,
  criteria,
}: {
  profile: Profile;
  criteria: readonly Criterion[];
}) {
  const deferred = useDeferredValue(profile);
  const insight = useMemo(() => {
    const s = sensitivity(shippedDataset, deferred);
    if (!s) return null;
    const shares = stability(shippedDataset, deferred);
    const leaderShare = shares.find((x) => x.id === s.leader.framework.id)?.share ?? 0;
    return { s, leaderShare, flip: closestFlip(s) };
  }, [deferred]);

  if (!insight) return null;
  const { s, leaderShare, flip } = insight;
  const label = (id: string) => criteria.find((c) => c.id === id)?.label ?? id;
  return (
    <section className="card insight" aria-labelledby="insight-heading">
      <h2 id="insight-heading">{s.leader.framework.name} fits best</h2>
      <p>
        <strong>First in {Math.round(leaderShare)}% of nearby weightings</strong>{" "}
        <span className="hint">(every weight nudged by up to one step, 2,000 tries).</span>
      </p>
      <p>
        {flip && flip.weight !== null
          ? `${s.runnerUp.framework.name} would overtake if ${label(flip.criterion)} ${
              flip.weight > flip.current ? "rose" : "fell"
            } to ${flip.weight}.`
          : `No change to a single weight would let ${s.runnerUp.framework.name}, the runner-up, overtake.`}
      </p>
    </section>
  );
}
