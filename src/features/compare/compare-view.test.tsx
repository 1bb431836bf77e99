import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { KIND_LABELS } from "../../domain/catalogue.ts";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import { CRITERION_IDS, type Criterion, type Dataset, type Framework } from "../../domain/types.ts";
import { initialAppState, loadShareState, resetAppStore, useAppStore } from "../../state/store.ts";
import {
  FIXTURE_DATASET,
  makeDataset,
  makeFramework,
  NEWCOMER_SPEC,
  withFramework,
} from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { CompareView } from "./compare-view.tsx";

const renderRadar = vi.fn((frameworks: readonly Framework[], _: readonly Criterion[]) => (
  <p>Radar of {frameworks.map((f) => f.name).join(", ")}</p>
));

beforeEach(() => {
  resetAppStore();
  renderRadar.mockClear();
});

const { frameworks } = FIXTURE_DATASET;
const names = frameworks.map((f) => f.name);

const renderView = (dataset: Dataset = FIXTURE_DATASET) =>
  renderWithData(<CompareView renderRadar={renderRadar} />, dataset);
const choose = (...ids: string[]) =>
  loadShareState({ ...useAppStore.getState(), view: "compare", compare: ids });
const columnNames = () =>
  within(screen.getByRole("table"))
    .getAllByRole("columnheader")
    .map((th) => th.querySelector(".column-name")?.textContent);

/** The table row labelled `label`; its header may add the weight or "Same for all". */
function rowOf(label: string): HTMLElement {
  const matches = within(screen.getByRole("table"))
    .getAllByRole("rowheader")
    .filter((th) => {
      const text = th.textContent ?? "";
      const rest = text.startsWith(label) ? text.slice(label.length) : null;
      return rest === "" || rest?.startsWith("Your weight") || rest?.startsWith("Same for all");
    });
  const row = matches.length === 1 ? matches[0]?.closest("tr") : null;
  if (!row) throw new Error(`expected one row "${label}", found ${matches.length}`);
  return row;
}

/** The cells of a row, one per chosen framework, in column order. */
const cellsOf = (label: string) => within(rowOf(label)).getAllByRole("cell");

