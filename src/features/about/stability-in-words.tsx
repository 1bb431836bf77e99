import { useMemo } from "react";
import type { Profile, RankedFramework } from "../../domain/scoring.ts";
import { closestFlip, sensitivity } from "../../domain/sensitivity.ts";
import { DEFAULT_STABILITY_SAMPLES } from "../../domain/stability.ts";
import type { Dataset } from "../../domain/types.ts";

/** What "First in N% of nearby weightings" and the closest flip in Results mean, in plain words. */
export function StabilityInWords({
  dataset,
  profile,
  leader,
}: {
  dataset: Dataset;
  profile: Profile;
  leader: RankedFramework | undefined;
}) {
  const flipSentence = useMemo(() => {
    const s = sensitivity(dataset, profile);
    if (!s) return null;
    const flip = closestFlip(s);
    const label = (id: string) => dataset.criteria.find((c) => c.id === id)?.label ?? id;
    if (!flip || flip.weight === null) {
      return `Right now no change to a single weight would let ${s.runnerUp.framework.name}, the runner-up, overtake ${s.leader.framework.name}.`;
    }
    return `Right now: ${s.runnerUp.framework.name}, the runner-up, would overtake ${
      s.leader.framework.name
    } if ${label(flip.criterion)} went from ${flip.current} to ${flip.weight}.`;
  }, [dataset, profile]);
  const name = leader?.framework.name ?? "the leader";
  return (
    <section className="about-section" aria-labelledby="about-stability">
      <h3 id="about-stability">How firm the lead is</h3>
      <p>
        Results says, for example, “First in 80% of nearby weightings”. It means: if each of your
        weights moved by up to one step (up, down or not at all, chosen at random, and kept within 0
        to 5), 80 of 100 such variations would still put {name} first. The page tries{" "}
        {DEFAULT_STABILITY_SAMPLES.toLocaleString("en-US")} variations (fewer for a very large
        catalogue, and Results says how many); they are picked the same way every time for the same
        weights, so a shared link shows the same figure. A high figure means small disagreements
        about the weights would not change the answer; a low one means they might.
      </p>
      <p>
        The <strong>closest flip</strong> is the smallest change to a single weight, all others kept
        as they are, that would let the runner-up rank above the leader. If it needs only one step,
        the two are close and worth comparing side by side.
      </p>
      {flipSentence ? <p className="about-note">{flipSentence}</p> : null}
    </section>
  );
}
