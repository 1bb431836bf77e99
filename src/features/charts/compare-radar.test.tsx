import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { shippedDataset } from "../../domain/shipped-dataset.ts";
import { giveChartsASize } from "./chart-size.test-helper.ts";
import { CompareRadar } from "./compare-radar.tsx";

const pick = (...ids: string[]) =>
  ids.map((id) => shippedDataset.frameworks.find((f) => f.id === id)!);
const { criteria } = shippedDataset;

giveChartsASize();

describe("CompareRadar", () => {
  it("captions the radar with where the frameworks differ most", () => {
    render(<CompareRadar frameworks={pick("django", "rails", "phoenix")} criteria={criteria} />);
    const figure = screen.getByRole("figure", { name: /Scores at a glance/ });
    expect(figure).toHaveTextContent(
      /differ most on .+ \(Django \d, Ruby on Rails \d, Phoenix \d\)/,
    );
  });

  it("gives every score as a table: a row per criterion, a column per framework", () => {
    const frameworks = pick("django", "phoenix");
    render(<CompareRadar frameworks={frameworks} criteria={criteria} />);
    const table = screen.getByRole("table", { name: "Scores (1 to 5) on each criterion" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((th) => th.textContent)).toEqual(["Criterion", "Django", "Phoenix"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(criteria.length);
    criteria.forEach((c, i) => {
      const cells = within(rows[i]!)
        .getAllByRole("cell")
        .map((td) => td.textContent);
      expect(within(rows[i]!).getByRole("rowheader")).toHaveTextContent(c.label);
      expect(cells).toEqual(frameworks.map((f) => String(f.scores[c.id].value)));
    });
  });

  it("draws one outline per framework with a legend in the chosen order", () => {
    const { container } = render(
      <CompareRadar frameworks={pick("phoenix", "django", "laravel")} criteria={criteria} />,
    );
    expect(container.querySelectorAll(".recharts-radar")).toHaveLength(3);
    const legend = [...container.querySelectorAll(".recharts-legend-item-text")].map(
      (item) => item.textContent,
    );
    expect(legend).toEqual(["Phoenix", "Django", "Laravel"]);
  });
});
