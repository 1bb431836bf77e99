import { type FunctionComponent, StrictMode } from "react";
import { renderToString } from "react-dom/server";
import type { Catalogue } from "../../domain/catalogue.ts";
import { PrioritiesSummary, ResultsIntro } from "../../features/results/results-intro.tsx";
import { useAppStore } from "../../state/store.ts";
import { App } from "../app.tsx";
import { AppData } from "../app-data.tsx";

/** What the app renders while the results view loads: the results shell has the view's top instead. */
const LOADING = /<p class="loading">[^<]*<\/p>/;

/**
 * The results view's top as it is before the ranking is known: the glance's box, empty, then the
 * priorities in words. The first-paint script fills the box and the words.
 */
function ResultsTop() {
  return (
    <>
      <ResultsIntro />
      <div className="results-layout">
        <div className="results-main">
          <div className="ranking-top" />
          <div className="glance" />
          <PrioritiesSummary />
        </div>
      </div>
    </>
  );
}

/**
 * The page's prebuilt HTML, rendered at build time (scripts/prerender.ts): the quiz's first screen,
 * which the app hydrates, and the results page's top (header, heading, the glance's empty box and
 * the priorities in words), from which the first-paint script draws a shared results link.
 */
export function prerenderPages(catalogue: Catalogue): { quiz: string; resultsShell: string } {
  // The first screens need only the catalogue; asking for the dataset here is a bug.
  const noDataset = () => Promise.reject(new Error("The prebuilt pages must not need the dataset"));
  const render = (Page: FunctionComponent) =>
    renderToString(
      <StrictMode>
        <AppData catalogue={catalogue} loadDataset={noDataset}>
          <Page />
        </AppData>
      </StrictMode>,
    );
  const quiz = render(App);
  // Server rendering reads the store's initial state object (zustand's server snapshot), not the
  // current state: for the results page, that object says "results" for a moment.
  const initial = useAppStore.getInitialState();
  const initialView = initial.view;
  Object.assign(initial, { view: "results" });
  try {
    // The results view loads lazily, so the app alone renders only its loading line.
    const app = render(App);
    if (!LOADING.test(app)) throw new Error("The results page has no loading line to replace");
    return { quiz, resultsShell: app.replace(LOADING, render(ResultsTop)) };
  } finally {
    Object.assign(initial, { view: initialView });
  }
}
