import { describe, expect, it } from "vitest";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import { shippedDataset } from "../../domain/shipped-dataset.ts";
import { makeDataset, makeFramework } from "../../testing/fixtures.ts";
import { CRITERION_IDS, type Weights } from "../../domain/types.ts";
import {
  contributionChartData,
  fitChartData,
  formatFit,
  formatPoints,
  PALETTE_SIZE,
  radarChartData,
  radarRadius,
  seriesColour,
  seriesSorter,
} from "./chart-data.ts";

const weightsOf = (values: number[]): Weights =>
  Object.fromEntries(CRITERION_IDS.map((id, i) => [id, values[i] ?? 0])) as Weights;

const PROFILES: [string, Weights, string[]][] = [
  ["all ones", weightsOf([1, 1, 1, 1, 1, 1, 1, 1, 1]), []],
  ["real-time heavy", weightsOf([4, 4, 5, 3, 2, 3, 3, 3, 2]), []],
  ["all zero (counts as all one)", weightsOf([0, 0, 0, 0, 0, 0, 0, 0, 0]), []],
  ["only ORM", weightsOf([0, 0, 0, 5, 0, 0, 0, 0, 0]), []],
  ["Python only", weightsOf([3, 1, 0, 5, 2, 2, 4, 5, 1]), ["python"]],
];

const { criteria } = shippedDataset;
const rank = (weights: Weights, languages: string[]) =>
  rankFrameworks(shippedDataset, { weights, languages: languages as never });

describe("fitChartData", () => {
  it.each(PROFILES)("keeps rank order and the shown fit (%s)", (_, weights, languages) => {
    const ranking = rank(weights, languages);
    const rows = fitChartData(ranking);
    expect(rows.map((r) => r.frameworkId)).toEqual(ranking.ranked.map((r) => r.framework.id));
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    for (const row of rows) expect(row.shown).toBe(displayFit(row.fit));
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i - 1]!.fit).toBeGreaterThanOrEqual(rows[i]!.fit - 1e-9);
    }
  });

  it("is empty when nothing is ranked", () => {
    expect(fitChartData({ ranked: [], excluded: [] })).toEqual([]);
  });
});

describe("contributionChartData", () => {
  it.each(PROFILES)("sums each row's points to its fit (%s)", (_, weights, languages) => {
    const ranking = rank(weights, languages);
    const data = contributionChartData(ranking, criteria);
    expect(data.rows.map((r) => r.frameworkId)).toEqual(ranking.ranked.map((r) => r.framework.id));
    for (const row of data.rows) {
      const sum = CRITERION_IDS.reduce((total, id) => total + row.points[id], 0);
      expect(sum).toBeCloseTo(row.fit, 9);
      const drawn = data.series.reduce((total, s) => total + row.points[s.criterion], 0);
      expect(drawn).toBeCloseTo(row.fit, 9);
    }
  });

  it("draws only criteria that add points, keeping each criterion's colour", () => {
    const data = contributionChartData(rank(weightsOf([0, 0, 0, 5, 0, 0, 0, 2, 0]), []), criteria);
    expect(data.series.map((s) => s.criterion)).toEqual(["orm", "security"]);
    expect(data.series.map((s) => s.colour)).toEqual([seriesColour(3), seriesColour(7)]);
    expect(data.series.map((s) => s.dataKey)).toEqual(["points.orm", "points.security"]);
    expect(data.series[0]?.label).toBe(criteria[3]?.label);
  });

  it("draws no series when no criterion adds points", () => {
    const low = makeFramework({ id: "low", name: "Low", languages: ["php"], scores: [] });
    const dataset = makeDataset([low]);
    const ranking = rankFrameworks(dataset, { weights: weightsOf([1]), languages: [] });
    const data = contributionChartData(ranking, dataset.criteria);
    expect(data.series).toEqual([]);
    expect(data.rows[0]?.fit).toBe(0);
  });
});

describe("radarChartData", () => {
  const picked = ["django", "rails", "phoenix"].map(
    (id) => shippedDataset.frameworks.find((f) => f.id === id)!,
  );

  it("has one row per criterion and one series per framework, in the order given", () => {
    const data = radarChartData(picked, criteria);
    expect(data.rows.map((r) => r.criterion)).toEqual(criteria.map((c) => c.id));
    expect(data.rows.map((r) => r.label)).toEqual(criteria.map((c) => c.label));
    expect(data.series.map((s) => s.name)).toEqual(["Django", "Ruby on Rails", "Phoenix"]);
    expect(data.series.map((s) => s.dataKey)).toEqual([
      "values.django",
      "values.rails",
      "values.phoenix",
    ]);
    expect(new Set(data.series.map((s) => s.colour)).size).toBe(3);
  });

  it("carries each framework's 1..5 score from the dataset", () => {
    const data = radarChartData(picked, criteria);
    for (const row of data.rows) {
      for (const f of picked) {
        expect(row.values[f.id]).toBe(f.scores[row.criterion].value);
        expect(row.values[f.id]).toBeGreaterThanOrEqual(1);
        expect(row.values[f.id]).toBeLessThanOrEqual(5);
      }
    }
  });
});

describe("helpers", () => {
  it("cycles the palette", () => {
    expect(seriesColour(0)).toBe("var(--chart-1)");
    expect(seriesColour(PALETTE_SIZE)).toBe("var(--chart-1)");
    expect(seriesColour(PALETTE_SIZE - 1)).toBe(`var(--chart-${PALETTE_SIZE})`);
  });

  it("sorts legend items into series order, unknown ones last", () => {
    const sort = seriesSorter(["points.orm", "points.security"]);
    expect(sort({ dataKey: "points.security" })).toBe(1);
    expect(sort({ dataKey: "points.orm" })).toBe(0);
    expect(sort({ dataKey: "other" })).toBe(2);
    expect(sort({})).toBe(2);
  });

  it.each([
    [12.345, "12.3", "12"],
    [0, "0.0", "0"],
    ["7.25", "7.3", "7"],
    [Number.NaN, "–", "–"],
    [undefined, "–", "–"],
  ])("formats %s as points %s and fit %s", (value, points, fit) => {
    expect(formatPoints(value)).toBe(points);
    expect(formatFit(value)).toBe(fit);
  });

  it("sizes the radar to keep labels inside the box", () => {
    expect(radarRadius(268, 380)).toBe(66);
    expect(radarRadius(640, 380)).toBe(136);
    expect(radarRadius(100, 100)).toBe(40);
  });
});
