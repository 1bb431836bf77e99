import type { ReactNode } from "react";

/** A sideways-scrolling box for a wide table; focusable, so the keyboard can scroll it too. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table without links must still be keyboard-scrollable (WCAG 2.1.1)
    <section className="chart-table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
