import { lazy } from "react";
import { loadDataset } from "./load-dataset.ts";

/** Starts the view's chunk and the dataset together, so neither waits for the other. */
function withDataset<T>(view: Promise<T>): Promise<T> {
  loadDataset().catch(() => {
    // The view reports a failed dataset load itself, through its error boundary.
  });
  return view;
}

type ResultsModule = typeof import("../features/results/results-view.tsx");
let resultsModule: ResultsModule | undefined;
const loadResults = () =>
  import("../features/results/results-view.tsx").then((m) => {
    resultsModule = m;
    return m;
  });

// Everything past the quiz loads on demand, so the first screen stays light.
export const ResultsView = lazy(() =>
  withDataset(loadResults()).then((m) => ({ default: m.ResultsView })),
);
export const MatrixView = lazy(() =>
  withDataset(import("../features/matrix/matrix-view.tsx")).then((m) => ({
    default: m.MatrixView,
  })),
);
export const CompareView = lazy(() =>
  withDataset(import("../features/compare/compare-view.tsx")).then((m) => ({
    default: m.CompareView,
  })),
);
export const TeamView = lazy(() =>
  withDataset(import("../features/team/team-view.tsx")).then((m) => ({
    default: m.TeamView,
  })),
);
export const AboutView = lazy(() =>
  withDataset(import("../features/about/about-view.tsx")).then((m) => ({
    default: m.AboutView,
  })),
);
export const ResultsCharts = lazy(() =>
  import("../features/charts/results-charts.tsx").then((m) => ({ default: m.ResultsCharts })),
);
export const CompareRadar = lazy(() =>
  import("../features/charts/compare-radar.tsx").then((m) => ({ default: m.CompareRadar })),
);
export const DecisionTools = lazy(() =>
  import("../features/export/decision-tools.tsx").then((m) => ({ default: m.DecisionTools })),
);

/**
 * Loads the results view and the dataset, for a page whose first paint already shows the ranking:
 * the app then draws the whole view in one go (see `loadedResultsView`), never a fallback.
 */
export function preloadResultsView(): Promise<unknown> {
  return Promise.all([loadResults(), loadDataset()]);
}

/** The results view once loaded, to draw without suspending; undefined before. */
export function loadedResultsView(): ResultsModule["ResultsView"] | undefined {
  return resultsModule?.ResultsView;
}
