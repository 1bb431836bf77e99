import { describe, expect, it } from "vitest";
import type { CriterionId } from "../../domain/types.ts";
import { FIXTURE_DATASET, makeDataset, makeFramework } from "../../testing/fixtures.ts";
import type { ContributionChartData, FitDatum, RadarChartData } from "./chart-data.ts";
import { radarChartData } from "./chart-data.ts";
import { contributionSummary, fitSummary, radarSummary } from "./chart-summary.ts";

const fitRow = (name: string, shown: number, rank: number): FitDatum => ({
  frameworkId: name.toLowerCase(),
  name,
  rank,
  fit: shown,
  shown,
});

describe("fitSummary", () => {
  it.each([
    [[], "No framework is ranked."],
    [[fitRow("Alpha", 70, 1)], "Only Alpha is ranked, at 70 of 100."],
    [
      [fitRow("Alpha", 70, 1), fitRow("Bravo", 50, 2)],
      "Alpha fits best at 70 of 100, then Bravo at 50.",
    ],
    [
      [fitRow("Alpha", 70, 1), fitRow("Bravo", 50, 2), fitRow("Charlie", 30, 3)],
      "Alpha fits best at 70 of 100, then Bravo at 50; Charlie fits least at 30.",
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
      rows: [{ frameworkId: "alpha", name: "Alpha", fit: 55, shown: 55, points }],
      sortItems: () => 0,
    };
    expect(contributionSummary(data)).toMatch(
      /Alpha's fit comes mostly from Security and Data & ORM\.$/,
    );
  });

  it("says so when nothing adds points", () => {
    const data: ContributionChartData = { series: [], rows: [], sortItems: () => 0 };
    expect(contributionSummary(data)).toMatch(/No criterion adds any points\.$/);
  });
});

describe("radarSummary", () => {
  const label = (id: CriterionId) => FIXTURE_DATASET.criteria.find((c) => c.id === id)?.label;

  // Scores in CRITERION_IDS order: performance 5 / 1 / 3 is the widest spread (4);
  // scalability, realtime and orm are equal for all; the rest differ by 1.
  const dataset = makeDataset([
    makeFramework({
      id: "kilo",
      name: "Kilo",
      languages: ["python"],
      scores: [5, 3, 3, 3, 1, 1, 1, 1, 1],
    }),
    makeFramework({
      id: "lima",
      name: "Lima",
      languages: ["ruby"],
      scores: [1, 3, 3, 3, 2, 2, 2, 2, 2],
    }),
    makeFramework({
      id: "mike",
      name: "Mike",
      languages: ["java"],
      scores: [3, 3, 3, 3, 2, 1, 2, 1, 2],
    }),
  ]);

  it("names the criterion with the widest spread, with each framework's score", () => {
    const summary = radarSummary(radarChartData(dataset.frameworks, dataset.criteria));
    expect(summary).toMatch(/^Each spoke is a criterion scored 1 \(weak\) to 5 \(strong\)\./);
    expect(summary).toContain(
      `They differ most on ${label("performance")} (Kilo 5, Lima 1, Mike 3).`,
    );
  });

  it("lists the criteria where they agree as a sentence does", () => {
    const summary = radarSummary(radarChartData(dataset.frameworks, dataset.criteria));
    expect(summary).toMatch(
      new RegExp(
        ` They score the same on ${label("scalability")}, ${label("realtime")}, and ${label("orm")}\\.$`,
      ),
    );
  });

  it("says when every score is the same", () => {
    const [first] = FIXTURE_DATASET.frameworks;
    const data: RadarChartData = radarChartData(
      [first!, { ...first!, id: "twin", name: "Twin" }],
      FIXTURE_DATASET.criteria,
    );
    expect(radarSummary(data)).toMatch(/They score the same on every criterion\.$/);
  });

  it("only explains the scale for a single framework", () => {
    const [first] = FIXTURE_DATASET.frameworks;
    const data = radarChartData([first!], FIXTURE_DATASET.criteria);
    expect(radarSummary(data)).toBe("Each spoke is a criterion scored 1 (weak) to 5 (strong).");
  });
});
