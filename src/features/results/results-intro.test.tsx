import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { criterionLabels } from "../../domain/catalogue.ts";
import { resetAppStore, setWeight, toggleLanguage, useAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET, NEWCOMER_SPEC, withFramework } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { PrioritiesSummary, ResultsIntro } from "./results-intro.tsx";

beforeEach(resetAppStore);

describe("ResultsIntro and PrioritiesSummary", () => {
  it("say in words what the ranking is for", () => {
    setWeight("realtime", 5);
    toggleLanguage("elixir");
    renderWithData(
      <>
        <ResultsIntro />
        <PrioritiesSummary />
      </>,
    );
    const { realtime } = criterionLabels(FIXTURE_DATASET);
    expect(screen.getByRole("heading", { name: "Your ranking" })).toBeVisible();
    expect(screen.getByText(new RegExp(`${realtime} is critical`))).toBeVisible();
    expect(screen.getByText(/Only frameworks written in Elixir\./)).toBeVisible();
  });

  it("names a language that only a newly added framework uses", () => {
    toggleLanguage("gleam");
    renderWithData(<PrioritiesSummary />, withFramework(FIXTURE_DATASET, NEWCOMER_SPEC));
    expect(screen.getByText(/Only frameworks written in Gleam\./)).toBeVisible();
  });

  it("goes back to the quiz to edit the answers", async () => {
    const user = userEvent.setup();
    renderWithData(<ResultsIntro />);
    await user.click(screen.getByRole("button", { name: "Edit answers" }));
    expect(useAppStore.getState().view).toBe("quiz");
  });
});
