import { Suspense, useEffect, useRef } from "react";
import { CopyLink } from "../features/share/copy-link.tsx";
import { setView, useAppStore } from "../state/store.ts";
import { CurrentView } from "./current-view.tsx";
import { LinkNotice } from "./link-notice.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";
import { UpdatePrompt } from "./update-prompt.tsx";
import { ViewErrorBoundary } from "./view-error-boundary.tsx";
import { VIEW_LABELS, ViewNav } from "./view-nav.tsx";

/** The page: header with the view switcher, the link notice, the current view, and the offer of
 * a new version. */
export function App() {
  const view = useAppStore((s) => s.view);
  const mainRef = useRef<HTMLElement>(null);
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    // A new view starts at its top, and keyboard and screen-reader users start there too.
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [view]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="brand">
          <h1>Framework Fit</h1>
          <p className="tagline">Find the backend framework that fits your team's priorities.</p>
        </div>
        <div className="header-actions">
          {view === "quiz" ? null : <CopyLink />}
          <ThemeToggle />
        </div>
        <ViewNav />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <LinkNotice />
        <ViewErrorBoundary key={view} viewName={VIEW_LABELS[view]} onBack={() => setView("quiz")}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <CurrentView view={view} />
          </Suspense>
        </ViewErrorBoundary>
      </main>
      <UpdatePrompt />
    </>
  );
}
