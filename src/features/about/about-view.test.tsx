import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { HowItWorksLink } from "../../components/how-it-works-link.tsx";
import type { Dataset } from "../../domain/types.ts";
import { loadShareState, resetAppStore, setWeight, useAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET, weightsWith } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { AboutView } from "./about-view.tsx";

beforeEach(resetAppStore);

const LEVELS = ["1", "2", "3", "4", "5"] as const;

/** The fixture dataset with a distinct rubric text for every criterion and level. */
const DATASET: Dataset = {
  ...FIXTURE_DATASET,
  asOf: "2026-10-15",
  criteria: FIXTURE_DATASET.criteria.map((c) => ({
    ...c,
    rubric: {
      "1": `${c.id} evidence for one.`,
      "2": `${c.id} evidence for two.`,
      "3": `${c.id} evidence for three.`,
      "4": `${c.id} evidence for four.`,
      "5": `${c.id} evidence for five.`,
    },
  })),
};

const useWeights = (weights: ReturnType<typeof weightsWith>) =>
  loadShareState({ ...useAppStore.getState(), weights, view: "about" });

/** The worked example's table, found by its caption. */
const exampleTable = () => screen.getByRole("table", { name: /^How the fit of .+ adds up$/ });

/** The number in each criterion row's last cell, as shown. */
function shownPoints(table: HTMLElement): number[] {
  const body = within(table).getAllByRole("rowgroup")[1] as HTMLElement;
  return within(body)
    .getAllByRole("row")
    .map((row) => Number(within(row).getAllByRole("cell").at(-1)?.textContent));
}

describe("AboutView", () => {
  it("heads the view with an h2 and its parts with h3s, in order", () => {
    renderWithData(<AboutView />, DATASET);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("How the ranking works");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "The fit in words",
      "A worked example with your weights",
      "What each score means",
      "How firm the lead is",
      "Where the data comes from",
    ]);
  });

  it("shows every criterion's description and its five rubric levels", () => {
    renderWithData(<AboutView />, DATASET);
    for (const criterion of DATASET.criteria) {
      expect(screen.getByRole("heading", { level: 4, name: criterion.label })).toBeVisible();
      expect(screen.getByText(criterion.description)).toBeVisible();
      const table = screen.getByRole("table", { name: `Rubric for ${criterion.label}` });
      for (const level of LEVELS) {
        const row = within(table).getByRole("row", { name: new RegExp(`^${level} `) });
        expect(within(row).getByRole("cell")).toHaveTextContent(criterion.rubric[level]);
      }
    }
  });

  it("works the current leader's fit out row by row, and the rows add up to the fit", () => {
    // Delta leads: performance 3 (share 0.5) and data 5 (share 1), weights 5 and 5 of 10.
    useWeights(weightsWith(0, { performance: 5, orm: 5 }));
    renderWithData(<AboutView />, DATASET);
    expect(screen.getByText(/Delta ranks first for you with a fit of 75\./)).toBeVisible();
    const table = exampleTable();
    expect(table).toHaveAccessibleName("How the fit of Delta adds up");
    const performance = within(table).getByRole("row", { name: /^Performance label/ });
    expect(
      within(performance)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["5", "3", "0.50", "25.0"]);
    const points = shownPoints(table);
    expect(points).toHaveLength(DATASET.criteria.length);
    const total = within(table).getByRole("row", { name: /^Total: the fit \(shown as 75\)/ });
    expect(within(total).getByRole("cell")).toHaveTextContent("75.0");
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(75, 6);
  });

  it("follows the weights as they change", async () => {
    useWeights(weightsWith(0, { performance: 5, orm: 5 }));
    renderWithData(<AboutView />, DATASET);
    setWeight("performance", 0);
    setWeight("orm", 0);
    setWeight("learning", 5);
    expect(await screen.findByText(/Bravo ranks first for you with a fit of 100\./)).toBeVisible();
    expect(screen.getByRole("table", { name: "How the fit of Bravo adds up" })).toBeVisible();
  });

  it("explains that all-zero weights count as all ones, and the rows still sum to the fit", () => {
    useWeights(weightsWith(0));
    renderWithData(<AboutView />, DATASET);
    expect(screen.getByText(/All your weights are 0, so every weight counts as 1/)).toBeVisible();
    const table = exampleTable();
    const first = within(table).getByRole("row", { name: /^Performance label/ });
    expect(within(first).getAllByRole("cell")[0]).toHaveTextContent("1 (you set 0)");
    const shownFit = Number(
      within(within(table).getByRole("row", { name: /^Total/ })).getByRole("cell").textContent,
    );
    // Each row is rounded to one decimal, so nine rows may be off by 0.05 each.
    expect(Math.abs(shownPoints(table).reduce((a, b) => a + b, 0) - shownFit)).toBeLessThan(0.5);
  });

  it("says what the stability figure and the closest flip mean, naming the leader", () => {
    useWeights(weightsWith(0, { performance: 5, orm: 5 }));
    renderWithData(<AboutView />, DATASET);
    expect(screen.getByText(/80 of 100 such variations would still put Delta first/)).toBeVisible();
    expect(screen.getByText(/smallest change to a single weight/)).toBeVisible();
    // Alpha (runner-up at 50 by name) beats Delta (75) once Realtime weighs 3: 61.5 to 57.7.
    expect(
      screen.getByText(
        "Right now: Alpha, the runner-up, would overtake Delta if Realtime label went from 0 to 3.",
      ),
    ).toBeVisible();
  });

  it("gives the dataset's date and how to report a data error", () => {
    renderWithData(<AboutView />, DATASET);
    expect(screen.getByText("2026-10-15", { selector: "time" })).toBeVisible();
    expect(screen.getByText(/naming the\s+framework, the field/)).toBeVisible();
  });

  it("says when no framework is ranked, instead of an example", () => {
    loadShareState({ ...useAppStore.getState(), languages: ["cobol"], view: "about" });
    renderWithData(<AboutView />, DATASET);
    expect(screen.queryByRole("table", { name: /adds up/ })).not.toBeInTheDocument();
    expect(screen.getByText(/nothing to take apart/)).toBeVisible();
  });
});

describe("HowItWorksLink", () => {
  it("opens the How it works view", async () => {
    const user = userEvent.setup();
    renderWithData(<HowItWorksLink />, DATASET);
    expect(useAppStore.getState().view).not.toBe("about");
    await user.click(screen.getByRole("button", { name: "How it works" }));
    expect(useAppStore.getState().view).toBe("about");
  });
});
