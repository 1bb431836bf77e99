import { MAX_COMPARE } from "../../state/share-state.ts";
import { toggleCompare, useAppStore } from "../../state/store.ts";

/** A row's Compare toggle (pressed = chosen); it subscribes to its own slice of the store. */
export function CompareToggle({ id, name }: { id: string; name: string }) {
  const chosen = useAppStore((s) => s.compare.includes(id));
  const full = useAppStore((s) => s.compare.length >= MAX_COMPARE);
  return (
    <button
      type="button"
      className="compare-toggle matrix-compare"
      aria-pressed={chosen}
      disabled={!chosen && full}
      title={!chosen && full ? `Up to ${MAX_COMPARE} can be compared` : undefined}
      onClick={() => toggleCompare(id)}
    >
      {/* The name stays "Compare X" in both states; aria-pressed tells the state (APG toggle). */}
      <span aria-hidden="true" className="compare-check">
        {chosen ? "✓" : "+"}
      </span>
      Compare <span className="visually-hidden">{name}</span>
    </button>
  );
}
