/**
 * Lighthouse audit of the built app: `npm run audit`, after `npm run build` has written dist/.
 *
 * Serves dist/ (and a bare React 19 page built by the same toolchain in this run) from
 * 127.0.0.1 with compression and the page's CSP as a header, then runs Lighthouse's default
 * mobile config (simulated throttling) 3 times per page, interleaved, in one headless Chromium.
 * Medians are checked against the targets:
 *
 * - landing page and results link: performance >= 0.98, accessibility = 1, best practices = 1,
 *   SEO >= 0.95;
 * - results link LCP <= 1.1 × the baseline page's LCP.
 *
 * Prints a table and the audits that cost points in any category below target, writes
 * bench-results/audit.json (+ the median run's full report per page as
 * bench-results/lighthouse-<page>.json), exits 1 if any check fails.
 *
 * Flags: --runs=<n> (default 3).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse, { type Result } from "lighthouse";
import { buildBaseline } from "./lib/build-baseline.ts";
import { findChromium, launchChromium } from "./lib/chromium.ts";
import { metaCsp } from "./lib/html-assets.ts";
import { type Check, failed, formatChecks, formatTable, writeJson } from "./lib/report.ts";
import { serveStatic } from "./lib/serve-static.ts";
import { snapshotDir } from "./lib/snapshot.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DIST = join(ROOT, "dist");
const RESULTS_DIR = join(ROOT, "bench-results");

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type CategoryId = (typeof CATEGORIES)[number];
const TARGETS: Record<CategoryId, number> = {
  performance: 0.98,
  accessibility: 1,
  "best-practices": 1,
  seo: 0.95,
};
const LCP_RATIO_LIMIT = 1.1;
const RESULTS_LINK =
  "?v=1&performance=4&scalability=4&realtime=5&orm=3&learning=2&productivity=3&ecosystem=3&security=3&flexibility=2&view=results";

interface PageSpec {
  id: "landing" | "results" | "baseline";
  server: "app" | "baseline";
  path: string;
  /** Whether the category targets apply (the baseline is only a reference). */
  targeted: boolean;
}

const LANDING: PageSpec = { id: "landing", server: "app", path: "", targeted: true };
const BASELINE: PageSpec = { id: "baseline", server: "baseline", path: "", targeted: false };
const PAGES: PageSpec[] = [
  LANDING,
  { id: "results", server: "app", path: RESULTS_LINK, targeted: true },
  BASELINE,
];

const METRICS = {
  lcp: "largest-contentful-paint",
  fcp: "first-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
} as const;
type MetricId = keyof typeof METRICS;

interface RunFigures {
  scores: Record<CategoryId, number | null>;
  metrics: Record<MetricId, number | null>;
  /** Lighthouse's host CPU benchmark for this run: lower means a slower or busier machine. */
  benchmarkIndex: number | null;
  runtimeError?: string;
  warnings: string[];
}

interface FailingAudit {
  id: string;
  title: string;
  category: CategoryId;
  /** Weight in the category score (0: diagnostic or insight, shown for performance). */
  weight: number;
  /** In how many runs it lost points. */
  runs: number;
  score: number | null;
  displayValue?: string;
  /** A few offending elements or resources, when the audit lists them. */
  examples: string[];
}

// ---------------------------------------------------------------------------------------------

