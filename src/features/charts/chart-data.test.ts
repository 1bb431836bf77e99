import { describe, expect, it } from "vitest";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import { CRITERION_IDS, type Weights } from "../../domain/types.ts";
import {
  FIXTURE_DATASET,
  makeDataset,
  makeFramework,
  NEWCOMER_SPEC,
  withFramework,
} from "../../testing/fixtures.ts";
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

const { criteria } = FIXTURE_DATASET;
const rank = (weights: Weights, languages: string[]) =>
  rankFrameworks(FIXTURE_DATASET, { weights, languages });

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
    // Only ORM and security are weighted, and some fixture scores more than 1 on each.
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
  // Deliberately not in dataset order: the series follow the order given.
  const picked = ["echo", "alpha", "charlie"].map(
    (id) => FIXTURE_DATASET.frameworks.find((f) => f.id === id)!,
  );

  it("has one row per criterion and one series per framework, in the order given", () => {
    const data = radarChartData(picked, criteria);
    expect(data.rows.map((r) => r.criterion)).toEqual(criteria.map((c) => c.id));
    expect(data.rows.map((r) => r.label)).toEqual(criteria.map((c) => c.label));
    expect(data.series.map((s) => s.name)).toEqual(picked.map((f) => f.name));
    expect(data.series.map((s) => s.dataKey)).toEqual([
      "values.echo",
      "values.alpha",
      "values.charlie",
    ]);
    expect(new Set(data.series.map((s) => s.colour)).size).toBe(3);
  });

  it("draws a framework added by data alone with its own scores", () => {
    const dataset = withFramework(FIXTURE_DATASET, NEWCOMER_SPEC);
    const newcomer = dataset.frameworks.find((f) => f.id === NEWCOMER_SPEC.id)!;
    const data = radarChartData([newcomer, picked[0]!], dataset.criteria);
    expect(data.series[0]?.name).toBe(NEWCOMER_SPEC.name);
    expect(data.rows.map((r) => r.values[NEWCOMER_SPEC.id])).toEqual(NEWCOMER_SPEC.scores);
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
