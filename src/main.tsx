import catalogue from "virtual:framework-fit/catalogue";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { AppData } from "./app/app-data.tsx";
import { loadDataset } from "./app/load-dataset.ts";
import { applyTheme, readStoredTheme } from "./app/theme.ts";
import { linkVocabularyOf } from "./state/link-vocabulary.ts";
import { useAppStore } from "./state/store.ts";
import { startUrlSync } from "./state/url-sync.ts";
import "./app/styles.css";
import "./app/print.css";

applyTheme(readStoredTheme());
startUrlSync(linkVocabularyOf(catalogue));

const root = document.getElementById("root");
if (root) {
  const app = (
    <StrictMode>
      <AppData catalogue={catalogue} loadDataset={loadDataset}>
        <App />
      </AppData>
    </StrictMode>
  );
  // The built page holds the quiz's first screen; reuse it when that is what the link shows.
  const { view, linkProblems } = useAppStore.getState();
  if (root.firstElementChild && view === "quiz" && linkProblems.length === 0) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // index.html hid the prebuilt quiz for links to other views; the app draws the page now.
  document.documentElement.removeAttribute("data-link-view");
}
