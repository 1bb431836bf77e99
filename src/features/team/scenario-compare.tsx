import { useId, useMemo, useState } from "react";
import { rankMovements } from "../../domain/rank-movement.ts";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import type { Scenario } from "../../state/scenario-storage.ts";
import { useDataset } from "../../state/use-dataset.ts";

/** The value of the "current priorities" choice; saved scenarios are chosen by name. */
const CURRENT = "";

/** Two weightings side by side: the second's ranking with each framework's move from the first. */
export function ScenarioCompare({
  current,
  scenarios,
}: {
  current: Scenario;
  scenarios: readonly Scenario[];
}) {
  const dataset = useDataset();
  const idPrefix = useId();
  const [beforeName, setBefore] = useState(scenarios[0]?.name ?? CURRENT);
  const [afterName, setAfter] = useState(CURRENT);
  const options = [CURRENT, ...scenarios.map((s) => s.name)];
  // A deleted scenario falls back to the current priorities.
  const beforeValue = options.includes(beforeName) ? beforeName : CURRENT;
  const afterValue = options.includes(afterName) ? afterName : CURRENT;
  const pick = (name: string) =>
    name === CURRENT ? current : (scenarios.find((s) => s.name === name) ?? current);
  const before = pick(beforeValue);
  const after = pick(afterValue);
  const moves = useMemo(
    () => rankMovements(rankFrameworks(dataset, before), rankFrameworks(dataset, after)),
    [dataset, before, after],
  );
  const label = (s: Scenario) => (s === current ? "Your current priorities" : s.name);
  const select = (which: "before" | "after", value: string, onChange: (v: string) => void) => (
    <div className="team-field">
      <label htmlFor={`${idPrefix}-${which}`}>{which === "before" ? "From" : "To"}</label>
      <select
        id={`${idPrefix}-${which}`}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((name) => (
          <option key={name} value={name}>
            {name === CURRENT ? "Your current priorities" : name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="team-scenario-compare">
      <div className="team-compare-pickers">
        {select("before", beforeValue, setBefore)}
        {select("after", afterValue, setAfter)}
      </div>
      <ol aria-label={`Ranking for ${label(after)}, moves from ${label(before)}`}>
        {moves.map((m) => (
          <li key={m.id}>
            <span className="team-member-name">{m.name}</span> {displayFit(m.fit)}{" "}
            <span className="meta">({m.move})</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
