import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { type Answers, answersToWeights, quizQuestions } from "../../domain/quiz.ts";
import { resetAppStore, setWeight, useAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { QuizView } from "./quiz-view.tsx";

const QUESTIONS = quizQuestions(FIXTURE_DATASET);
const CHOICE = "Your sliders differ from these answers";
const REALTIME = QUESTIONS.find((q) => q.id === "realtime");
const REALTIME_PROMPT = REALTIME?.prompt ?? "(no realtime question)";
const optionLabel = (id: string) => REALTIME?.options.find((o) => o.id === id)?.label ?? id;

/** The answers given earlier, as when the results were first shown. */
const EARLIER: Answers = { realtime: "none" };
const earlierWeights = () => answersToWeights(EARLIER, FIXTURE_DATASET).weights;

/** The state "Edit answers" opens: the earlier answers, their weights, the quiz. */
function editAnswers({ tweak }: { tweak: boolean }) {
  useAppStore.setState({ answers: EARLIER, weights: earlierWeights(), view: "results" });
  if (tweak) setWeight("performance", 0);
  useAppStore.setState({ view: "quiz" });
  return renderWithData(<QuizView />);
}

/** Ticks Python, answers "live updates are the heart of it" and skips to the results. */
async function changeAnswersAndFinish(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("checkbox", { name: "Python" }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  const realtime = screen.getByRole("group", { name: REALTIME_PROMPT });
  await user.click(within(realtime).getByRole("radio", { name: optionLabel("core") }));
  await user.click(screen.getByRole("button", { name: "Skip to results" }));
}

beforeEach(() => {
  resetAppStore();
  window.sessionStorage.clear();
  window.history.replaceState(null, "", "/");
});

describe("finishing the quiz again after the sliders moved", () => {
  it("asks before replacing the sliders, and can keep them", async () => {
    const user = userEvent.setup();
    editAnswers({ tweak: true });
    const tweaked = useAppStore.getState().weights;
    await changeAnswersAndFinish(user);
    const choice = await screen.findByRole("group", { name: CHOICE });
    expect(choice).toHaveAccessibleDescription(/Keep the weights you set/);
    await waitFor(() =>
      expect(within(choice).getByRole("button", { name: "Keep my sliders" })).toHaveFocus(),
    );
    expect(useAppStore.getState().view).toBe("quiz");

    await user.click(within(choice).getByRole("button", { name: "Keep my sliders" }));
    expect(useAppStore.getState()).toMatchObject({
      view: "results",
      weights: tweaked,
      languages: ["python"],
    });
  });

  it("replaces the sliders with the answers' weights when asked to", async () => {
    const user = userEvent.setup();
    editAnswers({ tweak: true });
    await changeAnswersAndFinish(user);
    await user.click(await screen.findByRole("button", { name: "Use these answers" }));
    const expected = answersToWeights(useAppStore.getState().answers, FIXTURE_DATASET);
    expect(expected.weights.realtime).toBe(5);
    expect(useAppStore.getState()).toMatchObject({
      view: "results",
      weights: expected.weights,
      languages: ["python"],
    });
  });

  it("replaces without asking when the sliders were not moved", async () => {
    const user = userEvent.setup();
    editAnswers({ tweak: false });
    await changeAnswersAndFinish(user);
    expect(screen.queryByRole("group", { name: CHOICE })).not.toBeInTheDocument();
    expect(useAppStore.getState()).toMatchObject({
      view: "results",
      weights: { ...earlierWeights(), realtime: 5 },
    });
  });

  it("drops the question when an answer changes", async () => {
    const user = userEvent.setup();
    editAnswers({ tweak: true });
    await changeAnswersAndFinish(user);
    expect(await screen.findByRole("group", { name: CHOICE })).toBeVisible();
    await user.click(screen.getByRole("radio", { name: optionLabel("some") }));
    expect(screen.queryByRole("group", { name: CHOICE })).not.toBeInTheDocument();
    expect(useAppStore.getState().view).toBe("quiz");
  });

  it("still asks after a reload in the middle of editing", async () => {
    const user = userEvent.setup();
    const { unmount } = editAnswers({ tweak: true });
    await user.click(screen.getByRole("checkbox", { name: "Python" }));
    const { weights } = useAppStore.getState();
    unmount();
    resetAppStore();
    useAppStore.setState({ weights, view: "quiz" });
    renderWithData(<QuizView />);
    await user.click(screen.getByRole("button", { name: "Skip to results" }));
    expect(await screen.findByRole("group", { name: CHOICE })).toBeVisible();
  });
});
