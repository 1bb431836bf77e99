/**
 * Size budgets for the built app: `npm run budget`, after `npm run build` has written dist/.
 *
 * - Initial JS (module scripts + module preloads named by dist/index.html, plus their static
 *   imports, plus its inline scripts), gzip -9, must be at most 1.25 × the same figure for a
 *   bare React 19 page built by the same Vite toolchain in the same run (scripts/baseline).
 * - CSS named by dist/index.html, gzip -9, at most 10 KiB.
 * - The chunk holding recharts must not be initial: charts load lazily.
 * - dist/index.html's #root must be prerendered (an <h2> and a <fieldset> of the quiz).
 *
 * Prints a table, writes bench-results/budget.json, exits 1 if any check fails.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBaseline } from "./lib/build-baseline.ts";
import { formatKiB } from "./lib/gzip-size.ts";
import { innerHtmlById, textContent } from "./lib/html-assets.ts";
import {
  type InitialAssets,
  readInitialAssets,
  totalBrotli,
  totalBytes,
  totalGzip,
} from "./lib/initial-assets.ts";
import { type Check, failed, formatChecks, formatTable, writeJson } from "./lib/report.ts";
import { snapshotDir } from "./lib/snapshot.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DIST = join(ROOT, "dist");
const RESULTS = join(ROOT, "bench-results", "budget.json");

const JS_RATIO_LIMIT = 1.25;
const CSS_LIMIT_BYTES = 10 * 1024;
/** Class names recharts renders; they survive minification, unlike module or function names. */
const CHART_MARKERS = ["recharts-surface", "recharts-wrapper"];
/** The first quiz question; reported, not required (copy may change). */
const QUIZ_TEXT = "Which languages can your team use?";

const USAGE = "Usage: tsx scripts/budget.ts\n";
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (args.length > 0) {
  process.stderr.write(`Unknown argument(s): ${args.join(" ")}\n${USAGE}`);
  process.exit(2);
}

/** Every .js file under <outDir>/assets whose text contains a recharts marker. */
function chartChunks(outDir: string): string[] {
  const assets = join(outDir, "assets");
  return readdirSync(assets, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js"))
    .filter((file) => {
      const code = readFileSync(join(assets, file), "utf8");
      return CHART_MARKERS.some((marker) => code.includes(marker));
    })
    .map((file) => `assets/${file.split("\\").join("/")}`);
}

function prerenderFigures(html: string) {
  const root = innerHtmlById(html, "root");
  return {
    rootFound: root !== undefined,
    rootChars: root?.trim().length ?? 0,
    hasH2: root !== undefined && /<h2[\s>]/i.test(root),
    hasFieldset: root !== undefined && /<fieldset[\s>]/i.test(root),
    hasQuizText: root !== undefined && textContent(root).includes(QUIZ_TEXT),
  };
}

function prerenderCheckResult(figures: ReturnType<typeof prerenderFigures>): Check {
  const yes = (flag: boolean) => (flag ? "yes" : "no");
  const measured = figures.rootFound
    ? `${figures.rootChars} chars; h2 ${yes(figures.hasH2)}, fieldset ${yes(figures.hasFieldset)}, quiz text ${yes(figures.hasQuizText)}`
    : "no #root element";
  const ok = figures.rootChars > 0 && figures.hasH2 && figures.hasFieldset;
  const check: Check = {
    item: "Prerendered #root",
    measured,
    limit: "non-empty, has <h2> + <fieldset>",
    status: ok ? "PASS" : "FAIL",
  };
  if (!ok) {
    check.note = figures.rootChars
      ? "dist/index.html's #root lacks the quiz's <h2>/<fieldset>; prerender the quiz view."
      : "dist/index.html's #root is empty: the quiz is not prerendered into the HTML.";
  }
  return check;
}

const summary = (assets: InitialAssets) => ({
  js: {
    files: assets.js,
    bytes: totalBytes(assets.js),
    gzip: totalGzip(assets.js),
    brotli: totalBrotli(assets.js),
  },
  css: {
    files: assets.css,
    bytes: totalBytes(assets.css),
    gzip: totalGzip(assets.css),
    brotli: totalBrotli(assets.css),
  },
  html: assets.html,
  external: assets.external,
});

async function main(): Promise<number> {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`${join(DIST, "index.html")} does not exist: run \`npm run build\` first.`);
  }
  // Measure a copy, so a parallel `vite build` cannot swap files mid-measurement.
  const snapshot = await snapshotDir(DIST);
  try {
    return await measure(snapshot.dir);
  } finally {
    await snapshot.cleanup();
  }
}

