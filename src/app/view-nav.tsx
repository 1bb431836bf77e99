import type { View } from "../state/share-state.ts";
import { setView, useAppStore } from "../state/store.ts";

export const VIEW_LABELS: Record<View, string> = {
  quiz: "Quiz",
  results: "Results",
  matrix: "Matrix",
  compare: "Compare",
  team: "Team",
  about: "How it works",
};

/** Switches between the four views; the current one is marked for assistive technology. */
export function ViewNav() {
  const view = useAppStore((s) => s.view);
  return (
    <nav aria-label="Views" className="view-nav">
      <ul>
        {(Object.keys(VIEW_LABELS) as View[]).map((id) => (
          <li key={id}>
            <button
              type="button"
              aria-current={view === id ? "page" : undefined}
              onClick={() => setView(id)}
            >
              {VIEW_LABELS[id]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
