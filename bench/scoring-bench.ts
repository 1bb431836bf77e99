/**
 * Scoring benchmark: `npx tsx bench/scoring-bench.ts` (or `npm run bench`).
 * Times the generic core against a minimal weighted-sum loop + sort over the same data, checks
 * how ranking scales from 1,000 to 100,000 alternatives and how long stability takes for ten
 * frameworks. Prints PASS/FAIL per target and exits non-zero if any target fails.
 */
import { existsSync, readFileSync } from "node:fs";
import { DEFAULT_WEIGHTS } from "../src/domain/default-profile.ts";
import { normalisedScore, rankAlternatives } from "../src/domain/scoring.ts";
import { createSeededRandom, randomUnit } from "../src/domain/seeded-random.ts";
import { stability } from "../src/domain/stability.ts";
import type { Dataset } from "../src/domain/types.ts";
import { CRITERION_IDS } from "../src/domain/types.ts";
import { syntheticDataset } from "../src/testing/fixtures.ts";

const SIZES = [10, 1_000, 100_000] as const;
const REPETITIONS = 15;
const MIN_BATCH_MS = 25;
const MAX_CORE_RATIO = 2;
const MAX_SCALING = 250;
const MAX_STABILITY_MS = 16;

const write = (line: string) => process.stdout.write(`${line}\n`);
let sink = 0;

interface Alternatives {
  values: number[][];
  names: string[];
}

/** `count` alternatives over the nine criteria; continuous values, or rubric steps (many ties). */
function synthetic(count: number, rubric: boolean, seed: number): Alternatives {
  const next = createSeededRandom(seed);
  const values: number[][] = [];
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    values.push(
      CRITERION_IDS.map(() =>
        rubric ? normalisedScore(1 + Math.floor(randomUnit(next) * 5)) : randomUnit(next),
      ),
    );
    names.push(`Framework ${i}`);
  }
  return { values, names };
}

/** The minimal reference: a plain weighted-sum loop and one sort, no tie rule, no guards. */
function referenceRank(
  values: readonly (readonly number[])[],
  weights: readonly number[],
): number[] {
  const scores: number[] = [];
  for (const row of values) {
    let score = 0;
    for (let c = 0; c < weights.length; c++) score += (weights[c] as number) * (row[c] as number);
    scores.push(score);
  }
  const order = scores.map((_, i) => i);
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  return order;
}

/** Milliseconds per call, for a batch large enough to be measured reliably. */
function batchSize(run: () => void): number {
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) run();
    if (performance.now() - start >= MIN_BATCH_MS || iterations >= 1 << 20) return iterations;
    iterations *= 2;
  }
}

function timeBatch(run: () => void, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  return (performance.now() - start) / iterations;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Median ms per call of two functions, warmed up and measured in alternation, and the median of
 * the paired ratios (each repetition times both back to back, so drift in machine load cancels).
 */
function compare(
  core: () => void,
  reference: () => void,
): { core: number; reference: number; ratio: number } {
  for (let i = 0; i < 3; i++) {
    core();
    reference();
  }
  const coreIterations = batchSize(core);
  const referenceIterations = batchSize(reference);
  const coreTimes: number[] = [];
  const referenceTimes: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < REPETITIONS; r++) {
    const coreTime = timeBatch(core, coreIterations);
    const referenceTime = timeBatch(reference, referenceIterations);
    coreTimes.push(coreTime);
    referenceTimes.push(referenceTime);
    ratios.push(coreTime / referenceTime);
  }
  return { core: median(coreTimes), reference: median(referenceTimes), ratio: median(ratios) };
}

function formatMs(ms: number): string {
  return ms < 0.1 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(3)} ms`;
}

function verdict(ok: boolean): string {
  return ok ? "PASS" : "FAIL";
}

/** The shipped dataset when it is there and readable, else a synthetic ten-framework one. */
function tenFrameworks(): { dataset: Dataset; label: string } {
  const path = new URL("../data/frameworks.json", import.meta.url);
  if (existsSync(path)) {
    try {
      const dataset = JSON.parse(readFileSync(path, "utf8")) as Dataset;
      const complete = dataset.frameworks.every((f) =>
        CRITERION_IDS.every((id) => typeof f.scores?.[id]?.value === "number"),
      );
      if (dataset.frameworks.length >= 2 && complete) {
        return { dataset, label: `data/frameworks.json (${dataset.frameworks.length} frameworks)` };
      }
    } catch {
      // Being edited or invalid: fall back to synthetic data.
    }
  }
  return { dataset: syntheticDataset(10, 7), label: "synthetic (10 frameworks)" };
}

const weights = CRITERION_IDS.map((id) => DEFAULT_WEIGHTS[id]);
let failed = false;
const check = (ok: boolean) => {
  failed ||= !ok;
  return verdict(ok);
};

write(
  `Scoring benchmark (Node ${process.version}, median of ${REPETITIONS} repetitions; ratios are medians of paired runs)\n`,
);
for (const rubric of [false, true]) {
  write(
    rubric
      ? "Rubric scores 1..5 (many tied fits, ordered by name) — for information:"
      : "Continuous values in [0, 1] — targets:",
  );
  const coreTimes = new Map<number, number>();
  for (const size of SIZES) {
    const { values, names } = synthetic(size, rubric, size + (rubric ? 1 : 0));
    const { core, reference, ratio } = compare(
      () => {
        sink += rankAlternatives(values, names, weights).order[0] ?? 0;
      },
      () => {
        sink += referenceRank(values, weights)[0] ?? 0;
      },
    );
    coreTimes.set(size, core);
    const label = `  rank ${size.toLocaleString("en-US").padStart(7)}: core ${formatMs(core).padStart(11)}  reference ${formatMs(reference).padStart(11)}  ratio ${ratio.toFixed(2)}`;
    write(rubric ? label : `${label}  (<= ${MAX_CORE_RATIO}) ${check(ratio <= MAX_CORE_RATIO)}`);
  }
  const scaling = (coreTimes.get(100_000) ?? 0) / (coreTimes.get(1_000) ?? 1);
  const label = `  scaling 100,000 / 1,000: ${scaling.toFixed(1)}`;
  write(rubric ? `${label}\n` : `${label}  (<= ${MAX_SCALING}) ${check(scaling <= MAX_SCALING)}\n`);
}

const { dataset, label } = tenFrameworks();
const profile = { weights: { ...DEFAULT_WEIGHTS }, languages: [] };
const coldStart = performance.now();
stability(dataset, profile);
const cold = performance.now() - coldStart;
const stabilityTimes: number[] = [];
for (let r = 0; r < 21; r++) {
  const start = performance.now();
  sink += stability(dataset, profile)[0]?.share ?? 0;
  stabilityTimes.push(performance.now() - start);
}
const warm = median(stabilityTimes);
write(`Stability, 2,000 samples, ${label}:`);
write(`  first call ${formatMs(cold)} (information)`);
write(`  median ${formatMs(warm)}  (< ${MAX_STABILITY_MS} ms) ${check(warm < MAX_STABILITY_MS)}`);

write(
  `\n${failed ? "FAIL: at least one target missed" : "PASS: every target met"} (checksum ${sink > 0 ? "ok" : "0"})`,
);
if (failed) process.exitCode = 1;
