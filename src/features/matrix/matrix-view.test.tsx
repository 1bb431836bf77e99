import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KIND_LABELS, languageName } from "../../domain/catalogue.ts";
import { compareNames, rankFrameworks } from "../../domain/scoring.ts";
import type { CriterionId, Dataset, Framework } from "../../domain/types.ts";
import {
  initialAppState,
  resetAppStore,
  setDetail,
  setSearch,
  setSort,
  useAppStore,
} from "../../state/store.ts";
import {
  FIXTURE_DATASET,
  makeDataset,
  makeFramework,
  NEWCOMER_SPEC,
  withFramework,
} from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { MatrixView } from "./matrix-view.tsx";

const { frameworks, criteria } = FIXTURE_DATASET;

function criterion(id: CriterionId) {
  const found = criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found;
}

function table() {
  return screen.getByRole("table");
}

function rowNames(): string[] {
  return within(table())
    .getAllByRole("rowheader")
    .map((th) => th.textContent ?? "");
}

/** The table row of the framework with this name. */
function rowOf(name: string): HTMLElement {
  const row = within(table()).getByRole("rowheader", { name }).closest("tr");
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** The row below a framework's scores: what matched, its pros and cons, its Compare toggle. */
function notesOf(name: string): HTMLElement {
  const notes = rowOf(name).nextElementSibling;
  if (!(notes instanceof HTMLElement)) throw new Error(`no notes for ${name}`);
  return notes;
}

function header(name: string | RegExp): HTMLElement {
  return screen.getByRole("columnheader", { name });
}

/** The cell of a framework's row under the column of this header text. */
function cellOf(name: string, column: string): HTMLElement {
  const headers = within(table()).getAllByRole("columnheader");
  const index = headers.findIndex((th) => th.textContent?.replace(/[▲▼↕]/g, "").trim() === column);
  // The first column holds the row headers, so data cells start one column later.
  const cell = within(rowOf(name)).getAllByRole("cell")[index - 1];
  if (index < 1 || !cell) throw new Error(`no ${column} cell for ${name}`);
  return cell;
}

/** Column headers that carry aria-sort, as "label:value". */
function ariaSorts(): string[] {
  return within(table())
    .getAllByRole("columnheader")
    .filter((th) => th.hasAttribute("aria-sort"))
    .map((th) => `${th.textContent?.replace(/[▲▼↕]/g, "").trim()}:${th.getAttribute("aria-sort")}`);
}

/** An independent reference order of a dataset: by a criterion's score, ties by name A to Z. */
function byScore(dataset: Dataset, id: CriterionId, direction: "asc" | "desc"): string[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...dataset.frameworks]
    .sort(
      (a, b) => sign * (a.scores[id].value - b.scores[id].value) || compareNames(a.name, b.name),
    )
    .map((f) => f.name);
}

const namesOf = (list: readonly Framework[]) => list.map((f) => f.name).sort(compareNames);

beforeEach(() => {
  resetAppStore();
});

