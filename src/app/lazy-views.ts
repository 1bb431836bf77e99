import { lazy } from "react";

// Everything past the quiz loads on demand, so the first screen stays light.
export const ResultsView = lazy(() =>
  import("../features/results/results-view.tsx").then((m) => ({ default: m.ResultsView })),
);
export const MatrixView = lazy(() =>
  import("../features/matrix/matrix-view.tsx").then((m) => ({ default: m.MatrixView })),
);
export const CompareView = lazy(() =>
  import("../features/compare/compare-view.tsx").then((m) => ({ default: m.CompareView })),
);
export const ResultsCharts = lazy(() =>
  import("../features/charts/results-charts.tsx").then((m) => ({ default: m.ResultsCharts })),
);
export const CompareRadar = lazy(() =>
  import("../features/charts/compare-radar.tsx").then((m) => ({ default: m.CompareRadar })),
);
