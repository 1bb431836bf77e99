import { memo, useMemo } from "react";
import { ScrollBox } from "../../components/scroll-box.tsx";
import { criterionLabels } from "../../domain/catalogue.ts";
import { disagreements, LARGE_DISAGREEMENT, type TeamMember } from "../../domain/team.ts";
import { useCatalogue } from "../../state/dataset-context.ts";

/** Criteria by how far apart the members' weights are: where the team should talk first. */
export const DisagreementTable = memo(function DisagreementTable({
  members,
}: {
  members: readonly TeamMember[];
}) {
  const catalogue = useCatalogue();
  const labels = criterionLabels(catalogue);
  const rows = useMemo(() => disagreements(members), [members]);
  const large = rows.filter((r) => r.spread >= LARGE_DISAGREEMENT).length;
  return (
    <section className="team-section" aria-labelledby="team-talk-heading">
      <h3 id="team-talk-heading">Where to talk first</h3>
      <p>
        {large === 0
          ? `No criterion has weights ${LARGE_DISAGREEMENT} or more steps apart: the team mostly agrees.`
          : `${large} ${large === 1 ? "criterion has" : "criteria have"} weights ${LARGE_DISAGREEMENT} or more steps apart, marked "large gap".`}
      </p>
      <ScrollBox label="Members' weights, scrollable">
        <table className="team-table">
          <caption>Each member's weight (0 to 5) per criterion, largest gap first</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {members.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: members have no id; names may repeat
                <th scope="col" key={i}>
                  {m.name}
                </th>
              ))}
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const isLarge = row.spread >= LARGE_DISAGREEMENT;
              return (
                <tr key={row.criterion} className={isLarge ? "team-large-gap" : undefined}>
                  <th scope="row">{labels[row.criterion] ?? row.criterion}</th>
                  {row.weights.map((w, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per member, in member order
                    <td key={i}>{w}</td>
                  ))}
                  <td>
                    {row.spread}
                    {isLarge ? <strong className="team-gap-mark"> large gap</strong> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
});
