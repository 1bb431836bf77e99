import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { framePainted } from "./app/after-paint.ts";
import { App } from "./app/app.tsx";
import { AppData } from "./app/app-data.tsx";
import { FIRST_PAINT_ATTRIBUTE, RESULTS_SHELL_ID } from "./app/first-paint/markers.ts";
import { readPageTable } from "./app/first-paint/page-table.ts";
import { preloadResultsView } from "./app/lazy-views.ts";
import { loadDataset } from "./app/load-dataset.ts";
import { applyTheme, readStoredTheme } from "./app/theme.ts";
import { linkVocabularyOf } from "./state/link-vocabulary.ts";
import { useAppStore } from "./state/store.ts";
import { startUrlSync } from "./state/url-sync.ts";
import "./app/styles.css";
import "./app/print.css";

const catalogue = readPageTable(document);
applyTheme(readStoredTheme());
startUrlSync(linkVocabularyOf(catalogue));

/** Draws the app into the page: over the prebuilt quiz, or over what the first paint drew. */
async function start(root: HTMLElement): Promise<void> {
  const { view, linkProblems } = useAppStore.getState();
  // The first-paint script drew this results link's ranking: keep it until the whole view can be
  // drawn in one go, so the ranking never gives way to a loading message, and until it has been
  // on screen (on a fast connection the view could be ready before the first frame). React
  // replaces it in its first commit.
  const firstPaint = root.hasAttribute(FIRST_PAINT_ATTRIBUTE) && view === "results";
  if (firstPaint) {
    const loaded = preloadResultsView().catch(() => {
      // The view then reports the failed load itself, through its error boundary.
    });
    await Promise.all([loaded, framePainted()]);
  }
  const app = (
    <StrictMode>
      <AppData catalogue={catalogue} loadDataset={loadDataset}>
        <App />
      </AppData>
    </StrictMode>
  );
  // The built page holds the quiz's first screen; reuse it when that is what the link shows.
  if (root.firstElementChild && view === "quiz" && linkProblems.length === 0) {
    hydrateRoot(root, app);
  } else {
    if (!firstPaint) root.replaceChildren();
    createRoot(root).render(app);
  }
  // index.html hid the prebuilt quiz for links to other views; the app draws the page now.
  document.documentElement.removeAttribute("data-link-view");
  root.removeAttribute(FIRST_PAINT_ATTRIBUTE);
  document.getElementById(RESULTS_SHELL_ID)?.remove();
}

const root = document.getElementById("root");
if (root) void start(root);
