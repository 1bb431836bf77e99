import { type FormEvent, lazy, Suspense, useRef, useState } from "react";
import { PresetPicker } from "../../components/preset-picker.tsx";
import type { Answers } from "../../domain/quiz.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { setAnswer, useAppStore } from "../../state/store.ts";
import { applyPreset } from "./apply-preset.ts";
import { finishKeepingWeights, finishWithAnswers, finishWouldDropTweaks } from "./finish-quiz.ts";
import { QuestionFieldset } from "./question-fieldset.tsx";
import { useQuizPlace } from "./use-quiz-place.ts";

/** Asked only when finishing again would drop moved sliders: not part of the first screen. */
const FinishChoice = lazy(() =>
  import("./finish-choice.tsx").then((m) => ({ default: m.FinishChoice })),
);

/** The priorities quiz: one question at a time, Back/Next, a progress line and a way to skip. */
export function QuizView() {
  const answers = useAppStore((s) => s.answers);
  const formRef = useRef<HTMLFormElement>(null);
  const catalogue = useCatalogue();
  const { questions, step, last, baseline, next, back } = useQuizPlace(catalogue, formRef);
  // Asked when finishing would replace slider tweaks; any new answer or question drops the question.
  const [askedAt, setAskedAt] = useState<{ answers: Answers; step: number } | null>(null);
  const asking = askedAt?.answers === answers && askedAt.step === step;
  const question = questions[step] ?? questions[0];
  const isLast = step === last;

  const finish = () => {
    if (baseline && finishWouldDropTweaks(baseline, catalogue)) setAskedAt({ answers, step });
    else finishWithAnswers(catalogue);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (isLast) finish();
    else next();
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
          <button type="button" onClick={back} disabled={step === 0}>
            Back
          </button>
          <button type="submit" className="primary">
            {isLast ? "See results" : "Next"}
          </button>
        </div>
        {asking ? (
          <Suspense fallback={null}>
            <FinishChoice
              onKeep={() => finishKeepingWeights(catalogue)}
              onReplace={() => finishWithAnswers(catalogue)}
            />
          </Suspense>
        ) : null}
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
