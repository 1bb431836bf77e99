import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { compareNames, rankFrameworks } from "../../domain/scoring.ts";
import { shippedDataset } from "../../domain/shipped-dataset.ts";
import type { Framework } from "../../domain/types.ts";
import { initialAppState, resetAppStore, setSort, useAppStore } from "../../state/store.ts";
import { MatrixView } from "./matrix-view.tsx";

const { frameworks } = shippedDataset;

function table() {
  return screen.getByRole("table");
}

function rowNames(): string[] {
  return within(table())
    .getAllByRole("rowheader")
    .map((th) => th.textContent ?? "");
}

function header(name: string | RegExp): HTMLElement {
  return screen.getByRole("columnheader", { name });
}

/** Column headers that carry aria-sort, as "label:value". */
function ariaSorts(): string[] {
  return within(table())
    .getAllByRole("columnheader")
    .filter((th) => th.hasAttribute("aria-sort"))
    .map((th) => `${th.textContent?.replace(/[▲▼↕]/g, "").trim()}:${th.getAttribute("aria-sort")}`);
}

/** An independent reference order: by a numeric key descending, ties by name. */
function byDesc(key: (f: Framework) => number): string[] {
  return [...frameworks]
    .sort((a, b) => key(b) - key(a) || compareNames(a.name, b.name))
    .map((f) => f.name);
}

beforeEach(() => {
  resetAppStore();
});

describe("MatrixView", () => {
  it("shows every framework with a caption, row headers and the ranking order by fit", () => {
    render(<MatrixView />);
    expect(within(table()).getByText(/sorted by fit, highest first/)).toBeInTheDocument();
    const { weights } = initialAppState();
    const ranking = rankFrameworks(shippedDataset, { weights, languages: [] });
    expect(rowNames()).toEqual(ranking.ranked.map((r) => r.framework.name));
    expect(ariaSorts()).toEqual(["Fit:descending"]);
    expect(screen.getByRole("status")).toHaveTextContent("Showing 10 of 10 frameworks");
    expect(
      screen.getByRole("region", { name: "Framework matrix, scrolls sideways" }),
    ).toHaveAttribute("tabindex", "0");
    const performance = screen.getByRole("button", { name: "Raw performance" });
    expect(performance).toHaveAccessibleDescription(/Throughput and latency/);
  });

  it("sorts by a clicked header, toggles on a second click and writes the store", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    await user.click(screen.getByRole("button", { name: "Raw performance" }));
    expect(rowNames()).toEqual(byDesc((f) => f.scores.performance.value));
    expect(ariaSorts()).toEqual(["Raw performance:descending"]);
    expect(useAppStore.getState().sort).toEqual({ column: "performance", direction: "desc" });
    expect(within(table()).getByText(/sorted by Raw performance, highest first/)).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Raw performance" }));
    expect(ariaSorts()).toEqual(["Raw performance:ascending"]);
    const ascending = [...frameworks]
      .sort(
        (a, b) =>
          a.scores.performance.value - b.scores.performance.value || compareNames(a.name, b.name),
      )
      .map((f) => f.name);
    expect(rowNames()).toEqual(ascending);
  });

  it("sorts text columns A to Z first", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    await user.click(screen.getByRole("button", { name: "Framework" }));
    expect(rowNames()).toEqual(frameworks.map((f) => f.name).sort(compareNames));
    expect(header(/Framework/)).toHaveAttribute("aria-sort", "ascending");
    expect(header(/^Fit/)).not.toHaveAttribute("aria-sort");
  });

  it("sorts with the keyboard: Tab to a header button, Enter and Space", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    screen.getByRole("button", { name: "Raw performance" }).focus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Scalability" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(ariaSorts()).toEqual(["Scalability:descending"]);
    expect(rowNames()).toEqual(byDesc((f) => f.scores.scalability.value));
    await user.keyboard(" ");
    expect(ariaSorts()).toEqual(["Scalability:ascending"]);
    expect(useAppStore.getState().sort).toEqual({ column: "scalability", direction: "asc" });
  });

  it("opens with the store's sort (as from a link)", () => {
    setSort({ column: "languages", direction: "desc" });
    render(<MatrixView />);
    expect(ariaSorts()).toEqual(["Languages:descending"]);
    expect(rowNames()[0]).toBe("Ruby on Rails");
  });

  it("has no sort button on pros, cons and compare", () => {
    render(<MatrixView />);
    for (const name of ["Pros", "Cons", "Compare"]) {
      expect(within(header(name)).queryByRole("button")).toBeNull();
    }
  });
});

describe("MatrixView filters", () => {
  it("filters by kind and says how many are shown", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    await user.click(screen.getByRole("checkbox", { name: "Micro-framework" }));
    expect(rowNames().sort()).toEqual(["Express.js", "Flask"]);
    expect(screen.getByRole("status")).toHaveTextContent("Showing 2 of 10 frameworks");
    expect(useAppStore.getState().kinds).toEqual(["micro"]);
  });

  it("searches names, pros and cons, case-insensitively", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    const search = screen.getByRole("searchbox", { name: "Search names, pros and cons" });
    expect(search).toHaveAttribute("maxLength", "100");
    await user.type(search, "WEBSOCKET");
    const expected = frameworks
      .filter((f) =>
        [f.name, ...f.pros, ...f.cons].some((t) => t.toLowerCase().includes("websocket")),
      )
      .map((f) => f.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(rowNames().sort()).toEqual(expected.sort());
    expect(useAppStore.getState().query).toBe("WEBSOCKET");
  });

  it("replaces an empty table with a message and a way to clear the filters", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    await user.click(screen.getByRole("checkbox", { name: "Runtime" }));
    await user.type(screen.getByRole("searchbox"), "no such thing");
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("No framework matches these filters")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(rowNames()).toHaveLength(10);
    expect(useAppStore.getState()).toMatchObject({ kinds: [], query: "" });
  });

  it("hides frameworks outside the team's languages and says why", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    expect(rowNames().sort()).toEqual(["Django", "Flask"]);
    expect(screen.getByText(/8 frameworks are hidden because they are not written in Python/));
    expect(useAppStore.getState().languages).toEqual(["python"]);
  });
});

describe("MatrixView compare", () => {
  it("adds a framework with its row's toggle and shows it in the tray", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    const toggle = screen.getByRole("button", { name: "Compare Django" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(useAppStore.getState().compare).toEqual(["django"]);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("region", { name: "Chosen for compare" })).toHaveTextContent("Django");
  });

  it("disables the others once four are chosen", async () => {
    const user = userEvent.setup();
    render(<MatrixView />);
    for (const name of ["Django", "Flask", "Laravel", "Phoenix"]) {
      await user.click(screen.getByRole("button", { name: `Compare ${name}` }));
    }
    expect(screen.getByRole("button", { name: "Compare Express.js" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Compare Flask" })).toBeEnabled();
  });
});
