import { type RefObject, useEffect, useLayoutEffect, useMemo, useState } from "react";
import type { Catalogue } from "../../domain/catalogue.ts";
import { answersToWeights, quizQuestions } from "../../domain/quiz.ts";
import type { Weights } from "../../domain/types.ts";
import { useAppStore } from "../../state/store.ts";
import {
  historyStep,
  markHistoryStep,
  previousEntryIsQuestion,
  pushHistoryStep,
} from "./quiz-history.ts";
import { loadQuizProgress, saveQuizProgress } from "./quiz-progress.ts";

/**
 * Where the quiz stands: the question shown (one history entry each, so Back and Forward move
 * between questions) and the answers, saved for this tab so a reload finds the same place.
 * `baseline` is what the answers gave when this round began; null until the place is restored.
 */
export function useQuizPlace(
  catalogue: Pick<Catalogue, "languages">,
  formRef: RefObject<HTMLElement | null>,
) {
  const questions = useMemo(() => quizQuestions(catalogue), [catalogue]);
  const last = questions.length - 1;
  const [step, setStep] = useState(0);
  const [baseline, setBaseline] = useState<Weights | null>(null);
  const answers = useAppStore((s) => s.answers);

  // After the first render, which matches the prebuilt first question: the history entry names
  // the question (Back, Forward, reload), else the tab's saved progress does, else question 1.
  useLayoutEffect(() => {
    const saved = loadQuizProgress(questions.map((q) => q.id));
    if (saved) useAppStore.setState({ answers: saved.answers });
    const start = Math.min(historyStep() ?? saved?.step ?? 0, last);
    markHistoryStep(start);
    setStep(start);
    setBaseline(
      saved?.baseline ?? answersToWeights(useAppStore.getState().answers, catalogue).weights,
    );
  }, [questions, last, catalogue]);

  useEffect(() => {
    const onPopState = () => {
      const to = historyStep();
      if (to === undefined) return;
      setStep(Math.min(to, last));
      focusQuestion(formRef);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [last, formRef]);

  useEffect(() => {
    if (baseline) saveQuizProgress({ step, answers, baseline });
  }, [step, answers, baseline]);

  const show = (to: number) => {
    setStep(to);
    focusQuestion(formRef);
  };
  const next = () => {
    const to = Math.min(step + 1, last);
    pushHistoryStep(to);
    show(to);
  };
  const back = () => {
    if (step === 0) return;
    // Going back through history keeps Forward working; its popstate shows the question.
    if (previousEntryIsQuestion(step)) window.history.back();
    else {
      markHistoryStep(step - 1);
      show(step - 1);
    }
  };
  return { questions, step, last, baseline, next, back };
}

/** Takes keyboard and screen-reader users to the new question, which announces its legend. */
function focusQuestion(form: RefObject<HTMLElement | null>): void {
  requestAnimationFrame(() => form.current?.querySelector("fieldset")?.focus());
}
