import { Suspense } from "react";
import type { DecisionScope } from "../features/export/decision-tools.tsx";
import { QuizView } from "../features/questionnaire/quiz-view.tsx";
import { ResultsIntro } from "../features/results/results-intro.tsx";
import type { View } from "../state/share-state.ts";
import { AfterFirstPaint } from "./after-first-paint.tsx";
import {
  AboutView,
  CompareRadar,
  CompareView,
  DecisionTools,
  MatrixView,
  ResultsCharts,
  ResultsView,
  TeamView,
} from "./lazy-views.ts";
import { WhenNearViewport } from "./when-near-viewport.tsx";

/** Placeholder with the chart's reserved height, so nothing jumps when the chunk arrives. */
function ChartSpace({ className }: { className: string }) {
  return <div className={`chart-space ${className}`} aria-hidden="true" />;
}

const RANKING_LOADING = <p className="loading">Ranking the frameworks…</p>;

/** "Keep a record of this decision", loaded when it is about to scroll into view. */
function decisionTools(scope: DecisionScope) {
  return () => (
    <WhenNearViewport className="decision-space">
      <Suspense fallback={null}>
        <DecisionTools scope={scope} />
      </Suspense>
    </WhenNearViewport>
  );
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
          renderDecisionTools={decisionTools("compare")}
          renderRadar={(frameworks, criteria) => (
            <Suspense fallback={<ChartSpace className="chart-space-radar" />}>
              <CompareRadar frameworks={frameworks} criteria={criteria} />
            </Suspense>
          )}
        />
      );
    case "team":
      return <TeamView renderDecisionTools={decisionTools("team")} />;
    case "about":
      return <AboutView />;
    default:
      return (
        <>
          <ResultsIntro />
          <AfterFirstPaint fallback={RANKING_LOADING}>
            <Suspense fallback={RANKING_LOADING}>
              <ResultsView
                renderDecisionTools={decisionTools("results")}
                renderCharts={(ranking, criteria) => (
                  <WhenNearViewport className="chart-space-results">
                    <Suspense fallback={<ChartSpace className="chart-space-results" />}>
                      <ResultsCharts ranking={ranking} criteria={criteria} />
                    </Suspense>
                  </WhenNearViewport>
                )}
              />
            </Suspense>
          </AfterFirstPaint>
        </>
      );
  }
}
