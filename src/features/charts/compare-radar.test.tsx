import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useAppStore } from "../../state/store.ts";
import { giveChartsASize } from "../../testing/chart-size.ts";
import { FIXTURE_DATASET, makeDataset, makeFramework } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { CompareRadar } from "./compare-radar.tsx";

const { criteria, frameworks } = FIXTURE_DATASET;
const pick = (...ids: string[]) => ids.map((id) => frameworks.find((f) => f.id === id)!);

giveChartsASize();

describe("CompareRadar", () => {
  it("captions the radar with where the frameworks differ most", () => {
    // Scores in CRITERION_IDS order: only real-time (the third) differs, 1 against 5.
    const dataset = makeDataset([
      makeFramework({
        id: "kilo",
        name: "Kilo",
        languages: ["python"],
        scores: [3, 3, 1, 3, 3, 3, 3, 3, 3],
      }),
      makeFramework({
        id: "lima",
        name: "Lima",
        languages: ["ruby"],
        scores: [3, 3, 5, 3, 3, 3, 3, 3, 3],
      }),
    ]);
    const realtime = dataset.criteria.find((c) => c.id === "realtime")!;
    renderWithData(
      <CompareRadar frameworks={dataset.frameworks} criteria={dataset.criteria} />,
      dataset,
    );
    const figure = screen.getByRole("figure", { name: /Scores at a glance/ });
    expect(figure).toHaveTextContent(`They differ most on ${realtime.label} (Kilo 1, Lima 5).`);
  });

  it("gives every score as a table: a row per criterion, a column per framework", () => {
    const chosen = pick("delta", "alpha");
    renderWithData(<CompareRadar frameworks={chosen} criteria={criteria} />);
    const table = screen.getByRole("table", {
      name: "Scores (1 to 5) on each criterion (* your own score)",
    });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((th) => th.textContent)).toEqual([
      "Criterion",
      ...chosen.map((f) => f.name),
    ]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(criteria.length);
    criteria.forEach((c, i) => {
      const cells = within(rows[i]!)
        .getAllByRole("cell")
        .map((td) => td.textContent);
      expect(within(rows[i]!).getByRole("rowheader")).toHaveTextContent(c.label);
      expect(cells).toEqual(chosen.map((f) => String(f.scores[c.id].value)));
    });
  });

  it("marks a score that is the user's own in the table", () => {
    const chosen = pick("delta", "alpha");
    useAppStore.setState({ scores: [{ framework: "alpha", criterion: "orm", value: 5 }] });
    renderWithData(<CompareRadar frameworks={chosen} criteria={criteria} />);
    const table = screen.getByRole("table", { name: /Scores \(1 to 5\)/ });
    const orm = criteria.find((c) => c.id === "orm")!;
    const row = within(table).getByRole("rowheader", { name: orm.label }).closest("tr")!;
    const [delta, alpha] = within(row).getAllByRole("cell");
    expect(alpha).toHaveTextContent("* (your own score)");
    expect(delta).not.toHaveTextContent("your own score");
    useAppStore.setState({ scores: [] });
  });

  it("draws one outline per framework with a legend in the chosen order", () => {
    const chosen = pick("echo", "alpha", "charlie");
    const { container } = renderWithData(<CompareRadar frameworks={chosen} criteria={criteria} />);
    expect(container.querySelectorAll(".recharts-radar")).toHaveLength(3);
    const legend = [...container.querySelectorAll(".recharts-legend-item-text")].map(
      (item) => item.textContent,
    );
    expect(legend).toEqual(chosen.map((f) => f.name));
  });
});
