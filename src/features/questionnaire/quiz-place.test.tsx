import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PRESETS } from "../../domain/presets.ts";
import { answersToWeights, quizQuestions } from "../../domain/quiz.ts";
import { resetAppStore, useAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { QuizView } from "./quiz-view.tsx";

const QUESTIONS = quizQuestions(FIXTURE_DATASET);
const PROGRESS_KEY = "framework-fit:quiz-progress";

/** The question on screen, by its progress line. */
const shownQuestion = () => screen.getByText(/^Question \d+ of \d+$/).textContent;
const questionLine = (n: number) => `Question ${n} of ${QUESTIONS.length}`;
const group = (index: number) =>
  screen.getByRole("group", { name: QUESTIONS[index]?.prompt ?? "(missing question)" });
const firstOption = (index: number) => QUESTIONS[index]?.options[0]?.label ?? "(none)";

beforeEach(() => {
  resetAppStore();
  window.sessionStorage.clear();
  window.history.replaceState(null, "", "/");
});

/** Ticks Python, then answers questions 2 and 3 with their first option, ending on question 3. */
async function answerThree(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("checkbox", { name: "Python" }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(within(group(1)).getByRole("radio", { name: firstOption(1) }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(within(group(2)).getByRole("radio", { name: firstOption(2) }));
}

/** A reload: the page's memory is gone, the tab's history entry and storage stay. */
function reload(unmount: () => void) {
  unmount();
  resetAppStore();
  return renderWithData(<QuizView />);
}

describe("QuizView keeps its place", () => {
  it("makes each question a history entry, so Back and Forward move between questions", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    const entries = window.history.length;
    await answerThree(user);
    expect(window.history.length).toBe(entries + 2);
    expect(window.location.pathname + window.location.search).toBe("/");

    window.history.back();
    await vi.waitFor(() => expect(shownQuestion()).toBe(questionLine(2)));
    expect(within(group(1)).getByRole("radio", { name: firstOption(1) })).toBeChecked();

    window.history.forward();
    await vi.waitFor(() => expect(shownQuestion()).toBe(questionLine(3)));
    expect(within(group(2)).getByRole("radio", { name: firstOption(2) })).toBeChecked();

    window.history.go(-2);
    await vi.waitFor(() => expect(shownQuestion()).toBe(questionLine(1)));
    expect(screen.getByRole("checkbox", { name: "Python" })).toBeChecked();
  });

  it("goes back through history with its own Back button, so Forward returns", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    await answerThree(user);
    await user.click(screen.getByRole("button", { name: "Back" }));
    await vi.waitFor(() => expect(shownQuestion()).toBe(questionLine(2)));
    await vi.waitFor(() => expect(group(1)).toHaveFocus());
    window.history.forward();
    await vi.waitFor(() => expect(shownQuestion()).toBe(questionLine(3)));
  });

  it("shows the same question with the earlier answers after a reload", async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithData(<QuizView />);
    await answerThree(user);
    reload(unmount);
    expect(shownQuestion()).toBe(questionLine(3));
    expect(within(group(2)).getByRole("radio", { name: firstOption(2) })).toBeChecked();
    window.history.back();
    await vi.waitFor(() => expect(shownQuestion()).toBe(questionLine(2)));
    expect(within(group(1)).getByRole("radio", { name: firstOption(1) })).toBeChecked();
    window.history.back();
    await vi.waitFor(() => expect(shownQuestion()).toBe(questionLine(1)));
    expect(screen.getByRole("checkbox", { name: "Python" })).toBeChecked();
  });

  it("resumes the tab's unfinished quiz when it is opened again without Back", async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithData(<QuizView />);
    await answerThree(user);
    unmount();
    // A new entry, as when the quiz is opened again from another view.
    window.history.pushState(null, "", "/");
    renderWithData(<QuizView />);
    expect(shownQuestion()).toBe(questionLine(3));
    expect(useAppStore.getState().answers).toMatchObject({ languages: ["python"] });
  });

  it("forgets the saved progress once the quiz is finished", async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithData(<QuizView />);
    await answerThree(user);
    await user.click(screen.getByRole("button", { name: "Skip to results" }));
    expect(useAppStore.getState().view).toBe("results");
    expect(window.sessionStorage.getItem(PROGRESS_KEY)).toBeNull();
    unmount();
    window.history.pushState(null, "", "/");
    resetAppStore();
    renderWithData(<QuizView />);
    expect(shownQuestion()).toBe(questionLine(1));
    expect(screen.getByRole("checkbox", { name: "Python" })).not.toBeChecked();
  });

  it("forgets the saved progress when a preset is chosen", async () => {
    const user = userEvent.setup();
    renderWithData(<QuizView />);
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    expect(window.sessionStorage.getItem(PROGRESS_KEY)).toContain("python");
    const [preset] = PRESETS;
    await user.click(screen.getByRole("button", { name: preset?.name ?? "(no preset)" }));
    expect(useAppStore.getState().view).toBe("results");
    expect(window.sessionStorage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it("still works, without restoring, when storage is blocked or full", async () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    });
    const user = userEvent.setup();
    const { unmount } = renderWithData(<QuizView />);
    await answerThree(user);
    window.history.back();
    await vi.waitFor(() => expect(shownQuestion()).toBe(questionLine(2)));
    expect(within(group(1)).getByRole("radio", { name: firstOption(1) })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Skip to results" }));
    const expected = answersToWeights(useAppStore.getState().answers, FIXTURE_DATASET);
    expect(useAppStore.getState()).toMatchObject({
      view: "results",
      weights: expected.weights,
      languages: ["python"],
    });
    // A reload finds the question from history, but the answers could not be kept.
    useAppStore.setState({ view: "quiz" });
    reload(unmount);
    expect(shownQuestion()).toBe(questionLine(2));
    expect(useAppStore.getState().answers).toEqual({});
  });
});
