/** Made-up datasets for tests: nothing here is the shipped data, and nothing should assume it. */
import { createSeededRandom } from "../domain/seeded-random.ts";
import type {
  Criterion,
  Dataset,
  Framework,
  FrameworkKind,
  LanguageId,
  Weights,
} from "../domain/types.ts";
import { CRITERION_IDS, FACT_FIELDS } from "../domain/types.ts";

export interface FrameworkSpec {
  id: string;
  name: string;
  languages: readonly LanguageId[];
  /** One score 1..5 per criterion, in `CRITERION_IDS` order. */
  scores: readonly number[];
  kind?: FrameworkKind;
  pros?: readonly string[];
  cons?: readonly string[];
}

const SOURCE = {
  title: "Test fixture",
  url: "https://example.com/fixture",
  accessed: "2026-11-01",
};

/** Display names of the fixtures' languages; any other id is shown capitalised. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  csharp: "C#",
  php: "PHP",
};

/** A complete, valid framework built from the few fields a test cares about. */
export function makeFramework(spec: FrameworkSpec): Framework {
  const scores = Object.fromEntries(
    CRITERION_IDS.map((id, c) => [
      id,
      { value: spec.scores[c] ?? 1, why: `${spec.name} fixture score.`, sources: ["S1"] },
    ]),
  ) as Framework["scores"];
  return {
    id: spec.id,
    name: spec.name,
    kind: spec.kind ?? "full-stack",
    languages: [...spec.languages],
    license: "MIT",
    firstRelease: 2010,
    latestVersion: { version: "1.0", date: "2026-01-01" },
    repository: `example/${spec.id}`,
    website: `https://example.com/${spec.id}`,
    package: { registry: "npm", name: spec.id },
    orm: null,
    realtime: null,
    templating: null,
    adminInterface: false,
    concurrency: "Fixture concurrency.",
    factSources: Object.fromEntries(
      FACT_FIELDS.map((field) => [field, ["S1"]]),
    ) as Framework["factSources"],
    summary: `${spec.name} is a made-up framework for tests.`,
    pros: [...(spec.pros ?? ["First pro.", "Second pro.", "Third pro.", "Fourth pro."])],
    cons: [...(spec.cons ?? ["First con.", "Second con.", "Third con."])],
    scores,
    sources: { S1: SOURCE },
  };
}

const CRITERIA: Criterion[] = CRITERION_IDS.map((id) => ({
  id,
  label: `${id.charAt(0).toUpperCase()}${id.slice(1)} label`,
  description: `Fixture criterion ${id}.`,
  rubric: { "1": "Weak.", "2": "Thin.", "3": "Fair.", "4": "Good.", "5": "Strong." },
}));

/** The display name a fixture gives a language id. */
export function fixtureLanguageName(id: string): string {
  return LANGUAGE_NAMES[id] ?? `${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

/** A valid dataset of the given frameworks: the nine fixture criteria and the languages they use. */
export function makeDataset(frameworks: readonly Framework[]): Dataset {
  const languageIds = [...new Set(frameworks.flatMap((f) => f.languages))];
  return {
    schemaVersion: 2,
    asOf: "2026-11-01",
    languages: languageIds.map((id) => ({ id, name: fixtureLanguageName(id) })),
    criteria: CRITERIA,
    frameworks: [...frameworks],
  };
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
    kind: "micro",
  },
  {
    id: "delta",
    name: "Delta",
    languages: ["java", "kotlin"],
    scores: [3, 5, 1, 5, 1, 3, 5, 5, 1],
  },
  {
    id: "echo",
    name: "Echo",
    languages: ["elixir"],
    scores: [3, 3, 3, 3, 3, 3, 5, 3, 3],
    kind: "runtime",
  },
];

/** The hand-made dataset most tests use. */
export const FIXTURE_DATASET: Dataset = makeDataset(FIXTURE_SPECS.map(makeFramework));

/** A framework that no other fixture knows, written in a language no other fixture uses. */
export const NEWCOMER_SPEC: FrameworkSpec = {
  id: "foxtrot-web",
  name: "Foxtrot Web",
  languages: ["gleam"],
  scores: [5, 5, 5, 4, 2, 3, 2, 4, 4],
  pros: ["Typed actors.", "Tiny core.", "Fast builds.", "Friendly errors."],
  cons: ["Young ecosystem.", "Few hosting guides.", "Small hiring pool."],
};

/** `dataset` with one more framework added by data alone (its language is added if new). */
export function withFramework(dataset: Dataset, spec: FrameworkSpec): Dataset {
  return makeDataset([...dataset.frameworks, makeFramework(spec)]);
}

/** Ten made-up frameworks plus the newcomer in a new language: the "eleventh framework" case. */
export function elevenFrameworkDataset(): Dataset {
  const ten = syntheticDataset(10, 11);
  return withFramework(ten, NEWCOMER_SPEC);
}

/** The same score on all nine criteria: a framework with these fits 25 * (score - 1) whatever the weights. */
export const everywhere = (score: number): number[] => Array<number>(9).fill(score);

/**
 * Frameworks whose order real-time alone decides. Steady fits 25 under any weights. Sprinter
 * scores 5 on real-time (the third criterion) and 1 elsewhere, so with every weight at 1 it fits
 * 100 * 1 / 9 = 11, with real-time at 3 it fits 100 * 3 / 11 = 27 and with real-time at 5 it
 * fits 100 * 5 / 13 = 38: it overtakes Steady from real-time 3. Laggard fits 0.
 */
export const SWING_DATASET: Dataset = makeDataset([
  makeFramework({ id: "steady", name: "Steady", languages: ["python"], scores: everywhere(2) }),
  makeFramework({
    id: "sprinter",
    name: "Sprinter",
    languages: ["python"],
    scores: [1, 1, 5, 1, 1, 1, 1, 1, 1],
  }),
  makeFramework({ id: "laggard", name: "Laggard", languages: ["python"], scores: everywhere(1) }),
]);

/** Weights with every criterion at `value`, then the given overrides. */
export function weightsWith(value: number, overrides: Partial<Weights> = {}): Weights {
  const weights = Object.fromEntries(CRITERION_IDS.map((id) => [id, value])) as Weights;
  return { ...weights, ...overrides };
}

const SYNTHETIC_LANGUAGES = ["python", "ruby", "javascript", "php", "java", "elixir"] as const;
const KINDS: readonly FrameworkKind[] = ["runtime", "micro", "full-stack"];

/** A seeded synthetic dataset of `count` frameworks with random scores, languages and kinds. */
export function syntheticDataset(count: number, seed = 1): Dataset {
  const next = createSeededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[next() % list.length] as T;
  const frameworks: Framework[] = [];
  for (let i = 0; i < count; i++) {
    const scores = CRITERION_IDS.map(() => 1 + (next() % 5));
    const spec = { id: `fw-${i}`, name: `Framework ${i}`, scores };
    frameworks.push(
      makeFramework({ ...spec, languages: [pick(SYNTHETIC_LANGUAGES)], kind: pick(KINDS) }),
    );
  }
  return makeDataset(frameworks);
}
