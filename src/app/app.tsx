import { lazy, Suspense } from "react";
import { QuizView } from "../features/questionnaire/quiz-view.tsx";
import { CopyLink } from "../features/share/copy-link.tsx";
import type { View } from "../state/share-state.ts";
import { setView, useAppStore } from "../state/store.ts";
import { LinkNotice } from "./link-notice.tsx";
import { ViewErrorBoundary } from "./view-error-boundary.tsx";
import { VIEW_LABELS, ViewNav } from "./view-nav.tsx";

const ResultsView = lazy(() =>
  import("../features/results/results-view.tsx").then((m) => ({ default: m.ResultsView })),
);

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case "quiz":
      return <QuizView />;
    default:
      return <ResultsView />;
  }
}

/** The page: header with the view switcher, the link notice, the current view. */
export function App() {
  const view = useAppStore((s) => s.view);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Framework Fit</h1>
        <p className="tagline">Find the backend framework that fits your team's priorities.</p>
        <ViewNav />
      </header>
      <main id="main" tabIndex={-1}>
        <LinkNotice />
        {view === "quiz" ? null : <CopyLink />}
        <ViewErrorBoundary key={view} viewName={VIEW_LABELS[view]} onBack={() => setView("quiz")}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <CurrentView view={view} />
          </Suspense>
        </ViewErrorBoundary>
      </main>
    </>
  );
}
