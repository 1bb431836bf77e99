import { describe, expect, it } from "vitest";
import { rankFrameworks } from "../../domain/scoring.ts";
import { CRITERION_IDS, type Weights } from "../../domain/types.ts";
import { FIXTURE_DATASET, weightsWith } from "../../testing/fixtures.ts";
import { formatNormalised, formatPoints, workedExample } from "./worked-example.ts";

const example = (weights: Weights, id?: string) => {
  const { ranked } = rankFrameworks(FIXTURE_DATASET, { weights, languages: [] });
  const entry = id ? ranked.find((r) => r.framework.id === id) : ranked[0];
  if (!entry) throw new Error(`no ranked framework ${id}`);
  return { entry, built: workedExample(entry, weights, FIXTURE_DATASET.criteria) };
};

describe("workedExample", () => {
  it.each([
    {
      name: "two weights of 5: the leader's points are halves of its normalised scores",
      weights: weightsWith(0, { performance: 5, orm: 5 }),
      id: "delta",
      points: { performance: 25, orm: 50 },
      fit: 75,
      total: 10,
    },
    {
      name: "unequal weights",
      weights: weightsWith(0, { realtime: 3, learning: 1 }),
      id: "bravo",
      points: { realtime: 37.5, learning: 25 },
      fit: 62.5,
      total: 4,
    },
    {
      name: "every weight 0 counts as all 1",
      weights: weightsWith(0),
      id: "alpha",
      points: { performance: 100 / 9, realtime: 100 / 9, ecosystem: 50 / 9, orm: 0 },
      fit: (100 * (1 + 1 + 1 + 0.5 + 0.5 + 1)) / 9,
      total: 9,
    },
  ])("$name", ({ weights, id, points, fit, total }) => {
    const { entry, built } = example(weights, id);
    expect(built.rows.map((r) => r.criterion)).toEqual([...CRITERION_IDS]);
    for (const [criterion, expected] of Object.entries(points)) {
      expect(built.rows.find((r) => r.criterion === criterion)?.points).toBeCloseTo(expected, 9);
    }
    expect(built.fit).toBeCloseTo(fit, 9);
    expect(built.fit).toBe(entry.fit);
    expect(built.weightTotal).toBe(total);
    expect(built.rows.reduce((sum, r) => sum + r.points, 0)).toBeCloseTo(entry.fit, 9);
  });

  it.each([
    { weights: weightsWith(0), allZero: true, counted: 1 },
    { weights: weightsWith(0, { security: 2 }), allZero: false, counted: 0 },
  ])("marks the all-zero rule (allZero: $allZero)", ({ weights, allZero, counted }) => {
    const { built } = example(weights);
    expect(built.allZero).toBe(allZero);
    const performance = built.rows.find((r) => r.criterion === "performance");
    expect(performance).toMatchObject({ weight: 0, counted });
  });

  it("takes scores, normalised scores and labels from the framework and the criteria", () => {
    const { built } = example(weightsWith(1), "alpha");
    const row = built.rows[0];
    expect(row).toMatchObject({
      criterion: "performance",
      label: "Performance label",
      weight: 1,
      counted: 1,
      score: 5,
      normalised: 1,
    });
    expect(built.rows.map((r) => r.normalised)).toEqual([1, 1, 1, 0, 0, 0, 0.5, 0.5, 1]);
  });
});

describe("formatting", () => {
  it.each([
    [0, "0.0"],
    [12.5, "12.5"],
    [100 / 9, "11.1"],
    [100, "100.0"],
  ])("formatPoints(%d) is %s", (points, shown) => {
    expect(formatPoints(points)).toBe(shown);
  });

  it.each([
    [0, "0.00"],
    [0.25, "0.25"],
    [1, "1.00"],
  ])("formatNormalised(%d) is %s", (value, shown) => {
    expect(formatNormalised(value)).toBe(shown);
  });
});
