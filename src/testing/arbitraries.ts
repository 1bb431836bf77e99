import fc from "fast-check";
import type { Dataset, LanguageId, Weights } from "../domain/types.ts";
import { CRITERION_IDS } from "../domain/types.ts";
import { makeDataset, makeFramework } from "./fixtures.ts";

/** Every key a version-1 link may carry (README "Links"). */
export const LINK_KEYS: readonly string[] = [
  "v",
  ...CRITERION_IDS,
  "lang",
  "view",
  "compare",
  "sort",
  "kind",
  "q",
  "detail",
  "score",
  "own",
  "m",
];

/** The language ids the generated datasets draw from. */
export const ARBITRARY_LANGUAGES: readonly LanguageId[] = ["python", "ruby", "javascript", "gleam"];

/** Integer weights 0..5 for every criterion. */
export const weightsArb: fc.Arbitrary<Weights> = fc.record(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, fc.integer({ min: 0, max: 5 })])) as Record<
    keyof Weights,
    fc.Arbitrary<number>
  >,
);

/** A language filter: any subset of the language ids, often empty. */
export const languagesArb: fc.Arbitrary<LanguageId[]> = fc.subarray([...ARBITRARY_LANGUAGES]);

/**
 * Datasets of 2..12 frameworks with scores 1..5. Names come from a tiny alphabet so equal names
 * (and the id tie-break) are exercised.
 */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .array(
    fc.record({
      name: fc.string({ unit: fc.constantFrom("A", "B", "a", "É"), minLength: 1, maxLength: 2 }),
      languages: fc.subarray([...ARBITRARY_LANGUAGES], { minLength: 1, maxLength: 3 }),
      scores: fc.array(fc.integer({ min: 1, max: 5 }), {
        minLength: CRITERION_IDS.length,
        maxLength: CRITERION_IDS.length,
      }),
    }),
    { minLength: 2, maxLength: 12 },
  )
  .map((specs) => makeDataset(specs.map((spec, i) => makeFramework({ id: `fw-${i}`, ...spec }))));
