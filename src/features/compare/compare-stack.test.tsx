import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CRITERION_IDS } from "../../domain/types.ts";
import { loadShareState, resetAppStore, useAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET, makeDataset, makeFramework } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { CompareView } from "./compare-view.tsx";

/** A phone-sized window: every media query of the app's phone width matches. */
function phoneWindow() {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: query.includes("max-width"),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

beforeEach(() => {
  resetAppStore();
  phoneWindow();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const renderRadar = () => null;
const choose = (...ids: string[]) =>
  loadShareState({ ...useAppStore.getState(), view: "compare", compare: ids });
/** The cells of a row: a list labelled by the row's label, one named cell per framework. */
const cellsOf = (label: string | RegExp) =>
  within(screen.getByRole("list", { name: label })).getAllByRole("listitem", {
    name: (_, el) => el.classList.contains("stack-cell"),
  });

describe("Compare on a phone", () => {
  it("stacks the rows with each framework's cell named, and no table", () => {
    const names = FIXTURE_DATASET.frameworks.slice(0, 4).map((f) => f.name);
    choose(...FIXTURE_DATASET.frameworks.slice(0, 4).map((f) => f.id));
    renderWithData(<CompareView renderRadar={renderRadar} />);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("side by side");
    for (const label of ["Fit (0–100)", "License", "Pros", "Cons"]) {
      expect(cellsOf(label).map((cell) => cell.querySelector(".stack-name")?.textContent)).toEqual(
        names,
      );
    }
    expect(screen.queryByText(/Scroll the table sideways/)).not.toBeInTheDocument();
  });

  it("marks the best score and folds each score's reason and sources", async () => {
    const user = userEvent.setup();
    const dataset = makeDataset([
      makeFramework({
        id: "slowpoke",
        name: "Slowpoke",
        languages: ["python"],
        scores: [3, 3, 2, 3, 3, 3, 3, 3, 3],
      }),
      makeFramework({
        id: "quickstep",
        name: "Quickstep",
        languages: ["ruby"],
        scores: [3, 3, 5, 3, 3, 3, 3, 3, 3],
      }),
    ]);
    const realtime = dataset.criteria[CRITERION_IDS.indexOf("realtime")]!;
    choose("slowpoke", "quickstep");
    renderWithData(<CompareView renderRadar={renderRadar} />, dataset);
    const [slow, quick] = cellsOf(realtime.label);
    expect(slow).toHaveTextContent("2/5");
    expect(slow).not.toHaveClass("best");
    expect(quick).toHaveTextContent("5/5");
    expect(quick).toHaveClass("best");
    expect(within(quick!).getByText("Best")).toBeInTheDocument();
    const why = within(quick!).getByText("Why 5/5");
    const source = within(quick!).getByRole("link", { name: "Test fixture", hidden: true });
    expect(source).not.toBeVisible();
    await user.click(why);
    expect(source).toBeVisible();
  });

  it("hides the rows that are the same on request", async () => {
    const user = userEvent.setup();
    const [a, b] = FIXTURE_DATASET.frameworks.filter((f) => f.kind === "full-stack");
    choose(a!.id, b!.id);
    renderWithData(<CompareView renderRadar={renderRadar} />);
    expect(screen.getByRole("list", { name: /^Kind/ })).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Show only differences" }));
    expect(screen.queryByRole("list", { name: /^Kind/ })).not.toBeInTheDocument();
    expect(screen.getByRole("list", { name: /^Languages/ })).toBeInTheDocument();
  });
});
