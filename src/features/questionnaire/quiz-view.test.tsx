import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import { answersToWeights, QUESTIONS } from "../../domain/quiz.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { QuizView } from "./quiz-view.tsx";

beforeEach(resetAppStore);

const promptOf = (index: number) => QUESTIONS[index]?.prompt ?? "(missing question)";

describe("QuizView", () => {
  it("asks one question at a time with its progress", async () => {
    const user = userEvent.setup();
    render(<QuizView />);
    expect(screen.getByText(`Question 1 of ${QUESTIONS.length}`)).toBeVisible();
    expect(screen.getByRole("group", { name: promptOf(0) })).toBeVisible();
    expect(screen.getByRole("button", { name: "Back" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText(`Question 2 of ${QUESTIONS.length}`)).toBeVisible();
    expect(screen.getByRole("group", { name: promptOf(1) })).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("group", { name: promptOf(0) })).toBeVisible();
  });

  it("turns every answer into the weights of the results", async () => {
    const user = userEvent.setup();
    render(<QuizView />);
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
    const expected = answersToWeights(chosen);
    const state = useAppStore.getState();
    expect(state.view).toBe("results");
    expect(state.weights).toEqual(expected.weights);
    expect(state.languages).toEqual(expected.languages);
    expect(state.weights).not.toEqual(DEFAULT_WEIGHTS);
  });

  it("keeps answers when going back and forth", async () => {
    const user = userEvent.setup();
    render(<QuizView />);
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("checkbox", { name: "Python" })).toBeChecked();
  });

  it("skips to results with the default profile", async () => {
    const user = userEvent.setup();
    render(<QuizView />);
    await user.click(screen.getByRole("button", { name: "Skip to results" }));
    const state = useAppStore.getState();
    expect(state.view).toBe("results");
    expect(state.weights).toEqual(DEFAULT_WEIGHTS);
    expect(state.languages).toEqual([]);
  });

  it("can be answered with the keyboard alone", async () => {
    const user = userEvent.setup();
    render(<QuizView />);
    await user.tab();
    expect(screen.getByRole("checkbox", { name: "JavaScript" })).toHaveFocus();
    await user.keyboard(" ");
    expect(screen.getByRole("checkbox", { name: "JavaScript" })).toBeChecked();
    await user.keyboard("{Enter}");
    expect(screen.getByText(`Question 2 of ${QUESTIONS.length}`)).toBeVisible();
  });
});
