import { useCallback, useRef, useState } from "react";
import { criterionLabels, joinNames, languageNames } from "../../domain/catalogue.ts";
import type { TeamMember } from "../../domain/team-members.ts";
import { CRITERION_IDS } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { MemberItem } from "./member-item.tsx";

/** "Python, Ruby; cares most about Performance (5)": a member's languages and top weights. */
function useSummary(): (member: TeamMember) => string {
  const catalogue = useCatalogue();
  const labels = criterionLabels(catalogue);
  return (member) => {
    const top = Math.max(...CRITERION_IDS.map((id) => member.weights[id]));
    const most = CRITERION_IDS.filter((id) => member.weights[id] === top).map(
      (id) => labels[id] ?? id,
    );
    const cares =
      top === 0
        ? "weights everything equally"
        : `cares most about ${joinNames(most, "conjunction")} (${top})`;
    return `${languageNames(catalogue, member.languages)}; ${cares}`;
  };
}

/** The team's members in link order, each with Rename and Remove. */
export function MemberList({ members }: { members: readonly TeamMember[] }) {
  const summary = useSummary();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState("");
  const onRemoved = useCallback((name: string) => {
    setRemoved(`Removed ${name}.`);
    headingRef.current?.focus();
  }, []);
  return (
    <section className="team-members" aria-labelledby="team-members-heading">
      <h3 id="team-members-heading" ref={headingRef} tabIndex={-1}>
        Members ({members.length})
      </h3>
      {members.length > 0 ? (
        <ul className="team-member-list">
          {members.map((member, index) => (
            <MemberItem
              // biome-ignore lint/suspicious/noArrayIndexKey: members have no id; their place is what Rename and Remove act on
              key={index}
              member={member}
              index={index}
              summary={summary(member)}
              onRemoved={onRemoved}
            />
          ))}
        </ul>
      ) : (
        <p className="hint">No members yet.</p>
      )}
      <p role="status" className="team-status">
        {removed}
      </p>
    </section>
  );
}
