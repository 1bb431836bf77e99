import type { MouseEvent } from "react";
import { useMemo } from "react";
import { useCatalogue } from "../state/dataset-context.ts";
import { linkVocabularyOf } from "../state/link-vocabulary.ts";
import { VIEWS, type View } from "../state/share-state.ts";
import { decodeShareUrl, encodeShareUrl } from "../state/share-url.ts";
import { setView, useAppStore } from "../state/store.ts";
import { shareStateOf } from "../state/url-sync.ts";

export const VIEW_LABELS: Record<View, string> = {
  quiz: "Quiz",
  results: "Results",
  matrix: "Matrix",
  compare: "Compare",
  team: "Team",
  about: "How it works",
};

/** Each view's link with everything else as it is now; worked out again only when that changes. */
function useViewLinks(): Record<View, string> {
  const catalogue = useCatalogue();
  const vocabulary = useMemo(() => linkVocabularyOf(catalogue), [catalogue]);
  // The current link, a string, changes only when a shared setting does (not with quiz answers or
  // notices); each view's link is worked out from it.
  const current = useAppStore((s) => encodeShareUrl(shareStateOf(s), vocabulary));
  return useMemo(() => {
    const share = decodeShareUrl(current, vocabulary).state;
    const links = {} as Record<View, string>;
    for (const view of VIEWS) links[view] = encodeShareUrl({ ...share, view }, vocabulary);
    return links;
  }, [current, vocabulary]);
}

/** True for a plain left click: the others (new tab, new window, download) are the browser's. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The views, as links to the current state in that view: a plain click switches in the page,
 * any other opens the link as the browser does. The current one is marked for assistive technology.
 */
export function ViewNav() {
  const view = useAppStore((s) => s.view);
  const links = useViewLinks();
  const open = (event: MouseEvent, id: View) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    setView(id);
  };
  return (
    <nav aria-label="Views" className="view-nav">
      <ul>
        {VIEWS.map((id) => (
          <li key={id}>
            <a
              href={links[id]}
              aria-current={view === id ? "page" : undefined}
              onClick={(event) => open(event, id)}
            >
              {VIEW_LABELS[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
