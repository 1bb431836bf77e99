/** The template of the results page's top (header and intro), written by scripts/prerender.ts. */
export const RESULTS_SHELL_ID = "results-shell";
/** Set on #root when the first paint drew the results; main.tsx then waits for the whole view. */
export const FIRST_PAINT_ATTRIBUTE = "data-first-paint";
