import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET, weightsWith } from "../testing/fixtures.ts";
import { DEFAULT_WEIGHTS } from "./default-profile.ts";
import type { Profile } from "./scoring.ts";
import { displayFit, normalisedScore, rankAlternatives, rankFrameworks } from "./scoring.ts";
import type { LanguageId, Weights } from "./types.ts";
import { CRITERION_IDS } from "./types.ts";

const profile = (weights: Weights, languages: LanguageId[] = []): Profile => ({
  weights,
  languages,
});

describe("normalisedScore", () => {
  it.each([
    [1, 0],
    [2, 0.25],
    [3, 0.5],
    [4, 0.75],
    [5, 1],
  ])("maps score %d to %d", (value, expected) => {
    expect(normalisedScore(value)).toBe(expected);
  });
});

describe("displayFit", () => {
  it.each([
    [0, 0],
    [51.85, 52],
    [57.407, 57],
    [62.5, 63],
    [99.5, 100],
    [100, 100],
  ])("shows %d as %d", (fit, expected) => {
    expect(displayFit(fit)).toBe(expected);
  });
});

// Fixture scores n = (v - 1) / 4, criteria in CRITERION_IDS order:
// Alpha   [1, 1, 1, 0, 0, 0, .5, .5, 1]     Bravo [0, 0, .5, 1, 1, 1, .5, 1, 0]
// Charlie [.5 x 6, 1, .5, .5] (= Echo)     Delta [.5, 1, 0, 1, 0, .5, 1, 1, 0]
describe("rankFrameworks on the fixture", () => {
  it.each<{ name: string; weights: Weights; order: string[]; fits: number[] }>([
    {
      name: "default weights (sum 27): Delta 17/27, Bravo 16/27, Charlie = Echo 15.5/27, Alpha 14/27",
      weights: { ...DEFAULT_WEIGHTS },
      order: ["delta", "bravo", "charlie", "echo", "alpha"],
      fits: [1700 / 27, 1600 / 27, 1550 / 27, 1550 / 27, 1400 / 27],
    },
    {
      name: "performance only: Alpha 100, Charlie = Delta = Echo 50 (by name), Bravo 0",
      weights: weightsWith(0, { performance: 1 }),
      order: ["alpha", "charlie", "delta", "echo", "bravo"],
      fits: [100, 50, 50, 50, 0],
    },
    {
      name: "all weights 0 count as 1 (sum 9): every framework sums to 5, 500/9, ordered by name",
      weights: weightsWith(0),
      order: ["alpha", "bravo", "charlie", "delta", "echo"],
      fits: [500 / 9, 500 / 9, 500 / 9, 500 / 9, 500 / 9],
    },
    {
      name: "all weights 5 give the same fits as all 1",
      weights: weightsWith(5),
      order: ["alpha", "bravo", "charlie", "delta", "echo"],
      fits: [500 / 9, 500 / 9, 500 / 9, 500 / 9, 500 / 9],
    },
    {
      name: "realtime 5 + flexibility 5 (sum 10): Alpha 10/10, Charlie = Echo 5/10, Bravo 2.5/10, Delta 0",
      weights: weightsWith(0, { realtime: 5, flexibility: 5 }),
      order: ["alpha", "charlie", "echo", "bravo", "delta"],
      fits: [100, 50, 50, 25, 0],
    },
    {
      name: "ecosystem 2 + security 2 (sum 4): Delta 4/4, Bravo = Charlie = Echo 3/4, Alpha 2/4",
      weights: weightsWith(0, { ecosystem: 2, security: 2 }),
      order: ["delta", "bravo", "charlie", "echo", "alpha"],
      fits: [100, 75, 75, 75, 50],
    },
  ])("$name", ({ weights, order, fits }) => {
    const { ranked, excluded } = rankFrameworks(FIXTURE_DATASET, profile(weights));
    expect(ranked.map((r) => r.framework.id)).toEqual(order);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    ranked.forEach((r, i) => {
      expect(r.fit).toBeCloseTo(fits[i] as number, 9);
    });
    expect(excluded).toEqual([]);
  });

  it("explains Delta's default fit: security 100 * 4 * 1 / 27, realtime 0, summing to 1700/27", () => {
    const [delta] = rankFrameworks(FIXTURE_DATASET, profile({ ...DEFAULT_WEIGHTS })).ranked;
    const points = Object.fromEntries(
      delta?.contributions.map((c) => [c.criterion, c.points]) ?? [],
    );
    expect(delta?.contributions.map((c) => c.criterion)).toEqual([...CRITERION_IDS]);
    expect(points.security).toBeCloseTo(400 / 27, 12);
    expect(points.performance).toBeCloseTo(150 / 27, 12);
    expect(points.realtime).toBe(0);
    const sum = delta?.contributions.reduce((total, c) => total + c.points, 0);
    expect(sum).toBeCloseTo(1700 / 27, 12);
  });

  it("explains the all-zero case with every weight counted as 1", () => {
    const [alpha] = rankFrameworks(FIXTURE_DATASET, profile(weightsWith(0))).ranked;
    expect(alpha?.contributions.find((c) => c.criterion === "performance")?.points).toBeCloseTo(
      100 / 9,
      12,
    );
  });
});