describe("CompareView", () => {
  it("explains how to choose when nothing is chosen, with no table", () => {
    renderView();
    expect(screen.getByRole("heading", { name: "Nothing to compare yet" })).toBeInTheDocument();
    expect(screen.getByText(/use the Compare buttons in the Results or Matrix view/)).toBeVisible();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(renderRadar).not.toHaveBeenCalled();
  });

  it("offers every framework of the dataset in the picker", () => {
    renderView();
    const picker = screen.getByRole("group", { name: "Frameworks to compare" });
    expect(
      within(picker)
        .getAllByRole("checkbox")
        .map((box) => box.closest("label")?.textContent),
    ).toEqual(names);
  });

  it("asks for one more when one is chosen", async () => {
    const user = userEvent.setup();
    const first = names[0]!;
    renderView();
    await user.click(screen.getByRole("checkbox", { name: first }));
    expect(
      screen.getByRole("heading", { name: `Choose one more to compare with ${first}` }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("adds frameworks with the picker and shows them as columns, in the order chosen", async () => {
    const user = userEvent.setup();
    const [a, b, c] = frameworks;
    renderView();
    await user.click(screen.getByRole("checkbox", { name: c!.name }));
    await user.click(screen.getByRole("checkbox", { name: a!.name }));
    expect(useAppStore.getState().compare).toEqual([c!.id, a!.id]);
    expect(
      screen.getByRole("table", { name: `${c!.name} and ${a!.name} side by side` }),
    ).toBeVisible();
    expect(columnNames()).toEqual([c!.name, a!.name]);
    expect(screen.getByText(`Radar of ${c!.name}, ${a!.name}`)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("2 of 4 chosen.");
    await user.click(screen.getByRole("checkbox", { name: b!.name }));
    expect(
      screen.getByRole("table", {
        name: `${c!.name}, ${a!.name}, and ${b!.name} side by side`,
      }),
    ).toBeVisible();
  });

  it("allows at most four: the other checkboxes are disabled until one is removed", async () => {
    const user = userEvent.setup();
    const [a, b, c, d, e] = frameworks;
    choose(a!.id, b!.id, c!.id, d!.id);
    renderView();
    expect(screen.getByRole("status")).toHaveTextContent(
      "4 of 4 chosen: remove one to add another.",
    );
    const fifth = screen.getByRole("checkbox", { name: e!.name });
    expect(fifth).toBeDisabled();
    await user.click(fifth);
    expect(useAppStore.getState().compare).toHaveLength(4);
    expect(screen.getByRole("checkbox", { name: a!.name })).toBeEnabled();
    await user.click(screen.getByRole("button", { name: `Remove ${d!.name}` }));
    expect(fifth).toBeEnabled();
    await user.click(fifth);
    expect(useAppStore.getState().compare).toEqual([a!.id, b!.id, c!.id, e!.id]);
    expect(columnNames()).toEqual([a!.name, b!.name, c!.name, e!.name]);
  });

  it("removes with a chip or by unticking, back to the explanation below two", async () => {
    const user = userEvent.setup();
    const [a, b, c] = frameworks;
    choose(a!.id, b!.id, c!.id);
    renderView();
    const chosen = screen.getByRole("list", { name: "Chosen for compare" });
    expect(
      within(chosen)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual([`${a!.name} ×`, `${b!.name} ×`, `${c!.name} ×`]);
    await user.click(screen.getByRole("button", { name: `Remove ${b!.name}` }));
    expect(columnNames()).toEqual([a!.name, c!.name]);
    await user.click(screen.getByRole("checkbox", { name: c!.name }));
    expect(useAppStore.getState().compare).toEqual([a!.id]);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /Choose one more/ })).toBeInTheDocument();
  });

  it("tabulates facts, scores with sources, pros and cons, and marks the best score", () => {
    // Scores in CRITERION_IDS order; only real-time (the third) differs: 2 against 5.
    const dataset = makeDataset([
      makeFramework({
        id: "slowpoke",
        name: "Slowpoke",
        languages: ["python"],
        scores: [3, 3, 2, 3, 3, 3, 3, 3, 3],
        pros: ["Calm docs.", "Stable API.", "Old friends.", "Few surprises."],
        cons: ["Polling only.", "Verbose.", "Slow starts."],
      }),
      makeFramework({
        id: "quickstep",
        name: "Quickstep",
        languages: ["ruby"],
        scores: [3, 3, 5, 3, 3, 3, 3, 3, 3],
        pros: ["Live updates.", "Tiny.", "Quick.", "Fun."],
        cons: ["New.", "Few guides.", "Sparse admin."],
      }),
    ]);
    const realtime = dataset.criteria[CRITERION_IDS.indexOf("realtime")]!;
    choose("slowpoke", "quickstep");
    renderView(dataset);
    for (const label of ["License", "Latest version", "Repository", "Pros", "Cons"]) {
      expect(rowOf(label)).toBeInTheDocument();
    }
    expect(rowOf(realtime.label)).toHaveTextContent(
      `Your weight: ${initialAppState().weights.realtime} of 5`,
    );
    const [slow, quick] = cellsOf(realtime.label);
    expect(slow).toHaveTextContent("2/5");
    expect(slow).not.toHaveTextContent("Best");
    expect(quick).toHaveTextContent("5/5");
    expect(quick).toHaveTextContent("Best");
    const source = within(quick!).getByRole("link", { name: "Test fixture" });
    expect(source).toHaveAttribute("href", "https://example.com/fixture");
    expect(source).toHaveAttribute("rel", "noopener noreferrer");
    expect(quick).toHaveTextContent("Source: Test fixture (read 2026-11-01)");
    const [slowLicense] = cellsOf("License");
    expect(slowLicense).toHaveTextContent("MIT");
    expect(within(slowLicense!).getByRole("link", { name: "Test fixture" })).toHaveAttribute(
      "href",
      "https://example.com/fixture",
    );
    expect(slowLicense).toHaveTextContent("(read 2026-11-01)");
    expect(
      within(screen.getByRole("table")).getByRole("link", { name: "example/slowpoke" }),
    ).toHaveAttribute("href", "https://github.com/example/slowpoke");
    const [slowPros, quickPros] = cellsOf("Pros");
    expect(
      within(slowPros!)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(dataset.frameworks[0]!.pros);
    expect(
      within(quickPros!)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(dataset.frameworks[1]!.pros);
    expect(cellsOf("Cons")[0]).toHaveTextContent("Polling only.");
  });

  it("shows each chosen framework's fit, and says when the language filter leaves one out", () => {
    const [a, b] = frameworks;
    const { weights } = initialAppState();
    const languages = [a!.languages[0]!];
    const ranking = rankFrameworks(FIXTURE_DATASET, { weights, languages });
    const fitOfA = ranking.ranked.find((r) => r.framework.id === a!.id)!.fit;
    expect(b!.languages).not.toContain(languages[0]);
    loadShareState({ ...useAppStore.getState(), languages, compare: [a!.id, b!.id] });
    renderView();
    const [fitA, fitB] = cellsOf("Fit (0–100)");
    expect(fitA).toHaveTextContent(String(displayFit(fitOfA)));
    expect(fitB).toHaveTextContent("Left out by your language filter");
  });

  it("dims rows that are the same and hides them on request", async () => {
    const user = userEvent.setup();
    const [a, b] = frameworks.filter((f) => f.kind === "full-stack");
    expect(a!.languages).not.toEqual(b!.languages);
    choose(a!.id, b!.id);
    renderView();
    const kind = screen.getByRole("rowheader", { name: /^Kind/ });
    expect(kind).toHaveTextContent("Same for all");
    expect(kind.closest("tr")).toHaveClass("same");
    expect(screen.getByRole("rowheader", { name: /^Languages/ })).not.toHaveTextContent(
      "Same for all",
    );
    await user.click(screen.getByRole("checkbox", { name: "Show only differences" }));
    expect(screen.queryByRole("rowheader", { name: /^Kind/ })).not.toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: /^Languages/ })).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Show only differences" }));
    expect(screen.getByRole("rowheader", { name: /^Kind/ })).toBeInTheDocument();
  });

  it("sends the user to Results or Matrix to choose there", async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole("button", { name: "Go to Results" }));
    expect(useAppStore.getState().view).toBe("results");
    await user.click(screen.getByRole("button", { name: "Go to Matrix" }));
    expect(useAppStore.getState().view).toBe("matrix");
  });
});

