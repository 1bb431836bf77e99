import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { criterionLabels } from "../../domain/catalogue.ts";
import { PRESETS } from "../../domain/presets.ts";
import { answersToWeights } from "../../domain/quiz.ts";
import { CRITERION_IDS, type Weights } from "../../domain/types.ts";
import { resetAppStore, setAnswer, useAppStore } from "../../state/store.ts";
import { makeDataset, makeFramework } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { ResultsView } from "./results-view.tsx";

beforeEach(resetAppStore);

/** Live is strong on real-time and scalability only, Admin on data and batteries only. */
const SHAPES = makeDataset([
  makeFramework({
    id: "live",
    name: "Live",
    languages: ["elixir"],
    scores: [1, 5, 5, 1, 1, 1, 1, 1, 1],
  }),
  makeFramework({
    id: "admin",
    name: "Admin",
    languages: ["python"],
    scores: [1, 1, 1, 5, 1, 5, 1, 1, 1],
  }),
]);
const LABELS = criterionLabels(SHAPES);

const presetNamed = (id: string) => {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset;
};
const leader = () =>
  within(screen.getByRole("list", { name: "Ranking" })).getAllByRole("heading", { level: 3 })[0]
    ?.textContent;
const sliderValues = (): Weights =>
  Object.fromEntries(
    CRITERION_IDS.map((id) => [
      id,
      Number((screen.getByRole("slider", { name: LABELS[id] }) as HTMLInputElement).value),
    ]),
  ) as Weights;
const resetButton = () => screen.queryByRole("button", { name: "Reset to my answers" });

async function pickPreset(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByText("Start from a preset"));
  await user.click(screen.getByRole("button", { name }));
}

describe("WeightPanel presets", () => {
  it("sets every slider from a preset, keeps the languages and re-ranks", async () => {
    const user = userEvent.setup();
    const realtime = presetNamed("realtime");
    const pages = presetNamed("server-rendered");
    useAppStore.setState({ view: "results", languages: ["python", "elixir"] });
    renderWithData(<ResultsView />, SHAPES);

    await pickPreset(user, realtime.name);
    expect(sliderValues()).toEqual(realtime.weights);
    expect(leader()).toBe("Live");
    expect(screen.getByRole("status")).toHaveTextContent(realtime.name);

    await user.click(screen.getByRole("button", { name: pages.name }));
    expect(sliderValues()).toEqual(pages.weights);
    expect(leader()).toBe("Admin");
    expect(useAppStore.getState()).toMatchObject({
      view: "results",
      languages: ["python", "elixir"],
    });
  });
});

describe("Reset to my answers", () => {
  it("is not offered without quiz answers", () => {
    renderWithData(<ResultsView />, SHAPES);
    expect(resetButton()).not.toBeInTheDocument();
  });

  it("restores the weights the quiz answers give after a preset, then is disabled", async () => {
    const user = userEvent.setup();
    setAnswer("building", "api");
    setAnswer("realtime", "core");
    setAnswer("load", "small");
    const fromAnswers = answersToWeights(useAppStore.getState().answers, SHAPES).weights;
    useAppStore.setState({ weights: { ...fromAnswers }, view: "results", languages: ["elixir"] });
    renderWithData(<ResultsView />, SHAPES);
    expect(resetButton()).toBeDisabled();

    await pickPreset(user, presetNamed("server-rendered").name);
    expect(sliderValues()).not.toEqual(fromAnswers);
    expect(resetButton()).toBeEnabled();

    await user.click(resetButton()!);
    expect(sliderValues()).toEqual(fromAnswers);
    expect(useAppStore.getState().weights).toEqual(fromAnswers);
    expect(useAppStore.getState().languages).toEqual(["elixir"]);
    expect(resetButton()).toBeDisabled();
    expect(screen.getByRole("status")).toHaveTextContent("reset to your quiz answers");
  });

  it("follows a slider moved by hand", async () => {
    const user = userEvent.setup();
    setAnswer("realtime", "none");
    const fromAnswers = answersToWeights(useAppStore.getState().answers, SHAPES).weights;
    useAppStore.setState({ weights: { ...fromAnswers } });
    renderWithData(<ResultsView />, SHAPES);
    expect(resetButton()).toBeDisabled();
    fireEvent.change(screen.getByRole("slider", { name: LABELS.realtime }), {
      target: { value: "1" },
    });
    expect(useAppStore.getState().weights.realtime).toBe(1);
    expect(resetButton()).toBeEnabled();
    await user.click(resetButton()!);
    expect(useAppStore.getState().weights.realtime).toBe(0);
  });
});