describe("language filter", () => {
  it.each<{ languages: LanguageId[]; ranked: string[]; excluded: string[]; reason: string }>([
    {
      languages: ["python", "ruby"],
      ranked: ["bravo", "alpha"],
      excluded: ["charlie", "delta", "echo"],
      reason: "not written in Python or Ruby",
    },
    {
      languages: ["ruby", "python", "ruby"],
      ranked: ["bravo", "alpha"],
      excluded: ["charlie", "delta", "echo"],
      reason: "not written in Python or Ruby",
    },
    {
      languages: ["typescript"],
      ranked: ["charlie"],
      excluded: ["alpha", "bravo", "delta", "echo"],
      reason: "not written in TypeScript",
    },
    {
      languages: ["kotlin", "java", "elixir"],
      ranked: ["delta", "echo"],
      excluded: ["alpha", "bravo", "charlie"],
      reason: "not written in Java, Kotlin, or Elixir",
    },
    {
      languages: ["cobol"],
      ranked: [],
      excluded: ["alpha", "bravo", "charlie", "delta", "echo"],
      reason: "not written in cobol",
    },
  ])("keeps $ranked for $languages", ({ languages, ranked, excluded, reason }) => {
    const ranking = rankFrameworks(FIXTURE_DATASET, profile({ ...DEFAULT_WEIGHTS }, languages));
    expect(ranking.ranked.map((r) => r.framework.id)).toEqual(ranked);
    expect(ranking.excluded.map((e) => e.framework.id)).toEqual(excluded);
    for (const e of ranking.excluded) expect(e.reason).toBe(reason);
  });

  it("gives each left-out framework the fit it would have had: its fit with no filter", () => {
    const weights = weightsWith(0, { realtime: 5, flexibility: 5 });
    const everyone = rankFrameworks(FIXTURE_DATASET, profile(weights)).ranked;
    const fitOf = (id: string) => everyone.find((r) => r.framework.id === id)?.fit;
    const { excluded } = rankFrameworks(FIXTURE_DATASET, profile(weights, ["python"]));
    expect(excluded.map((e) => [e.framework.id, e.fit])).toEqual([
      ["bravo", 25],
      ["charlie", 50],
      ["delta", 0],
      ["echo", 50],
    ]);
    for (const e of excluded) expect(e.fit).toBe(fitOf(e.framework.id));
  });

  it("never rescales scores against the visible subset: Alpha keeps 1400/27 alone", () => {
    const { ranked } = rankFrameworks(FIXTURE_DATASET, profile({ ...DEFAULT_WEIGHTS }, ["python"]));
    expect(ranked[0]?.fit).toBeCloseTo(1400 / 27, 12);
  });
});