describe("CompareView with a framework added by data alone", () => {
  const dataset = withFramework(FIXTURE_DATASET, NEWCOMER_SPEC);
  const newcomer = NEWCOMER_SPEC.name;
  const [other] = frameworks;

  it("lets the user pick the newcomer and shows its facts in its new language", async () => {
    const user = userEvent.setup();
    renderView(dataset);
    await user.click(screen.getByRole("checkbox", { name: newcomer }));
    await user.click(screen.getByRole("checkbox", { name: other!.name }));
    expect(useAppStore.getState().compare).toEqual([NEWCOMER_SPEC.id, other!.id]);
    expect(
      screen.getByRole("table", { name: `${newcomer} and ${other!.name} side by side` }),
    ).toBeVisible();
    expect(
      screen.getByRole("columnheader", { name: new RegExp(`^${newcomer}`) }),
    ).toHaveTextContent(`Gleam · ${KIND_LABELS["full-stack"]}`);
    expect(cellsOf("Languages")[0]).toHaveTextContent(/^Gleam$/);
    expect(cellsOf("Kind")[0]).toHaveTextContent(KIND_LABELS["full-stack"]);
    expect(
      within(screen.getByRole("table")).getByRole("link", {
        name: `example/${NEWCOMER_SPEC.id}`,
      }),
    ).toBeInTheDocument();
  });

  it("shows the newcomer's score on every criterion, and its pros and cons", () => {
    choose(NEWCOMER_SPEC.id, other!.id);
    renderView(dataset);
    dataset.criteria.forEach((c) => {
      const score = NEWCOMER_SPEC.scores[CRITERION_IDS.indexOf(c.id)];
      expect(cellsOf(c.label)[0]).toHaveTextContent(`${score}/5`);
    });
    const [pros] = cellsOf("Pros");
    expect(
      within(pros!)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(NEWCOMER_SPEC.pros);
    const [cons] = cellsOf("Cons");
    expect(
      within(cons!)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(NEWCOMER_SPEC.cons);
  });
});

describe("CompareView and your own scores", () => {
  // Alpha scores orm 1 and Bravo orm 5 in the fixture.
  const orm = FIXTURE_DATASET.criteria.find((c) => c.id === "orm")!;

  it("marks a score of your own with the dataset's value beside it", () => {
    choose("alpha", "bravo");
    useAppStore.setState({ scores: [{ framework: "alpha", criterion: "orm", value: 4 }] });
    renderView();
    const [alpha, bravo] = cellsOf(orm.label);
    expect(alpha).toHaveTextContent("4/5");
    expect(alpha).toHaveTextContent("yours; dataset 1/5");
    expect(alpha).toHaveTextContent("The dataset's reason for 1/5:");
    expect(bravo).not.toHaveTextContent("yours");
    expect(screen.getByText(/One score is your own/)).toBeInTheDocument();
  });

  it("sets your own score from the cell's select and resets it to the dataset's", async () => {
    const user = userEvent.setup();
    choose("alpha", "bravo");
    renderView();
    const select = screen.getByRole("combobox", { name: `Your score for Alpha on ${orm.label}` });
    expect(select).toHaveValue("");
    await user.selectOptions(select, "Mine: 5");
    expect(useAppStore.getState().scores).toEqual([
      { framework: "alpha", criterion: "orm", value: 5 },
    ]);
    expect(cellsOf(orm.label)[0]).toHaveTextContent("5/5");
    await user.click(screen.getByRole("button", { name: "Reset all to the dataset" }));
    expect(useAppStore.getState().scores).toEqual([]);
    expect(cellsOf(orm.label)[0]).toHaveTextContent("1/5");
  });
});
