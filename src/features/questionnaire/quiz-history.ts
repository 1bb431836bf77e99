/**
 * Each quiz question is its own history entry at the same address: the entry's state names the
 * question, so Back and Forward step through the quiz and shared links stay exactly as they are.
 */
interface QuizEntryState {
  /** The question this entry shows, counted from 0. */
  quizStep: number;
  /** True when the entry was added by Next, so the entry before it is the previous question. */
  quizNext?: boolean;
}

function entryState(): Partial<QuizEntryState> & Record<string, unknown> {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null ? (state as Record<string, unknown>) : {};
}

/** The question the current history entry shows, if it names one. */
export function historyStep(): number | undefined {
  const step = entryState().quizStep;
  return typeof step === "number" && Number.isInteger(step) && step >= 0 ? step : undefined;
}

/** True when the entry before this one is the previous question, so Back can return to it. */
export function previousEntryIsQuestion(step: number): boolean {
  const state = entryState();
  return step > 0 && state.quizStep === step && state.quizNext === true;
}

/** Marks the current entry as showing `step`, keeping whatever else it holds. */
export function markHistoryStep(step: number): void {
  if (historyStep() === step) return;
  writeEntry("replace", { ...entryState(), quizStep: step, quizNext: false });
}

/** Adds an entry for the next question, at the same address. */
export function pushHistoryStep(step: number): void {
  writeEntry("push", { quizStep: step, quizNext: true });
}

function writeEntry(how: "push" | "replace", state: QuizEntryState & Record<string, unknown>) {
  try {
    if (how === "push") window.history.pushState(state, "");
    else window.history.replaceState(state, "");
  } catch {
    // A browser that refuses (Safari limits history calls) leaves Back to the previous view.
  }
}
