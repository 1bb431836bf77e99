import type { ReactNode } from "react";

/** A sideways-scrolling box for a wide table on a narrow screen; focusable, so keys scroll it. */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table without links must still be keyboard-scrollable (WCAG 2.1.1)
    <section className="scroll-box" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
