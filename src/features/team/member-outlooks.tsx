import { memo } from "react";
import type { TeamMember, TeamRanking } from "../../domain/team.ts";
import { ordinal } from "./ordinal.ts";

/** "Ana: first choice Phoenix; the team's pick ranks 3rd". */
function outlookSentence(name: string, first: string | null, rank: number | null): string {
  if (first === null) return `${name}: none of their languages is in the catalogue.`;
  if (rank === 1) return `${name}: first choice ${first}, the team's pick too.`;
  if (rank === null) {
    return `${name}: first choice ${first}; the team's pick is outside their languages.`;
  }
  return `${name}: first choice ${first}; the team's pick ranks ${ordinal(rank)}.`;
}

/** For each member, their own leader and where the team's pick ranks for them. */
export const MemberOutlooks = memo(function MemberOutlooks({
  ranking,
  members,
}: {
  ranking: TeamRanking;
  members: readonly TeamMember[];
}) {
  const pick = ranking.ranked[0]?.framework.name;
  if (pick === undefined) return null;
  return (
    <section className="team-section" aria-labelledby="team-outlooks-heading">
      <h3 id="team-outlooks-heading">How each member sees {pick}</h3>
      <ul className="team-outlooks">
        {ranking.outlooks.map((o) => (
          <li key={o.member}>
            {outlookSentence(
              members[o.member]?.name ?? `Member ${o.member + 1}`,
              o.firstChoice?.name ?? null,
              o.teamPickRank,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
});
