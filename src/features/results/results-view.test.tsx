import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { criterionLabels } from "../../domain/catalogue.ts";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import {
  elevenFrameworkDataset,
  everywhere,
  FIXTURE_DATASET,
  makeDataset,
  makeFramework,
  NEWCOMER_SPEC,
  SWING_DATASET,
  weightsWith,
} from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { ResultsView } from "./results-view.tsx";

beforeEach(resetAppStore);

/** Fits 100, 50 and 0 under any weights, listed out of order. */
const PODIUM = makeDataset([
  makeFramework({ id: "middle", name: "Middle", languages: ["ruby"], scores: everywhere(3) }),
  makeFramework({ id: "top", name: "Top", languages: ["python"], scores: everywhere(5) }),
  makeFramework({ id: "bottom", name: "Bottom", languages: ["python"], scores: everywhere(1) }),
]);

const SWING = SWING_DATASET;
const LABELS = criterionLabels(SWING);

const rankingItems = () =>
  within(screen.getByRole("list", { name: "Ranking" })).getAllByRole("listitem", {
    name: (_, element) => element.parentElement?.getAttribute("aria-label") === "Ranking",
  });
const rankedNames = () =>
  rankingItems().map((li) => within(li).getByRole("heading", { level: 3 }).textContent);
const cardOf = (name: string) => {
  const card = rankingItems().find((li) => within(li).queryByRole("heading", { name }));
  if (!card) throw new Error(`no ranking card for ${name}`);
  return card;
};
/**
 * Python-only ranking (Pyweb 3s everywhere, Pyslow 2s) under real-time 5 and ORM 2, while
 * Elixweb, in Elixir, scores 5 on real-time: the store is set, the dataset returned.
 */
function realtimeOutsidePython() {
  useAppStore.setState({ weights: weightsWith(0, { realtime: 5, orm: 2 }), languages: ["python"] });
  return makeDataset([
    makeFramework({ id: "py", name: "Pyweb", languages: ["python"], scores: everywhere(3) }),
    makeFramework({ id: "py2", name: "Pyslow", languages: ["python"], scores: everywhere(2) }),
    makeFramework({
      id: "ex",
      name: "Elixweb",
      languages: ["elixir"],
      scores: [3, 3, 5, 3, 3, 3, 3, 3, 3],
    }),
  ]);
}

/** The displayed fit a framework has with no language filter, under the store's weights. */
const fitUnfiltered = (id: string) => {
  const { weights } = useAppStore.getState();
  const found = rankFrameworks(FIXTURE_DATASET, { weights, languages: [] }).ranked.find(
    (r) => r.framework.id === id,
  );
  return found ? displayFit(found.fit) : Number.NaN;
};
const languageFilter = () => screen.getByRole("group", { name: /Languages your team can use/ });

