import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { PRESETS } from "../../domain/presets.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { QuizView } from "./quiz-view.tsx";

beforeEach(() => {
  resetAppStore();
  // Each test starts a fresh tab: no saved progress, and an entry that names no question.
  window.sessionStorage.clear();
  window.history.replaceState(null, "", "/");
});

const presetSection = () => screen.getByRole("region", { name: "Or start from a preset" });

describe("QuizView presets", () => {
  it("offers every preset on the first screen, each with its description", () => {
    renderWithData(<QuizView />);
    const buttons = within(presetSection()).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(PRESETS.map((p) => p.name));
    for (const preset of PRESETS) {
      expect(
        within(presetSection()).getByRole("button", { name: preset.name }),
      ).toHaveAccessibleDescription(preset.description);
    }
  });

  it.each(PRESETS)("$name: one click sets its weights and opens the results", async (preset) => {
    const user = userEvent.setup();
    useAppStore.setState({ languages: ["ruby"] });
    renderWithData(<QuizView />);
    await user.click(within(presetSection()).getByRole("button", { name: preset.name }));
    const state = useAppStore.getState();
    expect(state.view).toBe("results");
    expect(state.weights).toEqual(preset.weights);
    expect(state.languages).toEqual(["ruby"]);
  });

  it("keeps the languages ticked on the first screen, as See results would", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    const [first] = PRESETS;
    await user.click(within(presetSection()).getByRole("button", { name: first!.name }));
    expect(useAppStore.getState()).toMatchObject({
      view: "results",
      languages: ["python"],
      weights: first!.weights,
    });
  });

  it("is offered only on the first screen", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(
      screen.queryByRole("region", { name: "Or start from a preset" }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("region", { name: "Or start from a preset" })).toBeVisible();
  });
});