describe("MatrixView", () => {
  it("shows every framework with a caption, row headers and the ranking order by fit", () => {
    renderWithData(<MatrixView />);
    expect(within(table()).getByText(/sorted by fit, highest first/)).toBeInTheDocument();
    const { weights } = initialAppState();
    const ranking = rankFrameworks(FIXTURE_DATASET, { weights, languages: [] });
    expect(rowNames()).toEqual(ranking.ranked.map((r) => r.framework.name));
    expect(ariaSorts()).toEqual(["Fit:descending"]);
    const count = frameworks.length;
    expect(screen.getByRole("status")).toHaveTextContent(`Showing ${count} of ${count} frameworks`);
    expect(screen.getByRole("region", { name: "Framework matrix" })).toHaveAttribute(
      "tabindex",
      "0",
    );
  });

  it("names the score columns by the dataset's criteria, with their descriptions", () => {
    renderWithData(<MatrixView />);
    for (const c of criteria) {
      expect(screen.getByRole("button", { name: c.label })).toHaveAccessibleDescription(
        c.description,
      );
    }
  });

  it("sorts by a clicked header, toggles on a second click and writes the store", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    const { label } = criterion("performance");
    await user.click(screen.getByRole("button", { name: label }));
    expect(rowNames()).toEqual(byScore(FIXTURE_DATASET, "performance", "desc"));
    expect(ariaSorts()).toEqual([`${label}:descending`]);
    expect(useAppStore.getState().sort).toEqual({ column: "performance", direction: "desc" });
    expect(
      within(table()).getByText(`sorted by ${label}, highest first`, { exact: false }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: label }));
    expect(ariaSorts()).toEqual([`${label}:ascending`]);
    expect(rowNames()).toEqual(byScore(FIXTURE_DATASET, "performance", "asc"));
    expect(
      within(table()).getByText(`sorted by ${label}, lowest first`, { exact: false }),
    ).toBeInTheDocument();
  });

  it("sorts text columns A to Z first", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    await user.click(screen.getByRole("button", { name: "Framework" }));
    expect(rowNames()).toEqual(namesOf(frameworks));
    expect(header(/Framework/)).toHaveAttribute("aria-sort", "ascending");
    expect(header(/^Fit/)).not.toHaveAttribute("aria-sort");
  });

  it("sorts with the keyboard: Tab to a header button, Enter and Space", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    const scalability = criterion("scalability").label;
    screen.getByRole("button", { name: criterion("performance").label }).focus();
    await user.tab();
    expect(screen.getByRole("button", { name: scalability })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(ariaSorts()).toEqual([`${scalability}:descending`]);
    expect(rowNames()).toEqual(byScore(FIXTURE_DATASET, "scalability", "desc"));
    await user.keyboard(" ");
    expect(ariaSorts()).toEqual([`${scalability}:ascending`]);
    expect(useAppStore.getState().sort).toEqual({ column: "scalability", direction: "asc" });
  });

  it("opens with the store's sort (as from a link): by primary language, Z to A", () => {
    setSort({ column: "languages", direction: "desc" });
    renderWithData(<MatrixView />);
    expect(ariaSorts()).toEqual(["Languages:descending"]);
    const primary = (f: Framework) => languageName(FIXTURE_DATASET, f.languages[0] ?? "");
    const expected = [...frameworks]
      .sort((a, b) => compareNames(primary(b), primary(a)) || compareNames(a.name, b.name))
      .map((f) => f.name);
    expect(rowNames()).toEqual(expected);
    expect(within(table()).getByText(/sorted by primary language, Z to A/)).toBeInTheDocument();
  });

  it("shows each framework's languages by name and its kind in words", () => {
    renderWithData(<MatrixView />);
    for (const f of frameworks) {
      const names = f.languages.map((id) => languageName(FIXTURE_DATASET, id)).join(", ");
      expect(cellOf(f.name, "Languages")).toHaveTextContent(names);
      expect(cellOf(f.name, "Kind")).toHaveTextContent(KIND_LABELS[f.kind]);
    }
  });

  it("has columns for the scores alone: pros, cons and Compare sit below them", () => {
    renderWithData(<MatrixView />);
    const names = within(table())
      .getAllByRole("columnheader")
      .map((th) => th.textContent?.replace(/[▲▼↕]/g, "").trim());
    expect(names).toEqual([
      "Framework",
      "Fit",
      ...criteria.map((c) => c.label),
      "Languages",
      "Kind",
    ]);
  });
});

