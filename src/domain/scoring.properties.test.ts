import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetArb, languagesArb, weightsArb } from "../testing/arbitraries.ts";
import type { Ranking } from "./scoring.ts";
import { normalisedScore, rankAlternatives, rankFrameworks } from "./scoring.ts";
import { CRITERION_IDS } from "./types.ts";

const RUNS = { numRuns: 1000 };
const K = CRITERION_IDS.length;

/** Alternatives with rubric scores 1..5 (normalised), so fits are exact multiples of 25/sum(w). */
const rubricMatrixArb = fc.array(
  fc.array(fc.integer({ min: 1, max: 5 }).map(normalisedScore), { minLength: K, maxLength: K }),
  { minLength: 2, maxLength: 12 },
);
const namesArb = (count: number) =>
  fc.array(fc.string({ unit: fc.constantFrom("a", "b", "B"), maxLength: 2 }), {
    minLength: count,
    maxLength: count,
  });
const weightVectorArb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: K, maxLength: K });

/** The comparable content of a ranking: ids, ranks, fits and exclusions. */
const summary = (r: Ranking) => ({
  ranked: r.ranked.map((x) => [x.framework.id, x.rank, x.fit, x.contributions]),
  excluded: r.excluded.map((x) => [x.framework.id, x.reason]),
});

describe("rankAlternatives properties", () => {
  it("multiplying every weight by a constant leaves the order unchanged", () => {
    const input = rubricMatrixArb.chain((values) =>
      fc.tuple(
        fc.constant(values),
        namesArb(values.length),
        weightVectorArb,
        fc.integer({ min: 2, max: 50 }),
      ),
    );
    fc.assert(
      fc.property(input, ([values, names, weights, factor]) => {
        const scaled = weights.map((w) => w * factor);
        expect(rankAlternatives(values, names, scaled).order).toEqual(
          rankAlternatives(values, names, weights).order,
        );
      }),
      RUNS,
    );
  });

  it("fits stay within 0..100 for any values in [0, 1] and weights 0..5", () => {
    const input = fc
      .array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: K, maxLength: K }), {
        minLength: 1,
        maxLength: 12,
      })
      .chain((values) => fc.tuple(fc.constant(values), namesArb(values.length), weightVectorArb));
    fc.assert(
      fc.property(input, ([values, names, weights]) => {
        for (const fit of rankAlternatives(values, names, weights).fits) {
          expect(fit).toBeGreaterThanOrEqual(0);
          expect(fit).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it("orders every index once, best fit first, ties by name in code-unit order", () => {
    const input = rubricMatrixArb.chain((values) =>
      fc.tuple(fc.constant(values), namesArb(values.length), weightVectorArb),
    );
    fc.assert(
      fc.property(input, ([values, names, weights]) => {
        const { order, fits } = rankAlternatives(values, names, weights);
        expect([...order].sort((a, b) => a - b)).toEqual(values.map((_, i) => i));
        for (let i = 1; i < order.length; i++) {
          const a = order[i - 1] as number;
          const b = order[i] as number;
          const gap = (fits[a] as number) - (fits[b] as number);
          expect(gap).toBeGreaterThan(-1e-9);
          if (gap < 1e-9) {
            const [nameA, nameB] = [names[a] as string, names[b] as string];
            expect(nameA < nameB || (nameA === nameB && a < b)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe("rankFrameworks properties", () => {
  it("shuffling the dataset's framework order does not change the result", () => {
    const input = fc
      .tuple(datasetArb, weightsArb, languagesArb)
      .chain(([dataset, weights, languages]) =>
        fc.tuple(
          fc.constant(dataset),
          fc.shuffledSubarray(dataset.frameworks, {
            minLength: dataset.frameworks.length,
            maxLength: dataset.frameworks.length,
          }),
          fc.constant({ weights, languages }),
        ),
      );
    fc.assert(
      fc.property(input, ([dataset, shuffled, profile]) => {
        expect(summary(rankFrameworks({ ...dataset, frameworks: shuffled }, profile))).toEqual(
          summary(rankFrameworks(dataset, profile)),
        );
      }),
      RUNS,
    );
  });

  it("raising a criterion where A scores at least as high as B never lets B overtake A", () => {
    const input = fc.tuple(
      datasetArb,
      weightsArb,
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.integer({ min: 1, max: 5 }),
    );
    fc.assert(
      fc.property(input, ([dataset, weights, pickA, pickB, pickC, step]) => {
        const { ranked } = rankFrameworks(dataset, { weights, languages: [] });
        const i = pickA % (ranked.length - 1);
        const j = i + 1 + (pickB % (ranked.length - 1 - i));
        const a = (ranked[i] as (typeof ranked)[number]).framework;
        const b = (ranked[j] as (typeof ranked)[number]).framework;
        const raisable = CRITERION_IDS.filter(
          (id) => a.scores[id].value >= b.scores[id].value && weights[id] < 5,
        );
        const criterion = raisable[pickC % Math.max(1, raisable.length)];
        if (criterion === undefined) return;
        const raised = { ...weights, [criterion]: Math.min(5, weights[criterion] + step) };
        const ids = rankFrameworks(dataset, { weights: raised, languages: [] }).ranked.map(
          (r) => r.framework.id,
        );
        expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
      }),
      RUNS,
    );
  });

  it("contributions sum to the fit and every fit stays within 0..100", () => {
    fc.assert(
      fc.property(datasetArb, weightsArb, languagesArb, (dataset, weights, languages) => {
        for (const r of rankFrameworks(dataset, { weights, languages }).ranked) {
          const sum = r.contributions.reduce((total, c) => total + c.points, 0);
          expect(Math.abs(sum - r.fit)).toBeLessThan(1e-9);
          expect(r.fit).toBeGreaterThanOrEqual(0);
          expect(r.fit).toBeLessThanOrEqual(100);
          for (const c of r.contributions) expect(c.points).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it("the language filter keeps exactly the frameworks with a language in the set", () => {
    fc.assert(
      fc.property(datasetArb, weightsArb, languagesArb, (dataset, weights, languages) => {
        const { ranked, excluded } = rankFrameworks(dataset, { weights, languages });
        const keeps = (langs: readonly string[]) =>
          languages.length === 0 || langs.some((l) => languages.includes(l as never));
        const expected = dataset.frameworks.filter((f) => keeps(f.languages)).map((f) => f.id);
        expect(ranked.map((r) => r.framework.id).sort()).toEqual(expected.sort());
        expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
        expect(ranked.length + excluded.length).toBe(dataset.frameworks.length);
        for (const e of excluded) {
          expect(keeps(e.framework.languages)).toBe(false);
          expect(e.reason).toMatch(/^not written in /);
        }
      }),
      RUNS,
    );
  });
});
