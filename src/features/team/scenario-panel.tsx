import { type FormEvent, memo, useId, useMemo, useState } from "react";
import { cleanName, isPlainName, MAX_NAME_LENGTH } from "../../domain/plain-name.ts";
import { MAX_SCENARIOS } from "../../state/scenario-storage.ts";
import { useAppStore } from "../../state/store.ts";
import { applyPriorities } from "../../state/team-actions.ts";
import { ScenarioCompare } from "./scenario-compare.tsx";
import { useScenarios } from "./use-scenarios.ts";

/**
 * Your own weightings over time: save the current ones by name, reopen, delete and compare.
 * Memoised: it reads no team state, so changing the team does not re-render it.
 */
export const ScenarioPanel = memo(function ScenarioPanel() {
  const idPrefix = useId();
  const weights = useAppStore((s) => s.weights);
  const languages = useAppStore((s) => s.languages);
  const { scenarios, problem, save, remove } = useScenarios();
  const [name, setName] = useState("");
  const [message, setMessage] = useState("");
  const current = useMemo(() => ({ name: "", weights, languages }), [weights, languages]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = cleanName(name);
    if (!isPlainName(cleaned)) {
      setMessage(`A scenario name is plain text of 1 to ${MAX_NAME_LENGTH} characters.`);
      return;
    }
    const replacing = scenarios.some((s) => s.name === cleaned);
    if (!replacing && scenarios.length >= MAX_SCENARIOS) {
      setMessage(`At most ${MAX_SCENARIOS} scenarios are kept; delete one first.`);
      return;
    }
    save({ name: cleaned, weights: { ...weights }, languages: [...languages] });
    setMessage(replacing ? `Replaced "${cleaned}".` : `Saved "${cleaned}".`);
    setName("");
  };

  const nameId = `${idPrefix}-name`;
  return (
    <section className="card team-section" aria-labelledby="team-scenarios-heading">
      <h3 id="team-scenarios-heading">Your weightings over time</h3>
      <p className="hint">
        Save your current priorities as "today", change them, save them as "in two years", and see
        how the ranking moves. Scenarios stay in this browser only; links do not carry them.
      </p>
      {problem ? <p className="team-warning">{problem}</p> : null}
      <form className="team-add" noValidate onSubmit={submit} aria-label="Save a scenario">
        <div className="team-field">
          <label htmlFor={nameId}>Scenario name</label>
          <input
            id={nameId}
            type="text"
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <div className="team-actions">
          <button type="submit">Save current priorities</button>
        </div>
        <p role="status" className="team-status">
          {message}
        </p>
      </form>
      {scenarios.length > 0 ? (
        <ul className="team-member-list" aria-label="Saved scenarios">
          {scenarios.map((s) => (
            <li key={s.name} className="team-member">
              <span className="team-member-name">{s.name}</span>
              <span className="team-member-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Open ${s.name}`}
                  onClick={() => {
                    applyPriorities(s.weights, s.languages);
                    setMessage(`Your priorities are now "${s.name}".`);
                  }}
                >
                  Open
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete ${s.name}`}
                  onClick={() => {
                    remove(s.name);
                    setMessage(`Deleted "${s.name}".`);
                  }}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <ScenarioCompare current={current} scenarios={scenarios} />
    </section>
  );
});