describe("MatrixView pros and cons", () => {
  const pros = ["Pro one.", "Pro two.", "Pro three.", "Pro four.", "Pro five."];
  const cons = ["Con one.", "Con two.", "Con three.", "Con four."];
  const dataset = makeDataset([
    makeFramework({ id: "wordy", name: "Wordy", languages: ["python"], scores: [], pros, cons }),
  ]);

  /** The items of the list labelled "Pros" or "Cons" in the row below the framework's scores. */
  function listOf(kind: "Pros" | "Cons"): string[] {
    const notes = rowOf("Wordy").nextElementSibling as HTMLElement;
    return within(within(notes).getByRole("list", { name: kind }))
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
  }

  it("shows the first three of each in full below the scores, and how many more there are", () => {
    renderWithData(<MatrixView />, dataset);
    expect(listOf("Pros")).toEqual(pros.slice(0, 3));
    expect(listOf("Cons")).toEqual(cons.slice(0, 3));
    expect(screen.getByText("and 2 more pros")).toBeInTheDocument();
    expect(screen.getByText("and 1 more con")).toBeInTheDocument();
  });

  it("shows every one with 'Full pros and cons', which goes into the link's state", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />, dataset);
    await user.click(screen.getByRole("checkbox", { name: "Full pros and cons" }));
    expect(useAppStore.getState().detail).toBe("full");
    expect(listOf("Pros")).toEqual(pros);
    expect(listOf("Cons")).toEqual(cons);
    expect(screen.queryByText(/more pros/)).toBeNull();
  });

  it("opens with the full lists when the link says so", () => {
    setDetail("full");
    renderWithData(<MatrixView />, dataset);
    expect(screen.getByRole("checkbox", { name: "Full pros and cons" })).toBeChecked();
    expect(listOf("Pros")).toEqual(pros);
  });

  it("names the framework the notes belong to for screen readers", () => {
    renderWithData(<MatrixView />, dataset);
    const notes = rowOf("Wordy").nextElementSibling?.querySelector("td");
    const header = rowOf("Wordy").querySelector("th");
    expect(notes?.getAttribute("headers")).toBe(header?.id);
  });
});

describe("MatrixView filters", () => {
  it("filters by kind and says how many are shown", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    await user.click(screen.getByRole("checkbox", { name: KIND_LABELS.micro }));
    const micro = frameworks.filter((f) => f.kind === "micro");
    expect(micro.length).toBeGreaterThan(0);
    expect(rowNames().sort(compareNames)).toEqual(namesOf(micro));
    expect(screen.getByRole("status")).toHaveTextContent(
      `Showing ${micro.length} of ${frameworks.length} frameworks`,
    );
    expect(useAppStore.getState().kinds).toEqual(["micro"]);
  });

  it("searches names, pros and cons, case-insensitively", async () => {
    const dataset = makeDataset([
      makeFramework({
        id: "socket-pro",
        name: "Socket Pro",
        languages: ["python"],
        scores: [],
        pros: ["Native WebSockets.", "Small.", "Fast.", "Typed."],
      }),
      makeFramework({
        id: "socket-con",
        name: "Socket Con",
        languages: ["ruby"],
        scores: [],
        cons: ["No websocket support.", "Slow.", "Old."],
      }),
      makeFramework({ id: "plain", name: "Plain", languages: ["java"], scores: [] }),
    ]);
    const user = userEvent.setup();
    renderWithData(<MatrixView />, dataset);
    const search = screen.getByRole("searchbox", { name: "Search names, criteria, pros and cons" });
    expect(search).toHaveAttribute("maxLength", "100");
    await user.type(search, "WEBSOCKET");
    expect(rowNames().sort(compareNames)).toEqual(["Socket Con", "Socket Pro"]);
    expect(screen.getByRole("status")).toHaveTextContent("Showing 2 of 3 frameworks");
    expect(useAppStore.getState().search).toBe("WEBSOCKET");
    expect(notesOf("Socket Pro")).toHaveTextContent("Matched: pros");
    expect(notesOf("Socket Con")).toHaveTextContent("Matched: cons");
    const marks = within(notesOf("Socket Pro")).getAllByText("WebSocket", { selector: "mark" });
    expect(marks).toHaveLength(1);
    await user.clear(search);
    await user.type(search, "plain");
    expect(rowNames()).toEqual(["Plain"]);
  });

  it("finds frameworks strong in a criterion the search names, and says so", () => {
    const dataset = makeDataset([
      makeFramework({ id: "live", name: "Live", languages: ["python"], scores: [1, 1, 5] }),
      makeFramework({ id: "fair", name: "Fair", languages: ["ruby"], scores: [1, 1, 4] }),
      makeFramework({ id: "dull", name: "Dull", languages: ["java"], scores: [5, 5, 3] }),
    ]);
    setSearch("real-time");
    renderWithData(<MatrixView />, dataset);
    expect(rowNames()).toEqual(["Live", "Fair"]);
    expect(notesOf("Live")).toHaveTextContent("Matched: Realtime label 5/5");
    expect(notesOf("Fair")).toHaveTextContent("Matched: Realtime label 4/5");
    expect(screen.getByRole("searchbox")).toHaveAccessibleDescription(
      "Finds frameworks scoring 4 or 5 on Realtime label, and the words in their text.",
    );
  });

  it("replaces an empty table with a message and a way to clear the filters", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    await user.click(screen.getByRole("checkbox", { name: KIND_LABELS.runtime }));
    await user.type(screen.getByRole("searchbox"), "no such thing");
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("No framework matches these filters")).toBeInTheDocument();
    expect(screen.getByText("(search “no such thing”).", { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(rowNames()).toHaveLength(frameworks.length);
    expect(useAppStore.getState()).toMatchObject({ kinds: [], search: "" });
  });

  it("offers every language of the dataset as a filter", () => {
    renderWithData(<MatrixView />);
    const group = screen.getByRole("group", { name: /Languages your team can use/ });
    expect(
      within(group)
        .getAllByRole("checkbox")
        .map((box) => box.closest("label")?.textContent),
    ).toEqual(FIXTURE_DATASET.languages.map((l) => l.name));
  });

  it("hides frameworks outside the team's languages and says why", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    const python = frameworks.filter((f) => f.languages.includes("python"));
    const hidden = frameworks.length - python.length;
    expect(hidden).toBeGreaterThan(1);
    expect(rowNames().sort(compareNames)).toEqual(namesOf(python));
    expect(
      screen.getByText(`${hidden} frameworks are hidden because they are not written in Python`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().languages).toEqual(["python"]);
  });
});

