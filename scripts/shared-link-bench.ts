/**
 * Shared-link benchmark: `npm run audit` runs it after Lighthouse, against dist/.
 *
 * A teammate opens a results link on a phone. How long until the ranking itself (not a summary,
 * not a spinner) is on screen, against the time a bare React page built in the same run takes to
 * show its first content? Both pages are served from 127.0.0.1 with compression, in a fresh
 * Chromium context each time, on a phone profile: 390 x 844, 150 ms round trip, 1.6 Mbps down,
 * 750 kbps up, CPU 4x slower. Runs are paired (bare page, then the link) and the figure is the
 * median of the pairs' ratios, so a busy moment of the machine weighs on both sides of a pair.
 *
 * "On screen" is the paint time Element Timing reports for the first name of the ranking at a
 * glance on the link (drawn by the page's first-paint script, then kept by the app), and First
 * Contentful Paint on the bare page. Each run also records whether any other view (the prebuilt
 * quiz) was painted before the ranking, and, for information, when the app's full results (the
 * ranked cards with their reasons) were painted.
 *
 * Prints the figures, writes bench-results/shared-link.json, exits 1 when the ratio misses its
 * target or another view was painted first. Flags: --runs=<n> (default 7).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { buildBaseline } from "./lib/build-baseline.ts";
import { CHROMIUM_FLAGS, findChromium } from "./lib/chromium.ts";
import {
  type FirstViewProbe,
  firstViewProbeScript,
  readFirstViewProbe,
} from "./lib/first-view-probe.ts";
import { type Check, failed, formatChecks, writeJson } from "./lib/report.ts";
import { serveStatic } from "./lib/serve-static.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** `DIST_DIR` measures another build of the app (default dist/). */
const DIST = process.env.DIST_DIR ?? join(ROOT, "dist");
const RESULTS_FILE = join(ROOT, "bench-results/shared-link.json");

export const RATIO_LIMIT = 1.15;
const SHARED_LINK =
  "?v=1&performance=4&scalability=3&realtime=5&orm=4&learning=2&productivity=3&ecosystem=3&security=4&flexibility=2&view=results";
/** The phone profile of the issue: DevTools throughputs are in bytes per second. */
const PHONE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const TIMEOUT_MS = 30_000;

/** Where the first content is, and what counts as another view painted first. */
interface Target {
  /** Selector of the element whose paint is measured; `null` = First Contentful Paint. */
  contentSelector: string | null;
  /** Selector of what shows the page is fully drawn, timed for information; `null` = none. */
  readySelector: string | null;
}
const BARE_PAGE: Target = { contentSelector: null, readySelector: null };
/** The first name in the ranking at a glance, the top of the results; then the app's full view. */
const RANKING: Target = {
  contentSelector: 'ol[aria-label="Fits at a glance"] > li .glance-name',
  readySelector: 'ol[aria-label="Ranking"] > li h3',
};

interface PageFigures {
  /** Milliseconds from navigation start to the content's paint. */
  contentMs: number;
  /** True when a quiz question was painted before the content. */
  otherViewFirst: boolean;
  /** Milliseconds from navigation start to the frame after the ready selector matched. */
  readyMs: number | null;
}

async function measure(browser: Browser, url: string, target: Target): Promise<PageFigures> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", PHONE_NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.addInitScript(firstViewProbeScript(target.contentSelector));
    await page.goto(url, { waitUntil: "commit", timeout: TIMEOUT_MS });
    const contentMs = await page.evaluate(
      ([selector, timeout]) =>
        new Promise<number>((resolve, reject) => {
          const type = selector ? "element" : "paint";
          const wanted = selector ? "content" : "first-contentful-paint";
          const timer = setTimeout(
            () => reject(new Error(`no ${wanted} paint at ${location.href}`)),
            timeout,
          );
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              const name = selector
                ? (entry as PerformanceEntry & { identifier: string }).identifier
                : entry.name;
              if (name !== wanted) continue;
              clearTimeout(timer);
              const renderTime = (entry as PerformanceEntry & { renderTime?: number }).renderTime;
              resolve(renderTime || entry.startTime);
            }
          }).observe({ type, buffered: true });
        }),
      [target.contentSelector, TIMEOUT_MS] as const,
    );
    const probe = (await page.evaluate(readFirstViewProbe)) as FirstViewProbe;
    const readyMs = target.readySelector
      ? ((await page.evaluate(whenDrawnScript(target.readySelector))) as number)
      : null;
    return { contentMs, otherViewFirst: probe.quizFrames > 0, readyMs };
  } finally {
    await context.close();
  }
}

