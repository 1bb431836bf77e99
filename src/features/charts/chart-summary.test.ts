import { describe, expect, it } from "vitest";
import { shippedDataset } from "../../domain/shipped-dataset.ts";
import type { ContributionChartData, FitDatum, RadarChartData } from "./chart-data.ts";
import { radarChartData } from "./chart-data.ts";
import { contributionSummary, fitSummary, joinWithAnd, radarSummary } from "./chart-summary.ts";

const fitRow = (name: string, shown: number, rank: number): FitDatum => ({
  frameworkId: name.toLowerCase(),
  name,
  rank,
  fit: shown,
  shown,
});

describe("joinWithAnd", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", "C"], "A, B and C"],
  ])("%j -> %s", (items, words) => expect(joinWithAnd(items)).toBe(words));
});

describe("fitSummary", () => {
  it.each([
    [[], "No framework is ranked."],
    [[fitRow("Django", 70, 1)], "Only Django is ranked, at 70 of 100."],
    [
      [fitRow("Django", 70, 1), fitRow("Flask", 50, 2)],
      "Django fits best at 70 of 100, then Flask at 50.",
    ],
    [
      [fitRow("Django", 70, 1), fitRow("Flask", 50, 2), fitRow("Rails", 30, 3)],
      "Django fits best at 70 of 100, then Flask at 50; Rails fits least at 30.",
    ],
  ])("%#", (rows, words) => expect(fitSummary(rows)).toBe(words));
});

describe("contributionSummary", () => {
  const series = (criterion: "orm" | "security" | "learning", label: string) => ({
    criterion,
    label,
    dataKey: `points.${criterion}` as const,
    colour: "red",
  });
  const points = {
    orm: 20,
    security: 30,
    learning: 5,
  } as ContributionChartData["rows"][0]["points"];

  it("names the leader's two largest criteria", () => {
    const data: ContributionChartData = {
      series: [
        series("orm", "Data & ORM"),
        series("security", "Security"),
        series("learning", "Learning"),
      ],
      rows: [{ frameworkId: "django", name: "Django", fit: 55, shown: 55, points }],
      sortItems: () => 0,
    };
    expect(contributionSummary(data)).toMatch(
      /Django's fit comes mostly from Security and Data & ORM\.$/,
    );
  });

  it("says so when nothing adds points", () => {
    const data: ContributionChartData = { series: [], rows: [], sortItems: () => 0 };
    expect(contributionSummary(data)).toMatch(/No criterion adds any points\.$/);
  });
});

describe("radarSummary", () => {
  const pick = (...ids: string[]) =>
    ids.map((id) => shippedDataset.frameworks.find((f) => f.id === id)!);

  it("names the criterion with the widest spread and where they agree", () => {
    const frameworks = pick("django", "rails", "phoenix");
    const data = radarChartData(frameworks, shippedDataset.criteria);
    const summary = radarSummary(data);
    expect(summary).toMatch(/^Each spoke is a criterion scored 1 \(weak\) to 5 \(strong\)\./);
    expect(summary).toMatch(/They differ most on .+ \(Django \d, Ruby on Rails \d, Phoenix \d\)\./);
  });

  it("says when every score is the same", () => {
    const django = pick("django");
    const data: RadarChartData = radarChartData(
      [...django, { ...django[0]!, id: "twin", name: "Twin" }],
      shippedDataset.criteria,
    );
    expect(radarSummary(data)).toMatch(/They score the same on every criterion\.$/);
  });
});