describe("MatrixView compare", () => {
  it("adds a framework with its row's toggle and shows it in the tray", async () => {
    const user = userEvent.setup();
    const chosen = frameworks[0]!;
    renderWithData(<MatrixView />);
    const toggle = screen.getByRole("button", { name: `Compare ${chosen.name}` });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(useAppStore.getState().compare).toEqual([chosen.id]);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("region", { name: "Chosen for compare" })).toHaveTextContent(
      chosen.name,
    );
  });

  it("disables the others once four are chosen", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    const [first, second, third, fourth, fifth] = frameworks.map((f) => f.name);
    for (const name of [first, second, third, fourth]) {
      await user.click(screen.getByRole("button", { name: `Compare ${name}` }));
    }
    expect(screen.getByRole("button", { name: `Compare ${fifth}` })).toBeDisabled();
    expect(screen.getByRole("button", { name: `Compare ${second}` })).toBeEnabled();
  });
});

describe("MatrixView with a framework added by data alone", () => {
  const dataset = withFramework(FIXTURE_DATASET, NEWCOMER_SPEC);
  const newcomer = NEWCOMER_SPEC.name;

  it("shows the newcomer as a row, with its new language by name", () => {
    renderWithData(<MatrixView />, dataset);
    expect(rowNames()).toContain(newcomer);
    expect(rowNames()).toHaveLength(FIXTURE_DATASET.frameworks.length + 1);
    expect(cellOf(newcomer, "Languages")).toHaveTextContent(/^Gleam$/);
    const count = dataset.frameworks.length;
    expect(screen.getByRole("status")).toHaveTextContent(`Showing ${count} of ${count} frameworks`);
  });

  it("offers the new language in the filter, and ticking it leaves only the newcomer", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />, dataset);
    await user.click(screen.getByRole("checkbox", { name: "Gleam" }));
    expect(rowNames()).toEqual([newcomer]);
    expect(useAppStore.getState().languages).toEqual(["gleam"]);
    expect(
      screen.getByText(/frameworks are hidden because they are not written in Gleam/),
    ).toBeInTheDocument();
  });

  it("places the newcomer by its score when sorted by a criterion", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />, dataset);
    const orm = criterion("orm");
    const score = dataset.frameworks.find((f) => f.id === NEWCOMER_SPEC.id)!.scores.orm.value;
    await user.click(screen.getByRole("button", { name: orm.label }));
    expect(rowNames()).toEqual(byScore(dataset, "orm", "desc"));
    const higher = dataset.frameworks.filter((f) => f.scores.orm.value > score).length;
    const lower = dataset.frameworks.filter((f) => f.scores.orm.value < score).length;
    // Its score sits strictly inside the others', so its place is neither first nor last.
    expect(higher).toBeGreaterThan(0);
    expect(lower).toBeGreaterThan(0);
    expect(rowNames().indexOf(newcomer)).toBe(higher);
    expect(cellOf(newcomer, orm.label)).toHaveTextContent(`${score} of 5`);
  });
});

