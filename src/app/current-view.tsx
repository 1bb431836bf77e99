import { type ComponentProps, type ComponentType, Suspense } from "react";
import type { DecisionScope } from "../features/export/decision-tools.tsx";
import { QuizView } from "../features/questionnaire/quiz-view.tsx";
import type { View } from "../state/share-state.ts";
import {
  AboutView,
  CompareRadar,
  CompareView,
  DecisionTools,
  loadedResultsView,
  MatrixView,
  ResultsCharts,
  ResultsView,
  TeamView,
} from "./lazy-views.ts";

const RANKING_LOADING = <p className="loading">Ranking the frameworks…</p>;

/** "Keep a record of this decision" (lazy: the view loads it when it nears the screen). */
function decisionTools(scope: DecisionScope) {
  return () => <DecisionTools scope={scope} />;
}

/**
 * The view the store asks for. Features get the charts and the decision tools through props,
 * never by import; they are lazy components, and the features decide when to load them.
 */
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
            <CompareRadar frameworks={frameworks} criteria={criteria} />
          )}
        />
      );
    case "team":
      return <TeamView renderDecisionTools={decisionTools("team")} />;
    case "about":
      return <AboutView />;
    default: {
      // Loaded before the app's first render when the page's first paint showed the ranking.
      const Loaded = loadedResultsView();
      return Loaded ? (
        resultsView(Loaded)
      ) : (
        <Suspense fallback={RANKING_LOADING}>{resultsView(ResultsView)}</Suspense>
      );
    }
  }
}

/** The results view, given the charts and the decision tools to load lazily. */
function resultsView(View: ComponentType<ComponentProps<typeof ResultsView>>) {
  return (
    <View
      renderDecisionTools={decisionTools("results")}
      renderCharts={(ranking, criteria) => <ResultsCharts ranking={ranking} criteria={criteria} />}
    />
  );
}
