import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetArb, languagesArb, weightsArb } from "../testing/arbitraries.ts";
import { FIXTURE_DATASET, makeDataset, makeFramework, weightsWith } from "../testing/fixtures.ts";
import { DEFAULT_WEIGHTS } from "./default-profile.ts";
import type { Profile } from "./scoring.ts";
import { rankFrameworks } from "./scoring.ts";
import { createSeededRandom, randomStep } from "./seeded-random.ts";
import { profileSeed, stability } from "./stability.ts";
import { CRITERION_IDS, type LanguageId, type Weights } from "./types.ts";

const defaults = (languages: LanguageId[] = []): Profile => ({
  weights: { ...DEFAULT_WEIGHTS },
  languages,
});
const total = (shares: { share: number }[]) => shares.reduce((sum, s) => sum + s.share, 0);

describe("stability", () => {
  it("lists every included framework, sorted by share, summing to 100", () => {
    const shares = stability(FIXTURE_DATASET, defaults());
    expect(shares.map((s) => s.id).sort()).toEqual(["alpha", "bravo", "charlie", "delta", "echo"]);
    expect(total(shares)).toBeCloseTo(100, 9);
    for (let i = 1; i < shares.length; i++) {
      expect(shares[i - 1]?.share).toBeGreaterThanOrEqual(shares[i]?.share ?? 0);
    }
    expect(shares[0]?.id).toBe("delta");
  });

  it("is the same on every call for the same profile", () => {
    expect(stability(FIXTURE_DATASET, defaults())).toEqual(stability(FIXTURE_DATASET, defaults()));
  });

  it("counts whole samples: 2,000 samples give shares in steps of 0.05%", () => {
    for (const { share } of stability(FIXTURE_DATASET, defaults())) {
      expect(Math.abs(share * 20 - Math.round(share * 20))).toBeLessThan(1e-9);
    }
  });

  it.each<[string, LanguageId[], { id: string; share: number }[]]>([
    ["one framework gets 100", ["python"], [{ id: "alpha", share: 100 }]],
    ["no framework gives an empty list", ["csharp"], []],
  ])("%s", (_, languages, expected) => {
    expect(stability(FIXTURE_DATASET, defaults(languages))).toEqual(expected);
  });

  it("gives a framework that is best on every criterion 100, others 0 in ranking order", () => {
    const dataset = makeDataset([
      makeFramework({ id: "top", name: "Top", languages: ["php"], scores: Array(9).fill(5) }),
      makeFramework({ id: "mid", name: "Mid", languages: ["php"], scores: Array(9).fill(3) }),
      makeFramework({ id: "low", name: "A low", languages: ["php"], scores: Array(9).fill(1) }),
    ]);
    expect(stability(dataset, defaults())).toEqual([
      { id: "top", share: 100 },
      { id: "mid", share: 0 },
      { id: "low", share: 0 },
    ]);
  });

  it("breaks exact ties by name, like the ranking: identical frameworks, 'Charlie' always wins", () => {
    const dataset = makeDataset(
      ["Echo", "Charlie"].map((name) =>
        makeFramework({
          id: name.toLowerCase(),
          name,
          languages: ["php"],
          scores: [1, 2, 3, 4, 5, 4, 3, 2, 1],
        }),
      ),
    );
    expect(stability(dataset, defaults())).toEqual([
      { id: "charlie", share: 100 },
      { id: "echo", share: 0 },
    ]);
  });

  it.each([
    [1, 100],
    [4, 25],
    [0, 100],
  ])("with %d samples shares move in steps of %d%%", (samples, step) => {
    for (const { share } of stability(FIXTURE_DATASET, defaults(), samples)) {
      expect(share % step).toBe(0);
    }
  });
});

describe("profileSeed", () => {
  it.each<[string, Profile, Profile, boolean]>([
    ["same profile", defaults(), defaults(), true],
    [
      "language order and repeats do not matter",
      defaults(["ruby", "python"]),
      defaults(["python", "ruby", "ruby"]),
      true,
    ],
    [
      "a weight changes it",
      defaults(),
      { weights: { ...DEFAULT_WEIGHTS, orm: 4 }, languages: [] },
      false,
    ],
    ["languages change it", defaults(), defaults(["python"]), false],
    [
      "all 0 differs from all 1",
      { weights: weightsWith(0), languages: [] },
      { weights: weightsWith(1), languages: [] },
      false,
    ],
  ])("%s", (_, a, b, same) => {
    expect(profileSeed(FIXTURE_DATASET, a) === profileSeed(FIXTURE_DATASET, b)).toBe(same);
  });
});

describe("stability properties", () => {
  it("is deterministic, lists every included framework and sums to 100", () => {
    fc.assert(
      fc.property(datasetArb, weightsArb, languagesArb, (dataset, weights, languages) => {
        const profile = { weights, languages };
        const shares = stability(dataset, profile, 200);
        expect(stability(dataset, profile, 200)).toEqual(shares);
        const included = rankFrameworks(dataset, profile).ranked.map((r) => r.framework.id);
        expect(shares.map((s) => s.id).sort()).toEqual([...included].sort());
        if (included.length > 0) expect(Math.abs(total(shares) - 100)).toBeLessThan(1e-9);
        for (let i = 1; i < shares.length; i++) {
          expect(shares[i - 1]?.share).toBeGreaterThanOrEqual(shares[i]?.share ?? 0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("does not depend on the dataset's framework order", () => {
    const input = fc.tuple(datasetArb, weightsArb).chain(([dataset, weights]) =>
      fc.tuple(
        fc.constant(dataset),
        fc.shuffledSubarray(dataset.frameworks, {
          minLength: dataset.frameworks.length,
          maxLength: dataset.frameworks.length,
        }),
        fc.constant(weights),
      ),
    );
    fc.assert(
      fc.property(input, ([dataset, shuffled, weights]) => {
        const profile = { weights, languages: [] };
        expect(stability({ ...dataset, frameworks: shuffled }, profile, 100)).toEqual(
          stability(dataset, profile, 100),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with the ranking core: each sample's winner is rankFrameworks' leader", () => {
    const samples = 40;
    fc.assert(
      fc.property(datasetArb, weightsArb, languagesArb, (dataset, weights, languages) => {
        const profile = { weights, languages };
        const next = createSeededRandom(profileSeed(dataset, profile));
        const wins = new Map<string, number>();
        for (let s = 0; s < samples; s++) {
          const perturbed = Object.fromEntries(
            CRITERION_IDS.map((id) => [
              id,
              Math.min(5, Math.max(0, weights[id] + randomStep(next))),
            ]),
          ) as Weights;
          const leader = rankFrameworks(dataset, { weights: perturbed, languages }).ranked[0];
          if (leader) wins.set(leader.framework.id, (wins.get(leader.framework.id) ?? 0) + 1);
        }
        const expected = [...wins].map(([id, n]): [string, number] => [id, (n * 100) / samples]);
        const actual = stability(dataset, profile, samples)
          .filter((s) => s.share > 0)
          .map((s): [string, number] => [s.id, s.share]);
        expect(new Map(actual)).toEqual(new Map(expected));
      }),
      { numRuns: 300 },
    );
  });
});