/**
 * Page script: resolves with `performance.now()` in the frame after `selector` first matches. A
 * string, as tsx adds helpers to a function's text that do not exist in the page.
 */
function whenDrawnScript(selector: string): string {
  return `new Promise((resolve) => {
    const selector = ${JSON.stringify(selector)};
    const done = () => requestAnimationFrame(() => resolve(performance.now()));
    if (document.querySelector(selector)) return done();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      done();
    });
    observer.observe(document, { childList: true, subtree: true });
  })`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

function runsFlag(): number {
  const flag = process.argv.find((arg) => arg.startsWith("--runs="));
  const runs = flag ? Number(flag.slice("--runs=".length)) : 7;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1`);
  return runs;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error("dist/index.html is missing: run `npm run build` first.");
  }
  const runs = runsFlag();
  const baseline = await buildBaseline();
  const app = await serveStatic({ root: DIST });
  const bare = await serveStatic({ root: baseline.outDir });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const pairs: {
      bareMs: number;
      rankingMs: number;
      ratio: number;
      otherViewFirst: boolean;
      fullViewMs: number;
    }[] = [];
    // One unmeasured pair first: the server's compression cache and the disk are warm after it.
    await measure(browser, bare.url, BARE_PAGE);
    await measure(browser, `${app.url}${SHARED_LINK}`, RANKING);
    for (let run = 0; run < runs; run++) {
      const bareRun = await measure(browser, bare.url, BARE_PAGE);
      const linkRun = await measure(browser, `${app.url}${SHARED_LINK}`, RANKING);
      pairs.push({
        bareMs: Math.round(bareRun.contentMs),
        rankingMs: Math.round(linkRun.contentMs),
        ratio: linkRun.contentMs / bareRun.contentMs,
        otherViewFirst: linkRun.otherViewFirst,
        fullViewMs: Math.round(linkRun.readyMs ?? Number.NaN),
      });
    }
    const ratio = median(pairs.map((pair) => pair.ratio));
    const otherViewRuns = pairs.filter((pair) => pair.otherViewFirst).length;
    const checks: Check[] = [
      {
        item: "Shared results link, ranking on screen / bare React first content (median of pairs)",
        measured: `${ratio.toFixed(2)}× (ranking ${median(pairs.map((p) => p.rankingMs))} ms, bare ${median(pairs.map((p) => p.bareMs))} ms)`,
        limit: `≤ ${RATIO_LIMIT}×`,
        status: ratio <= RATIO_LIMIT ? "PASS" : "FAIL",
      },
      {
        item: "Shared results link, full view (ranked cards with reasons) drawn, median",
        measured: `${median(pairs.map((p) => p.fullViewMs))} ms`,
        limit: "for information",
        status: "INFO",
      },
      {
        item: "Shared results link, runs that painted another view first",
        measured: `${otherViewRuns} of ${runs}`,
        limit: "0",
        status: otherViewRuns === 0 ? "PASS" : "FAIL",
      },
    ];
    process.stdout.write(
      pairs
        .map(
          (p, i) =>
            `pair ${i + 1}: bare ${p.bareMs} ms, ranking ${p.rankingMs} ms, ${p.ratio.toFixed(2)}×, full view ${p.fullViewMs} ms\n`,
        )
        .join(""),
    );
    process.stdout.write(`\n${formatChecks(checks)}`);
    writeJson(RESULTS_FILE, {
      link: SHARED_LINK,
      profile: { ...PHONE_NETWORK, cpu: CPU_SLOWDOWN },
      pairs,
      checks,
    });
    if (failed(checks).length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    await Promise.all([app.close(), bare.close()]);
    await baseline.cleanup();
  }
}

await main();
