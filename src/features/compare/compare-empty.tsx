import { useId } from "react";
import type { Framework } from "../../domain/types.ts";
import { MAX_COMPARE, MIN_COMPARE } from "../../state/share-state.ts";
import { setView } from "../../state/store.ts";

/** What to do when fewer than two frameworks are chosen: how to choose, and where else to. */
export function CompareEmpty({ chosen }: { chosen: readonly Pick<Framework, "name">[] }) {
  const [only] = chosen;
  const titleId = useId();
  return (
    <section className="card compare-empty" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {only ? `Choose one more to compare with ${only.name}` : "Nothing to compare yet"}
      </h3>
      <p>
        The comparison needs at least {MIN_COMPARE} frameworks (up to {MAX_COMPARE}). Tick them in
        the list above, or use the Compare buttons in the Results or Matrix view.
      </p>
      <div className="compare-empty-actions">
        <button type="button" onClick={() => setView("results")}>
          Go to Results
        </button>
        <button type="button" onClick={() => setView("matrix")}>
          Go to Matrix
        </button>
      </div>
    </section>
  );
}
