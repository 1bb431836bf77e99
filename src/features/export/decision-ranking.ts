import type { DecisionChoice } from "../../domain/decision-record.ts";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import { teamRanking } from "../../domain/team.ts";

/** The ranking as the page shows it (the team's for a team), fits rounded, for the saved file. */
export function decisionRanking({ dataset, weights, languages, members }: DecisionChoice) {
  const ranked =
    members && members.length > 0
      ? teamRanking(dataset, members).ranked.map((r) => ({
          framework: r.framework,
          fit: r.teamFit,
        }))
      : rankFrameworks(dataset, { weights, languages }).ranked;
  return ranked.map(({ framework, fit }) => ({
    id: framework.id,
    name: framework.name,
    fit: displayFit(fit),
  }));
}
