/** How long to wait for a largest-contentful-paint report before going on without it. */
export const PAINT_REPORT_TIMEOUT_MS = 100;

const reportsLargestPaint = () =>
  typeof PerformanceObserver !== "undefined" &&
  (PerformanceObserver.supportedEntryTypes ?? []).includes("largest-contentful-paint");

/** Browsers stop reporting largest contentful paints once the user has interacted. */
const hadInput = () =>
  typeof performance.getEntriesByType === "function" &&
  performance.getEntriesByType("first-input").length > 0;

/**
 * Calls `callback` once what was just rendered has reached the screen, and returns a cancel
 * function. While the page is loading, that is when the browser reports the largest contentful
 * paint that followed this call: reading the report, rather than guessing from frames, keeps
 * lazily loaded chunks off the page's first meaningful paint. Otherwise (after user input, or
 * without the API) it is right after the next frame.
 */
export function afterPaint(callback: () => void): () => void {
  let finished = false;
  let frame = 0;
  let timer = 0;
  let observer: PerformanceObserver | undefined;
  const finish = () => {
    if (finished) return;
    finished = true;
    cancel();
    callback();
  };
  const cancel = () => {
    finished = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    observer?.disconnect();
  };

  if (reportsLargestPaint() && !hadInput()) {
    const since = performance.now();
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.startTime >= since)) finish();
    });
    observer.observe({ type: "largest-contentful-paint", buffered: true });
    timer = window.setTimeout(finish, PAINT_REPORT_TIMEOUT_MS);
  } else {
    frame = requestAnimationFrame(() => {
      timer = window.setTimeout(finish, 0);
    });
  }
  return cancel;
}

/**
 * Resolves once the browser has drawn a frame after the call: the second animation frame from
 * now begins after the first one was painted.
 */
export function framePainted(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
}
