/**
 * A script to run in a page before its own scripts (Playwright's `addInitScript`), for the
 * shared-link benchmark and browser tests: it tags the first element matching `selector` with
 * `elementtiming="content"` as soon as it is inserted (so Element Timing reports its paint), and
 * counts the animation frames until then (without a selector: for as long as the page is open) in
 * which the quiz was visible: a link to another view must never show the quiz. Read the
 * figures with `readFirstViewProbe`.
 *
 * A string, not a function: tsx adds helpers to a function's text that do not exist in the page.
 */
export function firstViewProbeScript(selector: string | null): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    const probe = { quizFrames: 0, done: false };
    window.__firstViewProbe = probe;
    new MutationObserver(() => {
      const element = selector && !probe.done ? document.querySelector(selector) : null;
      if (!element) return;
      element.setAttribute("elementtiming", "content");
      probe.done = true;
    }).observe(document, { childList: true, subtree: true });
    const watchFrames = () => {
      const quiz = document.querySelector("#quiz-heading");
      if (quiz && quiz.offsetParent !== null && !probe.done) probe.quizFrames++;
      if (!probe.done) requestAnimationFrame(watchFrames);
    };
    requestAnimationFrame(watchFrames);
  })();`;
}

export interface FirstViewProbe {
  /** Frames in which the quiz was visible before the element appeared. */
  quizFrames: number;
  /** Whether the element has appeared (never, without a selector). */
  done: boolean;
}

/** Page-side reader, for `page.evaluate(readFirstViewProbe)`. */
export const readFirstViewProbe = `window.__firstViewProbe`;
