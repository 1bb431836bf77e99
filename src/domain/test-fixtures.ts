import { createSeededRandom } from "./seeded-random.ts";
import type { Criterion, Dataset, Framework, LanguageId, ScoreValue, Weights } from "./types.ts";
import { CRITERION_IDS, LANGUAGE_IDS } from "./types.ts";

export interface FrameworkSpec {
  id: string;
  name: string;
  languages: readonly LanguageId[];
  scores: readonly number[];
}

const SOURCE = {
  title: "Test fixture",
  url: "https://example.com/fixture",
  accessed: "2026-11-01",
};

/** A complete, valid framework built from the few fields scoring cares about. */
export function makeFramework(spec: FrameworkSpec): Framework {
  const scores = Object.fromEntries(
    CRITERION_IDS.map((id, c) => [
      id,
      { value: (spec.scores[c] ?? 1) as ScoreValue, why: "Fixture score.", sources: ["S1"] },
    ]),
  ) as Framework["scores"];
  return {
    id: spec.id,
    name: spec.name,
    kind: "full-stack",
    languages: [...spec.languages],
    license: "MIT",
    firstRelease: 2010,
    latestVersion: { version: "1.0", date: "2026-01-01" },
    repository: `example/${spec.id}`,
    website: `https://example.com/${spec.id}`,
    orm: null,
    realtime: null,
    templating: null,
    adminInterface: false,
    concurrency: "Fixture concurrency.",
    summary: "A made-up framework for tests.",
    pros: ["First pro.", "Second pro.", "Third pro.", "Fourth pro."],
    cons: ["First con.", "Second con.", "Third con."],
    scores,
    sources: { S1: SOURCE },
  };
}

const CRITERIA: Criterion[] = CRITERION_IDS.map((id) => ({
  id,
  label: id,
  description: `Fixture criterion ${id}.`,
  rubric: { "1": "Weak.", "3": "Fair.", "5": "Strong." },
}));

/** A dataset of the given frameworks with the nine fixture criteria. */
export function makeDataset(frameworks: readonly Framework[]): Dataset {
  return { schemaVersion: 1, asOf: "2026-11-01", criteria: CRITERIA, frameworks: [...frameworks] };
}

/**
 * Five made-up frameworks whose fits are easy to compute by hand (n = (score - 1) / 4).
 * Charlie and Echo have identical scores, so they always tie and sort by name.
 */
export const FIXTURE_SPECS: readonly FrameworkSpec[] = [
  { id: "alpha", name: "Alpha", languages: ["python"], scores: [5, 5, 5, 1, 1, 1, 3, 3, 5] },
  { id: "bravo", name: "Bravo", languages: ["ruby"], scores: [1, 1, 3, 5, 5, 5, 3, 5, 1] },
  {
    id: "charlie",
    name: "Charlie",
    languages: ["javascript", "typescript"],
    scores: [3, 3, 3, 3, 3, 3, 5, 3, 3],
  },
  {
    id: "delta",
    name: "Delta",
    languages: ["java", "kotlin"],
    scores: [3, 5, 1, 5, 1, 3, 5, 5, 1],
  },
  { id: "echo", name: "Echo", languages: ["elixir"], scores: [3, 3, 3, 3, 3, 3, 5, 3, 3] },
];

/** The hand-made dataset used by the domain tests. */
export const FIXTURE_DATASET: Dataset = makeDataset(FIXTURE_SPECS.map(makeFramework));

/** Weights with every criterion at `value`, then the given overrides. */
export function weightsWith(value: number, overrides: Partial<Weights> = {}): Weights {
  const weights = Object.fromEntries(CRITERION_IDS.map((id) => [id, value])) as Weights;
  return { ...weights, ...overrides };
}

/** A seeded synthetic dataset of `count` frameworks with random scores and languages. */
export function syntheticDataset(count: number, seed = 1): Dataset {
  const next = createSeededRandom(seed);
  const frameworks: Framework[] = [];
  for (let i = 0; i < count; i++) {
    const language = LANGUAGE_IDS[next() % LANGUAGE_IDS.length] as LanguageId;
    const scores = CRITERION_IDS.map(() => 1 + (next() % 5));
    frameworks.push(
      makeFramework({ id: `fw-${i}`, name: `Framework ${i}`, languages: [language], scores }),
    );
  }
  return makeDataset(frameworks);
}
