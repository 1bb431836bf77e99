import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { rankMovements } from "../../domain/rank-movement.ts";
import { rankFrameworks } from "../../domain/scoring.ts";
import { SCENARIO_STORAGE_KEY } from "../../state/scenario-storage.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET, weightsWith } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { ScenarioPanel } from "./scenario-panel.tsx";

const TODAY = weightsWith(0, { performance: 5 });
const LATER = weightsWith(0, { orm: 5, learning: 5 });

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

async function saveAs(user: ReturnType<typeof userEvent.setup>, name: string) {
  const input = screen.getByRole("textbox", { name: "Scenario name" });
  await user.clear(input);
  await user.type(input, `${name}{Enter}`);
}

describe("ScenarioPanel", () => {
  it("saves two weightings, shows the moves between them, reopens and deletes", async () => {
    const user = userEvent.setup();
    useAppStore.setState({ weights: TODAY });
    renderWithData(<ScenarioPanel />);
    await saveAs(user, "Today");
    expect(screen.getByText('Saved "Today".')).toBeInTheDocument();
    useAppStore.setState({ weights: LATER });
    await saveAs(user, "In two years");
    expect(JSON.parse(localStorage.getItem(SCENARIO_STORAGE_KEY) ?? "[]")).toHaveLength(2);

    await user.selectOptions(screen.getByRole("combobox", { name: "From" }), "Today");
    await user.selectOptions(screen.getByRole("combobox", { name: "To" }), "In two years");
    const list = screen.getByRole("list", { name: "Ranking for In two years, moves from Today" });
    const expected = rankMovements(
      rankFrameworks(FIXTURE_DATASET, { weights: TODAY, languages: [] }),
      rankFrameworks(FIXTURE_DATASET, { weights: LATER, languages: [] }),
    );
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(
      expected.map((m) => `${m.name} ${Math.round(m.fit)} (${m.move})`),
    );
    expect(items[0]).toHaveTextContent("new leader");

    await user.click(screen.getByRole("button", { name: "Open Today" }));
    expect(useAppStore.getState().weights).toEqual(TODAY);
    await user.click(screen.getByRole("button", { name: "Delete Today" }));
    expect(screen.queryByRole("button", { name: "Open Today" })).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SCENARIO_STORAGE_KEY) ?? "[]")).toHaveLength(1);
  });

  it("reopens what an earlier visit saved, ignoring junk", () => {
    localStorage.setItem(
      SCENARIO_STORAGE_KEY,
      JSON.stringify([{ name: "Today", weights: TODAY, languages: [] }, { name: "<b>x</b>" }]),
    );
    renderWithData(<ScenarioPanel />);
    expect(screen.getByRole("button", { name: "Open Today" })).toBeInTheDocument();
    expect(screen.getByText(/could not be read and were left out/)).toBeInTheDocument();
  });

  it("works without saving when storage throws, and says so once", async () => {
    const quota = Object.assign(new Error("full"), { name: "QuotaExceededError" });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quota;
    });
    const user = userEvent.setup();
    renderWithData(<ScenarioPanel />);
    await saveAs(user, "Today");
    await saveAs(user, "Later");
    expect(screen.getAllByText(/storage is full/)).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Open Today" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Open Later" })).toBeInTheDocument();
  });

  it("keeps a name as plain text and refuses an empty one", async () => {
    const user = userEvent.setup();
    renderWithData(<ScenarioPanel />);
    await saveAs(user, "   ");
    expect(screen.getByText(/plain text of 1 to 40 characters/)).toBeInTheDocument();
    await saveAs(user, "<img src=x>");
    expect(screen.getByRole("button", { name: "Open <img src=x>" })).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });
});
