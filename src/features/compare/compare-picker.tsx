import type { Framework } from "../../domain/types.ts";
import { MAX_COMPARE, MIN_COMPARE } from "../../state/share-state.ts";
import { toggleCompare } from "../../state/store.ts";

interface ComparePickerProps {
  /** Chosen framework ids, in column order. */
  compare: readonly string[];
  frameworks: readonly Pick<Framework, "id" | "name">[];
}

/** Checkboxes for every framework (at most four ticked) and the chosen ones as removable chips. */
export function ComparePicker({ compare, frameworks }: ComparePickerProps) {
  const full = compare.length >= MAX_COMPARE;
  const names = new Map(frameworks.map((f) => [f.id, f.name]));
  return (
    <section className="compare-picker card" aria-label="Choose frameworks">
      <fieldset>
        <legend>Frameworks to compare</legend>
        <p className="hint">
          Tick {MIN_COMPARE} to {MAX_COMPARE}; they appear as columns in the order you tick them.
        </p>
        <div className="options-grid">
          {frameworks.map((f) => {
            const checked = compare.includes(f.id);
            return (
              <label key={f.id} className="option compact">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => toggleCompare(f.id)}
                />
                {f.name}
              </label>
            );
          })}
        </div>
      </fieldset>
      <p role="status" className="compare-count">
        {compare.length} of {MAX_COMPARE} chosen
        {full ? ": remove one to add another." : "."}
      </p>
      {compare.length > 0 ? (
        <ul className="chip-list" aria-label="Chosen for compare">
          {compare.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="chip"
                aria-label={`Remove ${names.get(id) ?? id}`}
                onClick={() => toggleCompare(id)}
              >
                {names.get(id) ?? id}
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
