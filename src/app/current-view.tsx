import { Suspense } from "react";
import { QuizView } from "../features/questionnaire/quiz-view.tsx";
import type { View } from "../state/share-state.ts";
import { CompareRadar, CompareView, MatrixView, ResultsCharts, ResultsView } from "./lazy-views.ts";

/** Placeholder with the chart's reserved height, so nothing jumps when the chunk arrives. */
function ChartSpace({ height }: { height: string }) {
  return <div className="chart-space" style={{ minHeight: height }} aria-hidden="true" />;
}

/** The view the store asks for; features get the charts through props, never by import. */
export function CurrentView({ view }: { view: View }) {
  switch (view) {
    case "quiz":
      return <QuizView />;
    case "matrix":
      return <MatrixView />;
    case "compare":
      return (
        <CompareView
          renderRadar={(frameworks, criteria) => (
            <Suspense fallback={<ChartSpace height="26rem" />}>
              <CompareRadar frameworks={frameworks} criteria={criteria} />
            </Suspense>
          )}
        />
      );
    default:
      return (
        <ResultsView
          renderCharts={(ranking, criteria) => (
            <Suspense fallback={<ChartSpace height="40rem" />}>
              <ResultsCharts ranking={ranking} criteria={criteria} />
            </Suspense>
          )}
        />
      );
  }
}
