import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { catalogueOf } from "../../domain/catalogue.ts";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import { answersToWeights, quizQuestions } from "../../domain/quiz.ts";
import type { Dataset } from "../../domain/types.ts";
import { CatalogueContext, DatasetContext } from "../../state/dataset-context.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET, NEWCOMER_SPEC, withFramework } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { QuizView } from "./quiz-view.tsx";

beforeEach(() => {
  resetAppStore();
  // Each test starts a fresh tab: no saved progress, and an entry that names no question.
  window.sessionStorage.clear();
  window.history.replaceState(null, "", "/");
});

const QUESTIONS = quizQuestions(FIXTURE_DATASET);
const promptOf = (index: number) => QUESTIONS[index]?.prompt ?? "(missing question)";
const languagePrompt = promptOf(QUESTIONS.findIndex((q) => q.id === "languages"));

describe("QuizView", () => {
  it("asks one question at a time with its progress", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    expect(screen.getByText(`Question 1 of ${QUESTIONS.length}`)).toBeVisible();
    expect(screen.getByRole("group", { name: promptOf(0) })).toBeVisible();
    expect(screen.getByRole("button", { name: "Back" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText(`Question 2 of ${QUESTIONS.length}`)).toBeVisible();
    expect(screen.getByRole("group", { name: promptOf(1) })).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("group", { name: promptOf(0) })).toBeVisible();
  });

  it("turns every answer into the weights of the results", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    const chosen: Record<string, string | string[]> = {};
    for (const [index, question] of QUESTIONS.entries()) {
      const group = screen.getByRole("group", { name: question.prompt });
      if (question.multiple) {
        const picks = question.options.slice(0, 2);
        for (const option of picks) {
          await user.click(within(group).getByRole("checkbox", { name: option.label }));
        }
        chosen[question.id] = picks.map((o) => o.id);
      } else {
        const last = question.options[question.options.length - 1];
        if (!last) throw new Error(`question ${question.id} has no options`);
        await user.click(within(group).getByRole("radio", { name: last.label }));
        chosen[question.id] = last.id;
      }
      const isLast = index === QUESTIONS.length - 1;
      await user.click(screen.getByRole("button", { name: isLast ? "See results" : "Next" }));
    }
    const expected = answersToWeights(chosen, FIXTURE_DATASET);
    const state = useAppStore.getState();
    expect(state.view).toBe("results");
    expect(state.weights).toEqual(expected.weights);
    expect(state.languages).toEqual(FIXTURE_DATASET.languages.slice(0, 2).map((l) => l.id));
    expect(state.weights).not.toEqual(DEFAULT_WEIGHTS);
  });

  it("lists the catalogue's languages, one that only a new framework uses included", async () => {
    const user = userEvent.setup();
    const dataset = withFramework(FIXTURE_DATASET, NEWCOMER_SPEC);
    renderWithData(<QuizView />, dataset);
    const group = screen.getByRole("group", { name: languagePrompt });
    expect(within(group).getAllByRole("checkbox")).toHaveLength(dataset.languages.length);
    for (const { name } of dataset.languages) {
      expect(within(group).getByRole("checkbox", { name })).toBeVisible();
    }
    await user.click(within(group).getByRole("checkbox", { name: "Gleam" }));
    await user.click(screen.getByRole("button", { name: "Skip to results" }));
    expect(useAppStore.getState().languages).toEqual(["gleam"]);
  });

  it("is shown from the catalogue alone, before the dataset has loaded", async () => {
    const user = userEvent.setup();
    const neverLoads = new Promise<Dataset>(() => {});
    render(
      <CatalogueContext value={catalogueOf(FIXTURE_DATASET)}>
        <DatasetContext value={() => neverLoads}>
          <QuizView />
        </DatasetContext>
      </CatalogueContext>,
    );
    const group = screen.getByRole("group", { name: languagePrompt });
    await user.click(within(group).getByRole("checkbox", { name: "Kotlin" }));
    await user.click(screen.getByRole("button", { name: "Skip to results" }));
    expect(useAppStore.getState()).toMatchObject({ view: "results", languages: ["kotlin"] });
  });

  it("keeps answers when going back and forth", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("checkbox", { name: "Python" })).toBeChecked();
  });

  it("skips to results with the default profile", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    await user.click(screen.getByRole("button", { name: "Skip to results" }));
    const state = useAppStore.getState();
    expect(state.view).toBe("results");
    expect(state.weights).toEqual(DEFAULT_WEIGHTS);
    expect(state.languages).toEqual([]);
  });

  it("can be answered with the keyboard alone", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    const first = FIXTURE_DATASET.languages[0]?.name ?? "(no language)";
    await user.tab();
    expect(screen.getByRole("checkbox", { name: first })).toHaveFocus();
    await user.keyboard(" ");
    expect(screen.getByRole("checkbox", { name: first })).toBeChecked();
    await user.keyboard("{Enter}");
    expect(screen.getByText(`Question 2 of ${QUESTIONS.length}`)).toBeVisible();
  });
});