async function measure(dist: string): Promise<number> {
  const app = readInitialAssets(dist);
  const appHtml = readFileSync(join(dist, "index.html"), "utf8");

  const baselineBuild = await buildBaseline();
  let baseline: InitialAssets;
  try {
    baseline = readInitialAssets(baselineBuild.outDir);
  } finally {
    await baselineBuild.cleanup();
  }

  const appJs = totalGzip(app.js);
  const baseJs = totalGzip(baseline.js);
  const jsLimit = Math.floor(baseJs * JS_RATIO_LIMIT);
  const cssGzip = totalGzip(app.css);
  const charts = chartChunks(dist);
  const initialFiles = new Set(app.js.map((file) => file.file));
  // Requests on the way to the first paint: inline scripts count in the bytes, not here.
  const requested = (assets: InitialAssets) => assets.js.filter((file) => file.via !== "inline");
  const appFiles = requested(app);
  const baseFiles = requested(baseline);
  const initialCharts = charts.filter((file) => initialFiles.has(file));
  const prerender = prerenderFigures(appHtml);

  const checks: Check[] = [
    {
      item: "Initial JS gzip (app)",
      measured: `${formatKiB(appJs)} (${(appJs / baseJs).toFixed(2)}× baseline)`,
      limit: `<= ${formatKiB(jsLimit)} (${JS_RATIO_LIMIT}× ${formatKiB(baseJs)})`,
      status: appJs <= jsLimit ? "PASS" : "FAIL",
      ...(appJs > jsLimit && {
        note: `over by ${formatKiB(appJs - jsLimit)}; see the file list above.`,
      }),
    },
    {
      // Each extra file before the first paint is another request on the critical path; a
      // bundler split (React moved out of the entry) once cost a shared link 0.2x in LCP.
      item: "Initial JS files (app)",
      measured: `${appFiles.length} (${appFiles.map((f) => f.file).join(", ")})`,
      limit: `<= ${baseFiles.length} (as many as the baseline)`,
      status: appFiles.length <= baseFiles.length ? "PASS" : "FAIL",
      ...(appFiles.length > baseFiles.length && {
        note: "a lazy chunk that imports nothing from the entry can make the bundler split shared modules out of it.",
      }),
    },
    {
      item: "Initial CSS gzip (app)",
      measured: formatKiB(cssGzip),
      limit: `<= ${formatKiB(CSS_LIMIT_BYTES)}`,
      status: cssGzip <= CSS_LIMIT_BYTES ? "PASS" : "FAIL",
    },
    {
      item: "Charts (recharts) not initial",
      measured:
        initialCharts.length > 0
          ? `initial: ${initialCharts.join(", ")}`
          : charts.length > 0
            ? `lazy: ${charts.join(", ")}`
            : "no chunk contains recharts",
      limit: "not in initial JS",
      status: initialCharts.length === 0 ? "PASS" : "FAIL",
      ...(initialCharts.length > 0 && {
        note: "recharts loads before first render; import the chart view lazily.",
      }),
    },
    prerenderCheckResult(prerender),
  ];
  const failures = failed(checks);

  const fileRows = [
    ...app.js.map((f) => ["app", f.file, f.via, formatKiB(f.bytes), formatKiB(f.gzip)]),
    ...app.css.map((f) => ["app", f.file, f.via, formatKiB(f.bytes), formatKiB(f.gzip)]),
    ["app", "index.html", "page", formatKiB(app.html.bytes), formatKiB(app.html.gzip)],
    ...baseline.js.map((f) => ["baseline", f.file, f.via, formatKiB(f.bytes), formatKiB(f.gzip)]),
  ];
  process.stdout.write(
    `Initial files (gzip -9)\n${formatTable(["build", "file", "via", "raw", "gzip"], fileRows)}\n`,
  );
  process.stdout.write(`Budgets\n${formatChecks(checks)}`);

  writeJson(RESULTS, {
    generatedAt: new Date().toISOString(),
    limits: { jsRatio: JS_RATIO_LIMIT, jsGzipBytes: jsLimit, cssGzipBytes: CSS_LIMIT_BYTES },
    app: summary(app),
    baseline: summary(baseline),
    jsRatio: appJs / baseJs,
    charts: { markers: CHART_MARKERS, chunks: charts, initial: initialCharts },
    prerender,
    checks,
    pass: failures.length === 0,
  });
  process.stdout.write(
    `\n${failures.length === 0 ? "All budgets pass" : `${failures.length} budget(s) FAIL`}; figures in ${RESULTS}\n`,
  );
  return failures.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`budget: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
