import type { Framework } from "../domain/types.ts";
import { MAX_COMPARE, MIN_COMPARE } from "../state/share-state.ts";
import { setView, toggleCompare } from "../state/store.ts";

/** The frameworks chosen for comparison, removable, with the way to the compare view. */
export function CompareTray({
  compare,
  frameworks,
}: {
  compare: readonly string[];
  frameworks: readonly Pick<Framework, "id" | "name">[];
}) {
  if (compare.length === 0) return null;
  const names = new Map(frameworks.map((f) => [f.id, f.name]));
  const ready = compare.length >= MIN_COMPARE;
  return (
    <section className="compare-tray" aria-label="Chosen for compare">
      <p>
        {ready
          ? `${compare.length} of ${MAX_COMPARE} chosen:`
          : `Choose at least ${MIN_COMPARE} to compare:`}
      </p>
      <ul className="chip-list">
        {compare.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="chip"
              aria-label={`Remove ${names.get(id) ?? id} from compare`}
              onClick={() => toggleCompare(id)}
            >
              {names.get(id) ?? id} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="primary"
        disabled={!ready}
        onClick={() => setView("compare")}
      >
        Compare side by side
      </button>
    </section>
  );
}
