import { afterEach, beforeEach, vi } from "vitest";

const box = (width: number, height: number) => ({
  width,
  height,
  top: 0,
  left: 0,
  right: width,
  bottom: height,
  x: 0,
  y: 0,
  toJSON: () => ({}),
});

/** For the tests of this file: jsdom lays nothing out, so give charts a box to draw in. */
export function giveChartsASize(width = 640, height = 400): void {
  beforeEach(() => stubChartSize(width, height));
  afterEach(() => vi.unstubAllGlobals());
}

/** Gives elements a box (and a ResizeObserver) so recharts draws in jsdom. */
function stubChartSize(width: number, height: number): void {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
    this: HTMLElement,
  ) {
    // A legend as tall as the chart would leave no room to draw in.
    return this.classList.contains("recharts-legend-wrapper") ? box(width, 40) : box(width, height);
  });
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}
