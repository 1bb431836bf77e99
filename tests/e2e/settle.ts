import type { Page } from "playwright-core";
import { expect } from "vitest";

interface NetworkActivity {
  inFlight: number;
  /** Date.now() of the last request that started or ended. */
  lastChange: number;
}

const activity = new WeakMap<Page, NetworkActivity>();

/** Starts counting the page's requests in flight; call before it navigates. */
export function watchNetwork(page: Page): void {
  const state: NetworkActivity = { inFlight: 0, lastChange: Date.now() };
  activity.set(page, state);
  const change = (delta: number) => {
    state.inFlight += delta;
    state.lastChange = Date.now();
  };
  page.on("request", () => change(1));
  page.on("requestfinished", () => change(-1));
  page.on("requestfailed", () => change(-1));
}

/**
 * Waits, with a deadline, until the page has settled: no request in flight for `quietMs` (so
 * lazily loaded chunks have arrived and nothing new was asked for) and no finite CSS animation
 * or transition running. Checks of what did NOT happen belong after this.
 */
export async function waitForSettled(
  page: Page,
  { quietMs = 500, timeout = 15_000 } = {},
): Promise<void> {
  const network = activity.get(page);
  if (!network) throw new Error("waitForSettled needs a page opened through useBrowser().open");
  await expect
    .poll(() => network.inFlight === 0 && Date.now() - network.lastChange >= quietMs, {
      timeout,
      interval: 50,
      message: `the network never stayed idle for ${quietMs} ms`,
    })
    .toBe(true);
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== "running" ||
            animation.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY,
        ),
    undefined,
    { timeout },
  );
}