function parseRuns(argv: string[]): number {
  let runs = 3;
  for (const arg of argv) {
    const match = /^--runs=(\d+)$/.exec(arg);
    if (match) runs = Number(match[1]);
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write("Usage: tsx scripts/audit.ts [--runs=<n>]\n");
      process.exit(0);
    } else {
      process.stderr.write(`Unknown argument: ${arg}\nUsage: tsx scripts/audit.ts [--runs=<n>]\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");
  return runs;
}

function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.length < values.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function figures(lhr: Result): RunFigures {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]),
  ) as Record<CategoryId, number | null>;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit]?.numericValue ?? null]),
  ) as Record<MetricId, number | null>;
  const run: RunFigures = {
    scores,
    metrics,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    warnings: lhr.runWarnings.map(String),
  };
  if (lhr.runtimeError) run.runtimeError = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  return run;
}

const SCORED_MODES = new Set(["binary", "numeric", "metricSavings"]);
/** Hidden performance audits that are metrics or raw data, not something to fix. */
const NOT_ACTIONABLE = new Set(["interactive", "max-potential-fid", "first-meaningful-paint"]);

/** A few offending nodes/URLs from an audit's details table, for the report. */
function examples(audit: Result["audits"][string]): string[] {
  const details = audit.details as { items?: unknown[] } | undefined;
  const found: string[] = [];
  // "list" details (insights, LCP element) nest their tables one level down.
  const items = (details?.items ?? []).flatMap((item) => {
    const nested = (item as { type?: unknown; items?: unknown } | null)?.items;
    return (item as { type?: unknown } | null)?.type === "table" && Array.isArray(nested)
      ? (nested as unknown[])
      : [item];
  });
  for (const item of items) {
    if (!item || typeof item !== "object") continue;
    const record = item as Record<string, unknown>;
    const node = record.node as { selector?: string; snippet?: string } | undefined;
    const source = record.source as { url?: string; line?: number; column?: number } | undefined;
    const text =
      node?.selector ??
      node?.snippet ??
      (typeof record.url === "string" ? record.url : undefined) ??
      (typeof source?.url === "string"
        ? `${source.url}:${(source.line ?? 0) + 1}:${(source.column ?? 0) + 1}`
        : undefined) ??
      (typeof record.description === "string" ? record.description : undefined);
    // Skip generic advice (insight tables hold markdown text rather than offenders).
    if (text && !text.includes("](http"))
      found.push(text.length > 120 ? `${text.slice(0, 117)}...` : text);
    if (found.length === 3) break;
  }
  return found;
}

/** Audits that cost points in a category: weighted ones below 1, and for performance also the
 * diagnostics and insights scoring below 0.9 (they explain the metric scores). */
function losingAudits(lhr: Result, category: CategoryId): Omit<FailingAudit, "runs">[] {
  const losing: Omit<FailingAudit, "runs">[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || !SCORED_MODES.has(audit.scoreDisplayMode)) continue;
    const weighted = ref.weight > 0 && audit.score < 1;
    const diagnostic =
      category === "performance" &&
      ref.weight === 0 &&
      audit.score < 0.9 &&
      !NOT_ACTIONABLE.has(ref.id) &&
      (ref.group !== "hidden" || ref.id.endsWith("-insight"));
    if (!weighted && !diagnostic) continue;
    const entry: Omit<FailingAudit, "runs"> = {
      id: ref.id,
      title: audit.title,
      category,
      weight: ref.weight,
      score: audit.score,
      examples: examples(audit),
    };
    if (audit.displayValue) entry.displayValue = audit.displayValue;
    losing.push(entry);
  }
  return losing;
}

/** One Lighthouse run in the given Chromium; a run that errors (e.g. NO_FCP) is retried once. */
async function runLighthouse(
  url: string,
  port: number,
  categories: readonly string[],
  attempts = 2,
): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (!lhr.runtimeError || attempt >= attempts) return lhr;
    process.stderr.write(`${url}: ${lhr.runtimeError.code}, retrying\n`);
  }
}

const score = (value: number | null) => (value === null ? "error" : (value * 100).toFixed(0));
const ms = (value: number | null) => (value === null ? "error" : `${Math.round(value)} ms`);

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const runs = parseRuns(process.argv.slice(2));
  const started = Date.now();
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`${join(DIST, "index.html")} does not exist: run \`npm run build\` first.`);
  }
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const close of cleanups.splice(0).reverse()) {
      await close().catch((error: unknown) => process.stderr.write(`cleanup: ${String(error)}\n`));
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.kill(process.pid, signal));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    // Serve a copy, so a parallel `vite build` cannot swap hashed files mid-audit.
    const snapshot = await snapshotDir(DIST);
    cleanups.push(snapshot.cleanup);
    const csp = metaCsp(readFileSync(join(snapshot.dir, "index.html"), "utf8"));
    const baselineBuild = await buildBaseline();
    cleanups.push(baselineBuild.cleanup);
    const app = await serveStatic({
      root: snapshot.dir,
      ...(csp && { headers: { "Content-Security-Policy": csp } }),
    });
    cleanups.push(app.close);
    const baseline = await serveStatic({ root: baselineBuild.outDir });
    cleanups.push(baseline.close);
    const chromium = await launchChromium(findChromium());
    cleanups.push(chromium.close);

    const urlOf = (page: PageSpec) =>
      `${page.server === "app" ? app.url : baseline.url}${page.path}`;
    const results = new Map<PageSpec["id"], { figures: RunFigures; lhr: Result }[]>();
    let lighthouseVersion = "";
    let userAgent = "";

    // One discarded run per server first: a cold Chromium or server makes the first trace slow,
    // and simulated throttling scales what it observes.
    const warmUpStart = Date.now();
    for (const page of [LANDING, BASELINE]) {
      await runLighthouse(urlOf(page), chromium.port, ["performance"], 1);
    }
    process.stderr.write(
      `warm-up runs (discarded) ${((Date.now() - warmUpStart) / 1000).toFixed(1)} s\n`,
    );

    // Interleave pages so drift over the run (thermal, background work) hits each page alike.
    for (let run = 1; run <= runs; run += 1) {
      for (const page of PAGES) {
        const t0 = Date.now();
        const lhr = await runLighthouse(urlOf(page), chromium.port, CATEGORIES);
        lighthouseVersion = lhr.lighthouseVersion;
        userAgent = lhr.environment.hostUserAgent;
        const runFigures = figures(lhr);
        results.set(page.id, [...(results.get(page.id) ?? []), { figures: runFigures, lhr }]);
        process.stderr.write(
          `run ${run}/${runs} ${page.id.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${score(runFigures.scores[c])}`).join(", ")}, LCP ${ms(runFigures.metrics.lcp)}, TBT ${ms(runFigures.metrics.tbt)}, CPU benchmark ${runFigures.benchmarkIndex ?? "?"} (${((Date.now() - t0) / 1000).toFixed(1)} s)${runFigures.runtimeError ? ` ERROR ${runFigures.runtimeError}` : ""}\n`,
        );
      }
    }

    // Medians, checks and failing audits.
    const checks: Check[] = [];
    const pages: Record<string, unknown> = {};
    const failingAudits: Record<string, FailingAudit[]> = {};
    const medianLcp: Partial<Record<PageSpec["id"], number | null>> = {};

    for (const page of PAGES) {
      const pageRuns = results.get(page.id) ?? [];
      const medianScores = Object.fromEntries(
        CATEGORIES.map((c) => [c, median(pageRuns.map((r) => r.figures.scores[c]))]),
      ) as Record<CategoryId, number | null>;
      const medianMetrics = Object.fromEntries(
        (Object.keys(METRICS) as MetricId[]).map((m) => [
          m,
          median(pageRuns.map((r) => r.figures.metrics[m])),
        ]),
      ) as Record<MetricId, number | null>;
      medianLcp[page.id] = medianMetrics.lcp;

      for (const category of CATEGORIES) {
        const value = medianScores[category];
        const target = TARGETS[category];
        checks.push({
          item: `${page.id} ${category}`,
          measured: `${score(value)} (runs: ${pageRuns.map((r) => score(r.figures.scores[category])).join(", ")})`,
          limit: page.targeted ? `${target === 1 ? "=" : ">="} ${score(target)}` : "-",
          status: !page.targeted ? "INFO" : value !== null && value >= target ? "PASS" : "FAIL",
        });
      }
      checks.push({
        item: `${page.id} LCP`,
        measured: `${ms(medianMetrics.lcp)} (runs: ${pageRuns.map((r) => ms(r.figures.metrics.lcp)).join(", ")})`,
        limit: "-",
        status: "INFO",
      });

      // Audits that cost points, for every targeted category below target.
      const below = CATEGORIES.filter(
        (c) => page.targeted && (medianScores[c] === null || (medianScores[c] ?? 0) < TARGETS[c]),
      );
      const byId = new Map<string, FailingAudit>();
      for (const { lhr } of pageRuns) {
        for (const category of below) {
          for (const audit of losingAudits(lhr, category)) {
            const key = `${category}/${audit.id}`;
            const seen = byId.get(key);
            byId.set(key, seen ? { ...seen, runs: seen.runs + 1 } : { ...audit, runs: 1 });
          }
        }
      }
      if (byId.size > 0) {
        failingAudits[page.id] = [...byId.values()].sort(
          (a, b) => a.category.localeCompare(b.category) || b.weight - a.weight || b.runs - a.runs,
        );
      }

      // Keep the full report of the median-performance run, for the Lighthouse viewer.
      const perf = medianScores.performance;
      const representative =
        pageRuns.find((r) => r.figures.scores.performance === perf) ?? pageRuns[0];
      const reportPath = join(RESULTS_DIR, `lighthouse-${page.id}.json`);
      if (representative) writeJson(reportPath, representative.lhr);

      pages[page.id] = {
        url: urlOf(page),
        targeted: page.targeted,
        median: { scores: medianScores, metrics: medianMetrics },
        runs: pageRuns.map((r) => r.figures),
        report: reportPath,
      };
    }

    const resultsLcp = medianLcp.results ?? null;
    const baselineLcp = medianLcp.baseline ?? null;
    const lcpOk = resultsLcp !== null && baselineLcp !== null;
    checks.push({
      item: "results LCP vs baseline",
      measured: lcpOk
        ? `${ms(resultsLcp)} (${(resultsLcp / baselineLcp).toFixed(2)}× baseline)`
        : "error",
      limit: lcpOk
        ? `<= ${ms(baselineLcp * LCP_RATIO_LIMIT)} (${LCP_RATIO_LIMIT}× ${ms(baselineLcp)})`
        : `<= ${LCP_RATIO_LIMIT}× baseline`,
      status: lcpOk && resultsLcp <= baselineLcp * LCP_RATIO_LIMIT ? "PASS" : "FAIL",
    });

    process.stdout.write(
      `\nLighthouse ${lighthouseVersion}, mobile preset (simulated throttling), median of ${runs}\n${formatChecks(checks)}`,
    );
    for (const [pageId, audits] of Object.entries(failingAudits)) {
      process.stdout.write(`\nAudits costing points on ${pageId} (categories below target):\n`);
      process.stdout.write(
        formatTable(
          ["category", "audit", "weight", "score", "runs", "title / value"],
          audits.map((a) => [
            a.category,
            a.id,
            String(a.weight),
            a.score === null ? "-" : a.score.toFixed(2),
            `${a.runs}/${runs}`,
            `${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`,
          ]),
        ),
      );
      for (const a of audits.filter((audit) => audit.examples.length > 0)) {
        process.stdout.write(`  ${a.id}: ${a.examples.join(" | ")}\n`);
      }
    }
    const runErrors = [...results.entries()].flatMap(([id, list]) =>
      list.flatMap((r) => (r.figures.runtimeError ? [`${id}: ${r.figures.runtimeError}`] : [])),
    );
    if (runErrors.length > 0)
      process.stdout.write(`\nLighthouse errors:\n  ${runErrors.join("\n  ")}\n`);

    const failures = failed(checks);
    const output = join(RESULTS_DIR, "audit.json");
    writeJson(output, {
      generatedAt: new Date().toISOString(),
      lighthouseVersion,
      userAgent,
      runsPerPage: runs,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      targets: { ...TARGETS, resultsLcpVsBaseline: LCP_RATIO_LIMIT },
      csp: csp ?? null,
      pages,
      checks,
      failingAudits,
      pass: failures.length === 0,
    });
    process.stdout.write(
      `\n${failures.length === 0 ? "All targets met" : `${failures.length} check(s) FAIL`} in ${Math.round((Date.now() - started) / 1000)} s; figures in ${output}\n`,
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    await cleanup();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(
    `audit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