describe("ResultsView", () => {
  it("ranks every framework with its fit, best first", () => {
    renderWithData(<ResultsView />, PODIUM);
    expect(rankedNames()).toEqual(["Top", "Middle", "Bottom"]);
    const items = rankingItems();
    expect(items[0]).toHaveTextContent("100 / 100 fit");
    expect(items[1]).toHaveTextContent("50 / 100 fit");
    expect(items[2]).toHaveTextContent("0 / 100 fit");
  });

  it("names strengths (4-5) and weaknesses (1-2) among the weighted criteria, heaviest first", () => {
    // Weighted: security 5, orm 4, learning 3; the other six 0.
    useAppStore.setState({ weights: weightsWith(0, { security: 5, orm: 4, learning: 3 }) });
    renderWithData(<ResultsView />, PODIUM);
    const labels = criterionLabels(PODIUM);
    const top = cardOf("Top");
    expect(top).toHaveTextContent(
      `Strong on ${labels.security} (5/5), ${labels.orm} (5/5), and ${labels.learning} (5/5).`,
    );
    expect(top).not.toHaveTextContent("Weak on");
    expect(top).not.toHaveTextContent(labels.performance);
    const bottom = cardOf("Bottom");
    expect(bottom).toHaveTextContent(
      `Weak on ${labels.security} (1/5), ${labels.orm} (1/5), and ${labels.learning} (1/5).`,
    );
    expect(bottom).not.toHaveTextContent("Strong on");
    const middle = cardOf("Middle");
    expect(middle).toHaveTextContent("Middling (3/5) on everything you weighted.");
    expect(middle).not.toHaveTextContent(/Strong on|Weak on/);
  });

  it("shows where each fit comes from as bars of the largest contributions", () => {
    useAppStore.setState({ weights: weightsWith(0, { security: 5, orm: 4, learning: 3 }) });
    renderWithData(<ResultsView />, PODIUM);
    const labels = criterionLabels(PODIUM);
    const bars = within(cardOf("Top")).getByRole("list", { name: "Where Top's fit comes from" });
    expect(
      within(bars)
        .getAllByRole("listitem")
        .map((li) => li.firstChild?.textContent),
    ).toEqual([labels.security, labels.orm, labels.learning]);
    expect(
      within(cardOf("Bottom")).queryByRole("list", { name: /fit comes from/ }),
    ).not.toBeInTheDocument();
  });

  it("re-ranks live when a weight slider moves", () => {
    useAppStore.setState({ weights: weightsWith(1) });
    renderWithData(<ResultsView />, SWING);
    expect(rankedNames()).toEqual(["Steady", "Sprinter", "Laggard"]);
    const slider = screen.getByRole("slider", { name: LABELS.realtime });
    fireEvent.change(slider, { target: { value: "5" } });
    expect(useAppStore.getState().weights.realtime).toBe(5);
    expect(rankedNames()).toEqual(["Sprinter", "Steady", "Laggard"]);
    expect(cardOf("Sprinter")).toHaveTextContent("38 / 100 fit");
    expect(slider).toHaveAttribute("aria-valuetext", `${LABELS.realtime}: critical, 5 of 5`);
  });

  it("lists the frameworks a language filter leaves out, with the fit they would have had and why", async () => {
    const user = userEvent.setup();
    renderWithData(<ResultsView />);
    await user.click(within(languageFilter()).getByRole("checkbox", { name: "Python" }));
    await user.click(within(languageFilter()).getByRole("checkbox", { name: "Elixir" }));
    const kept = (languages: string[]) =>
      languages.includes("python") || languages.includes("elixir");
    const included = FIXTURE_DATASET.frameworks.filter((f) => kept(f.languages));
    const excluded = FIXTURE_DATASET.frameworks.filter((f) => !kept(f.languages));
    expect(included.length).toBeGreaterThan(0);
    expect(excluded.length).toBeGreaterThan(0);

    expect([...rankedNames()].sort()).toEqual(included.map((f) => f.name).sort());
    const list = screen.getByRole("list", { name: "Excluded" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(
      excluded
        .map(
          (f) =>
            `${f.name} would fit ${fitUnfiltered(f.id)} / 100; not written in Python or Elixir.`,
        )
        .sort(),
    );
  });

  it("says what the leader gives up, and where another ranked framework scores higher", async () => {
    useAppStore.setState({ weights: weightsWith(1) });
    renderWithData(<ResultsView />, SWING);
    const insight = await screen.findByRole("region", { name: "Steady fits best" });
    expect(insight).toHaveTextContent(
      `What you give up: ${LABELS.realtime} (2/5, where Sprinter has 5/5).`,
    );
  });

  it("says when the leader scores highest on everything weighted", async () => {
    renderWithData(<ResultsView />, PODIUM);
    const insight = await screen.findByRole("region", { name: "Top fits best" });
    expect(insight).toHaveTextContent(
      "No other ranked framework scores higher than Top on anything you weighted.",
    );
  });

  it("says when a critical criterion has no strong option, naming the left-out ones that have", () => {
    const dataset = realtimeOutsidePython();
    renderWithData(<ResultsView />, dataset);
    const note = screen.getByRole("region", { name: "What no option here does well" });
    const realtime = criterionLabels(dataset).realtime;
    // Elixweb's fit: (5 * 1 + 2 * 0.5) / 7 = 85.7.
    expect(note).toHaveTextContent(
      `You marked ${realtime} critical, but no ranked framework scores 4 or more on it (the best is 3/5). Outside your languages: Elixweb (would fit 86; add Elixir).`,
    );
    expect(note).not.toHaveTextContent(criterionLabels(dataset).orm);
  });

  it("shows no coverage note when a ranked framework meets every heavy criterion", () => {
    useAppStore.setState({ weights: weightsWith(5) });
    renderWithData(<ResultsView />, PODIUM);
    expect(screen.queryByRole("region", { name: "What no option here does well" })).toBeNull();
  });

  it("narrows the ranking to a ticked language and widens it again when unticked", async () => {
    const user = userEvent.setup();
    renderWithData(<ResultsView />, PODIUM);
    await user.click(within(languageFilter()).getByRole("checkbox", { name: "Ruby" }));
    expect(rankedNames()).toEqual(["Middle"]);
    await user.click(within(languageFilter()).getByRole("checkbox", { name: "Ruby" }));
    expect(rankedNames()).toHaveLength(3);
  });

  it("says how firm the lead is and what would flip it", () => {
    useAppStore.setState({ weights: weightsWith(1) });
    renderWithData(<ResultsView />, SWING);
    expect(screen.getByRole("heading", { name: "Steady fits best" })).toBeVisible();
    expect(screen.getByText(/First in \d+% of nearby weightings/)).toBeVisible();
    expect(
      screen.getByText(`Sprinter would overtake if ${LABELS.realtime} rose to 3.`),
    ).toBeVisible();
  });

  it("says when no single weight can change the lead", () => {
    renderWithData(<ResultsView />, PODIUM);
    expect(screen.getByRole("heading", { name: "Top fits best" })).toBeVisible();
    expect(screen.getByText("First in 100% of nearby weightings")).toBeVisible();
    expect(
      screen.getByText("No change to a single weight would let Middle, the runner-up, overtake."),
    ).toBeVisible();
  });

  it("collects frameworks to compare, up to four", async () => {
    const user = userEvent.setup();
    renderWithData(<ResultsView />);
    for (const name of ["Alpha", "Bravo", "Charlie", "Delta"]) {
      await user.click(screen.getByRole("button", { name: `Compare ${name}` }));
    }
    expect(useAppStore.getState().compare).toEqual(["alpha", "bravo", "charlie", "delta"]);
    expect(screen.getByRole("button", { name: "Compare Echo" })).toBeDisabled();
    const tray = screen.getByRole("region", { name: "Chosen for compare" });
    expect(tray).toHaveTextContent("4 of 4 chosen");
    await user.click(screen.getByRole("button", { name: "Compare side by side" }));
    expect(useAppStore.getState().view).toBe("compare");
  });

  it("ranks an eleventh framework in a new language, added by data alone", async () => {
    const user = userEvent.setup();
    const dataset = elevenFrameworkDataset();
    expect(dataset.frameworks).toHaveLength(11);
    renderWithData(<ResultsView />, dataset);

    expect(rankedNames()).toHaveLength(11);
    expect(rankedNames()).toContain(NEWCOMER_SPEC.name);
    expect(cardOf(NEWCOMER_SPEC.name)).toHaveTextContent("Gleam");
    const filter = languageFilter();
    expect(within(filter).getAllByRole("checkbox")).toHaveLength(dataset.languages.length);
    for (const { name } of dataset.languages) {
      expect(within(filter).getByRole("checkbox", { name })).not.toBeChecked();
    }
    expect(dataset.languages.map((l) => l.name)).toContain("Gleam");

    await user.click(within(languageFilter()).getByRole("checkbox", { name: "Gleam" }));
    expect(rankedNames()).toEqual([NEWCOMER_SPEC.name]);
    expect(
      within(screen.getByRole("list", { name: "Excluded" })).getAllByRole("listitem"),
    ).toHaveLength(10);
  });
});

describe("ResultsView and your own scores", () => {
  it("re-ranks with a score set from a card, marks it yours, and resets all", async () => {
    const user = userEvent.setup();
    // Security alone: Top 5 fits 100, Middle 3 fits 50, Bottom 1 fits 0.
    useAppStore.setState({ weights: weightsWith(0, { security: 5 }) });
    renderWithData(<ResultsView />, PODIUM);
    const labels = criterionLabels(PODIUM);
    const bottom = cardOf("Bottom");
    await user.click(within(bottom).getByText("Disagree with a score?"));
    await user.selectOptions(
      within(bottom).getByRole("combobox", { name: `Your score for Bottom on ${labels.security}` }),
      "Mine: 5",
    );
    expect(rankedNames()).toEqual(["Bottom", "Top", "Middle"]);
    expect(cardOf("Bottom")).toHaveTextContent(`Strong on ${labels.security} (5/5, yours).`);
    expect(screen.getByText(/One score is your own/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reset all to the dataset" }));
    expect(rankedNames()).toEqual(["Top", "Middle", "Bottom"]);
  });
});

describe("ResultsView and frameworks outside the chosen languages", () => {
  it("says when a left-out framework would fit better than the leader, and which language admits it", async () => {
    // realtime 5, orm 2 (sum 7): Pyweb (2.5 + 1) / 7 = 50; Elixweb (5 + 1) / 7 = 85.7.
    renderWithData(<ResultsView />, realtimeOutsidePython());
    const insight = await screen.findByRole("region", { name: "Pyweb fits best" });
    expect(insight).toHaveTextContent(
      "Outside your languages, Elixweb would fit 86 against 50 (add Elixir).",
    );
  });

  it("says nothing of the kind when the leader fits best of all", async () => {
    renderWithData(<ResultsView />, PODIUM);
    const insight = await screen.findByRole("region", { name: "Top fits best" });
    expect(insight).not.toHaveTextContent("Outside your languages");
  });
});
