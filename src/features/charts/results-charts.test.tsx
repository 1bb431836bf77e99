import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import { CRITERION_IDS, type Weights } from "../../domain/types.ts";
import { giveChartsASize } from "../../testing/chart-size.ts";
import { FIXTURE_DATASET } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { ResultsCharts } from "./results-charts.tsx";

// Every criterion but flexibility is weighted.
const weights = Object.fromEntries(
  CRITERION_IDS.map((id, i) => [id, [4, 4, 5, 3, 2, 3, 3, 3, 0][i]]),
) as Weights;
const ranking = rankFrameworks(FIXTURE_DATASET, { weights, languages: [] });
const { criteria } = FIXTURE_DATASET;
const renderCharts = () =>
  renderWithData(<ResultsCharts ranking={ranking} criteria={criteria} />, FIXTURE_DATASET);

giveChartsASize();

describe("ResultsCharts", () => {
  it("captions both charts and says who leads", () => {
    renderCharts();
    const figures = screen.getAllByRole("figure");
    expect(figures).toHaveLength(2);
    const leader = ranking.ranked[0]!;
    expect(screen.getByRole("figure", { name: /Fit by framework/ })).toHaveTextContent(
      `${leader.framework.name} fits best at ${displayFit(leader.fit)} of 100`,
    );
    expect(screen.getByRole("figure", { name: /Where each fit comes from/ })).toBeInTheDocument();
  });

  it("gives the fit chart's data as a table in rank order", () => {
    renderCharts();
    const table = screen.getByRole("table", { name: "Fit of each framework, best first" });
    const names = within(table)
      .getAllByRole("rowheader")
      .map((th) => th.textContent);
    expect(names).toEqual(ranking.ranked.map((r) => r.framework.name));
    const firstRow = within(table).getAllByRole("row")[1]!;
    expect(firstRow).toHaveTextContent(String(displayFit(ranking.ranked[0]!.fit)));
  });

  it("tabulates the contributions of the weighted criteria only", () => {
    renderCharts();
    const table = screen.getByRole("table", { name: /Points each criterion adds/ });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((th) => th.textContent);
    // Every weighted criterion has a fixture scoring above 1 on it, so each adds points.
    const weighted = criteria.filter((c) => weights[c.id] > 0).map((c) => c.label);
    expect(weighted).toHaveLength(8);
    expect(headers).toEqual(["Framework", ...weighted, "Fit"]);
  });

  it("shows and hides a data table with its disclosure button", async () => {
    const user = userEvent.setup();
    renderCharts();
    const button = screen.getByRole("button", { name: "Show data table of Fit by framework" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(button).toHaveAccessibleName("Hide data table of Fit by framework");
    expect(screen.getByRole("region", { name: "Fit by framework: data" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Fit of each framework, best first" })).toBeVisible();
  });

  it("draws one bar per framework and one stacked segment per criterion and framework", () => {
    const { container } = renderCharts();
    const [fitChart, contributionChart] = container.querySelectorAll(".chart-area");
    const count = ranking.ranked.length;
    expect(fitChart?.querySelectorAll(".recharts-bar-rectangle")).toHaveLength(count);
    const segments = contributionChart?.querySelectorAll(".recharts-bar-rectangle") ?? [];
    expect(segments.length).toBeGreaterThan(count);
    expect(contributionChart?.querySelectorAll(".recharts-legend-item")).toHaveLength(8);
  });
});
