import { memo, useCallback } from "react";
import {
  DEFAULT_TEAM_STABILITY_SAMPLES,
  type TeamMember,
  teamStability,
} from "../../domain/team.ts";
import type { Dataset } from "../../domain/types.ts";
import { useAfterPaint } from "./use-after-paint.ts";

/** How firm the team's pick is, in the words Results uses for a single person's lead. */
export const TeamStabilityNote = memo(function TeamStabilityNote({
  dataset,
  members,
  pick,
}: {
  dataset: Dataset;
  members: readonly TeamMember[];
  pick: string;
}) {
  // Hundreds of re-rankings: worked out after the new ranking has painted, so Remove, Add and
  // Rename answer at once; the figure and the pick it names are updated together.
  const firm = useAfterPaint(
    useCallback(
      () => ({ pick, percent: Math.round(teamStability(dataset, members)) }),
      [dataset, members, pick],
    ),
  );
  return (
    <section className="team-section" aria-labelledby="team-firm-heading">
      <h3 id="team-firm-heading">How firm the team's pick is</h3>
      {firm === undefined ? (
        <p className="hint">Trying nearby weightings…</p>
      ) : (
        <p>
          <strong>
            {firm.percent}% of nearby weightings keep {firm.pick} first
          </strong>{" "}
          <span className="hint">
            (if each member's weights moved by up to one step, {firm.percent} of 100 variations
            still put {firm.pick} first; {DEFAULT_TEAM_STABILITY_SAMPLES.toLocaleString("en-US")}{" "}
            tried). A high figure means small disagreements about the weights would not change the
            answer; a low one means they might.
          </span>
        </p>
      )}
    </section>
  );
});
