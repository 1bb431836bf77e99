import { type FunctionComponent, StrictMode } from "react";
import { renderToString } from "react-dom/server";
import type { Catalogue } from "../../domain/catalogue.ts";
import { ResultsIntro } from "../../features/results/results-intro.tsx";
import { useAppStore } from "../../state/store.ts";
import { App } from "../app.tsx";
import { AppData } from "../app-data.tsx";

/** What the app renders while the results view loads, before which the view draws its intro. */
const LOADING_START = '<p class="loading">';

/**
 * The page's prebuilt HTML, rendered at build time (scripts/prerender.ts): the quiz's first screen,
 * which the app hydrates, and the results page's top (header and intro, then the loading line),
 * from which the first-paint script draws a shared results link.
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
    const app = render(App);
    if (app.split(LOADING_START).length !== 2) {
      throw new Error(`The results page has no single ${LOADING_START}`);
    }
    // The results view loads lazily, so the app alone renders its loading line; the view draws
    // its intro before it.
    return { quiz, resultsShell: app.replace(LOADING_START, render(ResultsIntro) + LOADING_START) };
  } finally {
    Object.assign(initial, { view: initialView });
  }
}
