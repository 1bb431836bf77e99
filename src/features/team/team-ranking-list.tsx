import { memo } from "react";
import { displayFit } from "../../domain/scoring.ts";
import type { TeamMember, TeamRanking } from "../../domain/team.ts";

/** The team's order (DESIGN §5): name, rounded team fit and who would be least happy. */
export const TeamRankingList = memo(function TeamRankingList({
  ranking,
  members,
}: {
  ranking: TeamRanking;
  members: readonly TeamMember[];
}) {
  return (
    <ol className="team-ranking" aria-label="Team ranking">
      {ranking.ranked.map((r) => (
        <li key={r.framework.id} className="team-rank-item">
          <span className="rank-number" aria-hidden="true">
            {r.rank}
          </span>
          <h4 className="team-rank-name">{r.framework.name}</h4>
          <span className="fit">
            <strong>{displayFit(r.teamFit)}</strong>
            <span className="fit-unit"> team fit</span>
          </span>
          <span className="meta team-least">
            least happy: {members[r.lowest.member]?.name ?? "nobody"}, {displayFit(r.lowest.fit)}
          </span>
        </li>
      ))}
    </ol>
  );
});
