import { type FormEvent, useMemo, useRef, useState } from "react";
import { PresetPicker } from "../../components/preset-picker.tsx";
import { quizQuestions } from "../../domain/quiz.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { finishQuiz, setAnswer, useAppStore } from "../../state/store.ts";
import { applyPreset } from "./apply-preset.ts";
import { QuestionFieldset } from "./question-fieldset.tsx";

/** The priorities quiz: one question at a time, Back/Next, a progress line and a way to skip. */
export function QuizView() {
  const [step, setStep] = useState(0);
  const answers = useAppStore((s) => s.answers);
  const formRef = useRef<HTMLFormElement>(null);
  const catalogue = useCatalogue();
  const questions = useMemo(() => quizQuestions(catalogue), [catalogue]);
  const finish = () => finishQuiz(catalogue);
  const question = questions[step] ?? questions[0];
  const isLast = step === questions.length - 1;

  const go = (to: number) => {
    setStep(to);
    // Take keyboard and screen-reader users to the new question, which announces its legend.
    requestAnimationFrame(() => formRef.current?.querySelector("fieldset")?.focus());
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (isLast) finish();
    else go(step + 1);
  };

  if (!question) return null;
  return (
    <section className="quiz" aria-labelledby="quiz-heading">
      <h2 id="quiz-heading">What matters to your team?</h2>
      <p className="quiz-progress">
        <span>
          Question {step + 1} of {questions.length}
        </span>
        <progress
          value={step + 1}
          max={questions.length}
          aria-label={`Question ${step + 1} of ${questions.length}`}
        />
      </p>
      <form ref={formRef} className="card quiz-card" onSubmit={onSubmit}>
        <QuestionFieldset
          key={question.id}
          question={question}
          answer={answers[question.id]}
          onAnswer={(answer) => setAnswer(question.id, answer)}
        />
        <div className="quiz-actions">
          <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
            Back
          </button>
          <button type="submit" className="primary">
            {isLast ? "See results" : "Next"}
          </button>
        </div>
      </form>
      <p className="quiz-skip">
        <button type="button" className="link-button" onClick={finish}>
          Skip to results
        </button>{" "}
        <span className="hint">Unanswered questions keep a balanced default.</span>
      </p>
      {step === 0 ? (
        <section className="card" aria-labelledby="presets-heading">
          <h3 id="presets-heading">Or start from a preset</h3>
          <p className="hint">
            One click sets every priority for a common kind of project; adjust them on the results.
          </p>
          <PresetPicker onPick={(preset) => applyPreset(preset, catalogue)} />
        </section>
      ) : null}
    </section>
  );
}
