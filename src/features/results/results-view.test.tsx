import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import { shippedDataset } from "../../domain/shipped-dataset.ts";
import type { Weights } from "../../domain/types.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { ResultsView } from "./results-view.tsx";

beforeEach(resetAppStore);

const rankingItems = () =>
  within(screen.getByRole("list", { name: "Ranking" })).getAllByRole("listitem", {
    name: (_, element) => element.parentElement?.getAttribute("aria-label") === "Ranking",
  });
const rankedNames = () =>
  rankingItems().map((li) => within(li).getByRole("heading", { level: 3 }).textContent);
const expectedOrder = (weights: Weights, languages: string[] = []) =>
  rankFrameworks(shippedDataset, {
    weights,
    languages: languages as never,
  }).ranked.map((r) => r.framework.name);

describe("ResultsView", () => {
  it("ranks every framework with its fit, best first", () => {
    render(<ResultsView />);
    const { weights } = useAppStore.getState();
    const ranked = rankFrameworks(shippedDataset, { weights, languages: [] }).ranked;
    const items = rankingItems();
    expect(items).toHaveLength(shippedDataset.frameworks.length);
    ranked.forEach((r, i) => {
      expect(items[i]).toHaveTextContent(r.framework.name);
      expect(items[i]).toHaveTextContent(`${displayFit(r.fit)} / 100 fit`);
    });
  });

  it("re-ranks live when a weight slider moves", () => {
    render(<ResultsView />);
    const before = rankedNames();
    const slider = screen.getByRole("slider", { name: /Real-time/ });
    fireEvent.change(slider, { target: { value: "5" } });
    fireEvent.change(screen.getByRole("slider", { name: /Raw performance/ }), {
      target: { value: "5" },
    });
    const { weights } = useAppStore.getState();
    expect(weights.realtime).toBe(5);
    expect(rankedNames()).toEqual(expectedOrder(weights));
    expect(rankedNames()).not.toEqual(before);
    expect(slider).toHaveAttribute("aria-valuetext", "Real-time: critical, 5 of 5");
  });

  it("lists the frameworks a language filter leaves out, with the reason", async () => {
    const user = userEvent.setup();
    render(<ResultsView />);
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    expect(rankedNames()).toEqual(
      ["Django", "Flask"].sort((a, b) => {
        const order = expectedOrder(useAppStore.getState().weights, ["python"]);
        return order.indexOf(a) - order.indexOf(b);
      }),
    );
    const excluded = screen.getByRole("list", { name: "Excluded" });
    expect(within(excluded).getAllByRole("listitem")).toHaveLength(8);
    expect(excluded).toHaveTextContent(/Rails: not written in Python/);
  });

  it("says how firm the lead is and what would flip it", () => {
    render(<ResultsView />);
    const leader = expectedOrder(useAppStore.getState().weights)[0];
    expect(screen.getByRole("heading", { name: `${leader} fits best` })).toBeVisible();
    expect(screen.getByText(/First in \d+% of nearby weightings/)).toBeVisible();
    expect(screen.getByText(/would overtake if|No change to a single weight/)).toBeVisible();
  });

  it("collects frameworks to compare, up to four", async () => {
    const user = userEvent.setup();
    render(<ResultsView />);
    for (const name of ["Django", "Flask", "Phoenix", "Laravel"]) {
      await user.click(screen.getByRole("button", { name: `Compare ${name}` }));
    }
    expect(useAppStore.getState().compare).toEqual(["django", "flask", "phoenix", "laravel"]);
    expect(screen.getByRole("button", { name: "Compare Ruby on Rails" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Compare side by side" }));
    expect(useAppStore.getState().view).toBe("compare");
  });
});