describe("rankAlternatives", () => {
  // Triantaphyllou (2000), as on Wikipedia's "Weighted sum model" page. Weights 20/15/40/25 sum
  // to 100 and values are divided by 100, so fit = score: A1 = .20*25 + .15*20 + .40*15 + .25*30
  // = 21.5; A2 = 2 + 4.5 + 8 + 7.5 = 22; A3 = 6 + 1.5 + 12 + 2.5 = 22.
  const wsm = {
    names: ["A1", "A2", "A3"],
    values: [
      [25, 20, 15, 30],
      [10, 30, 20, 30],
      [30, 10, 30, 10],
    ].map((row) => row.map((v) => v / 100)),
    weights: [20, 15, 40, 25],
  };

  it("reproduces the published weighted-sum example: A2 = A3 = 22 tie, ordered by name, A1 21.5", () => {
    const { order, fits } = rankAlternatives(wsm.values, wsm.names, wsm.weights);
    expect(fits[0]).toBeCloseTo(21.5, 9);
    expect(fits[1]).toBeCloseTo(22, 9);
    expect(fits[2]).toBeCloseTo(22, 9);
    expect(order.map((i) => wsm.names[i])).toEqual(["A2", "A3", "A1"]);
  });

  it("orders the tie by name whatever the input order", () => {
    const reversed = [2, 1, 0];
    const { order } = rankAlternatives(
      reversed.map((i) => wsm.values[i] ?? []),
      reversed.map((i) => wsm.names[i] ?? ""),
      wsm.weights,
    );
    expect(order).toEqual([1, 0, 2]);
  });

  it.each<{
    name: string;
    values: number[][];
    names: string[];
    weights: number[];
    order: number[];
    fits: number[];
  }>([
    {
      name: "weights 1,3: b = 100*(3*1)/4 = 75 beats a = 100*(1*1)/4 = 25",
      values: [
        [1, 0],
        [0, 1],
      ],
      names: ["a", "b"],
      weights: [1, 3],
      order: [1, 0],
      fits: [25, 75],
    },
    {
      name: "all-zero weights count as 1: (1 + 0)/2 = 50 and (0.5 + 0.5)/2 = 50 tie, by name",
      values: [
        [1, 0],
        [0.5, 0.5],
      ],
      names: ["z", "y"],
      weights: [0, 0],
      order: [1, 0],
      fits: [50, 50],
    },
    {
      name: "code-unit order puts 'B' before 'a' on a tie",
      values: [[0.5], [0.5]],
      names: ["a", "B"],
      weights: [2],
      order: [1, 0],
      fits: [50, 50],
    },
    {
      name: "a negative weight counts as 0: only the second criterion counts",
      values: [
        [1, 0],
        [0, 1],
      ],
      names: ["a", "b"],
      weights: [-3, 2],
      order: [1, 0],
      fits: [0, 100],
    },
    {
      name: "equal names fall back to input order",
      values: [[0.25], [0.25], [0.75]],
      names: ["x", "x", "x"],
      weights: [1],
      order: [2, 0, 1],
      fits: [25, 25, 75],
    },
    { name: "no alternatives", values: [], names: [], weights: [1, 2], order: [], fits: [] },
  ])("$name", ({ values, names, weights, order, fits }) => {
    const result = rankAlternatives(values, names, weights);
    expect(result.order).toEqual(order);
    result.fits.forEach((fit, i) => {
      expect(fit).toBeCloseTo(fits[i] as number, 9);
    });
  });

  it("treats fits within 1e-9 as tied but not fits 1e-6 apart", () => {
    const names = ["b", "a"];
    expect(rankAlternatives([[0.5], [0.5 - 1e-13]], names, [1]).order).toEqual([1, 0]);
    expect(rankAlternatives([[0.5], [0.5 - 1e-8]], names, [1]).order).toEqual([0, 1]);
  });
});