describe("MatrixView and your own scores", () => {
  it("marks your own score and says what the dataset says", () => {
    useAppStore.setState({ scores: [{ framework: "alpha", criterion: "orm", value: 5 }] });
    renderWithData(<MatrixView />);
    const alphaRow = rowOf("Alpha");
    expect(alphaRow).toHaveTextContent("5* of 5, your score; the dataset says 1");
    expect(rowOf("Bravo")).not.toHaveTextContent("your score");
  });

  it("offers a select per score while 'Set my own scores' is ticked", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    expect(screen.queryByRole("combobox", { name: /Your score for Alpha/ })).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: "Set my own scores" }));
    const select = screen.getByRole("combobox", {
      name: `Your score for Alpha on ${criterion("realtime").label}`,
    });
    await user.selectOptions(select, "Mine: 1");
    expect(useAppStore.getState().scores).toEqual([
      { framework: "alpha", criterion: "realtime", value: 1 },
    ]);
  });
});

describe("MatrixView on a phone", () => {
  let narrow = true;
  beforeEach(() => {
    narrow = true;
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: narrow && query.includes("max-width"),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function cardNames(): string[] {
    const list = screen.getByRole("list", { name: /sorted by/ });
    return within(list)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent ?? "");
  }

  it("shows a card per framework, in the ranking order, with headed lists of pros and cons", () => {
    renderWithData(<MatrixView />);
    expect(screen.queryByRole("table")).toBeNull();
    const { weights } = initialAppState();
    const ranking = rankFrameworks(FIXTURE_DATASET, { weights, languages: [] });
    expect(cardNames()).toEqual(ranking.ranked.map((r) => r.framework.name));
    const first = screen.getByRole("article", { name: ranking.ranked[0]?.framework.name ?? "" });
    expect(within(first).getByRole("heading", { level: 4, name: "Pros" })).toBeInTheDocument();
    expect(within(first).getByRole("list", { name: "Cons" })).toBeInTheDocument();
    for (const c of criteria) expect(within(first).getByText(c.label)).toBeInTheDocument();
    expect(within(first).getByRole("button", { name: /^Compare/ })).toBeInTheDocument();
  });

  it("sorts with the select, written to the store like a header click", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    const { label } = criterion("performance");
    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), label);
    expect(useAppStore.getState().sort).toEqual({ column: "performance", direction: "desc" });
    expect(cardNames()).toEqual(byScore(FIXTURE_DATASET, "performance", "desc"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Order" }), "Lowest first");
    expect(cardNames()).toEqual(byScore(FIXTURE_DATASET, "performance", "asc"));
  });
});

describe("MatrixView CSV download", () => {
  const blobs: Blob[] = [];
  const files: string[] = [];
  beforeEach(() => {
    blobs.length = 0;
    files.length = 0;
    vi.stubGlobal("URL", {
      ...URL,
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return "blob:matrix";
      },
      revokeObjectURL: () => {},
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      files.push(this.download);
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("downloads the rows shown, in the order shown, as CSV", async () => {
    const user = userEvent.setup();
    renderWithData(<MatrixView />);
    await user.click(screen.getByRole("button", { name: "Framework" }));
    await user.click(screen.getByRole("checkbox", { name: KIND_LABELS["full-stack"] }));
    await user.click(screen.getByRole("button", { name: "Download CSV" }));
    expect(files).toEqual(["framework-fit-matrix.csv"]);
    const text = await blobs[0]?.text();
    const lines = (text ?? "").replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      [
        "Framework",
        "Fit",
        ...criteria.map((c) => c.label),
        "Languages",
        "Kind",
        "Pros",
        "Cons",
      ].join(","),
    );
    const shown = rowNames();
    expect(shown.length).toBeGreaterThan(1);
    expect(lines.slice(1, -1).map((line) => line.split(",")[0])).toEqual(shown);
  });
});
