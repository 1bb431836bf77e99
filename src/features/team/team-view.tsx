import { WhenNearViewport } from "../../components/when-near-viewport.tsx";
import "./team.css";
import { type ReactNode, useDeferredValue, useMemo } from "react";
import { MIN_TEAM, teamRanking } from "../../domain/team.ts";
import { useAppStore } from "../../state/store.ts";
import { useDataset } from "../../state/use-dataset.ts";
import { AddMembersForm } from "./add-members-form.tsx";
import { DisagreementTable } from "./disagreement-table.tsx";
import { MemberList } from "./member-list.tsx";
import { MemberOutlooks } from "./member-outlooks.tsx";
import { ScenarioPanel } from "./scenario-panel.tsx";
import { TeamRankingList } from "./team-ranking-list.tsx";
import { TeamStabilityNote } from "./team-stability-note.tsx";

/** Merges teammates' priorities: members from their links, the team's order and where they differ. */
export function TeamView({
  renderDecisionTools,
}: {
  /** "Keep a record of this decision", supplied by the app so it loads lazily. */
  renderDecisionTools?: () => ReactNode;
}) {
  const dataset = useDataset();
  const members = useAppStore((s) => s.members);
  // The member list answers a click at once; the team's ranking and the rest follow in a
  // background render, as the results do for the sliders.
  const ranked = useDeferredValue(members);
  const ranking = useMemo(() => teamRanking(dataset, ranked), [dataset, ranked]);
  const ready = ranked.length >= MIN_TEAM;
  const pick = ranking.ranked[0]?.framework.name;
  return (
    <div className="team-view">
      <div className="view-heading">
        <h2>Team</h2>
      </div>
      <p className="hint">
        Each member counts equally: a framework's team fit is the mean of the members' own fits. The
        page's address carries the whole team, so "Copy link" at the top shares it.
      </p>
      <div className="team-layout">
        <section className="card team-panel" aria-labelledby="team-add-heading">
          <h3 id="team-add-heading">Add members</h3>
          <AddMembersForm />
          <MemberList members={members} />
        </section>
        <section className="card team-panel" aria-labelledby="team-ranking-heading">
          <h3 id="team-ranking-heading">Team ranking</h3>
          {ready ? (
            <>
              {ranking.noCommonLanguage ? (
                <p className="team-warning">
                  No language suits everyone, so every framework is ranked.
                </p>
              ) : null}
              <TeamRankingList ranking={ranking} members={ranked} />
            </>
          ) : (
            <p>
              {ranked.length === 0
                ? "Add at least two members to see the team ranking."
                : "Add at least one more member to see the team ranking."}
            </p>
          )}
        </section>
      </div>
      {ready && pick !== undefined ? (
        <div className="team-details">
          <MemberOutlooks ranking={ranking} members={ranked} />
          <TeamStabilityNote dataset={dataset} members={ranked} pick={pick} />
          <DisagreementTable members={ranked} />
          {renderDecisionTools ? (
            <WhenNearViewport className="decision-space">{renderDecisionTools()}</WhenNearViewport>
          ) : null}
        </div>
      ) : null}
      <div className="team-details">
        <ScenarioPanel />
      </div>
    </div>
  );
}
