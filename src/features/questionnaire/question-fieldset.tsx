import type { Question } from "../../domain/quiz.ts";

interface QuestionFieldsetProps {
  question: Question;
  answer: string | string[] | undefined;
  onAnswer: (answer: string | string[]) => void;
}

/** One quiz question: a radio group, or checkboxes when several answers apply. */
export function QuestionFieldset({ question, answer, onAnswer }: QuestionFieldsetProps) {
  const hintId = `${question.id}-hint`;
  const ticked = Array.isArray(answer) ? answer : [];
  const toggle = (id: string) =>
    onAnswer(ticked.includes(id) ? ticked.filter((t) => t !== id) : [...ticked, id]);

  return (
    <fieldset className="question" aria-describedby={hintId} tabIndex={-1}>
      <legend>{question.prompt}</legend>
      <p id={hintId} className="hint">
        {question.hint}
      </p>
      <div className={question.multiple ? "options options-grid" : "options"}>
        {question.options.map((option) => (
          <label key={option.id} className="option">
            <input
              type={question.multiple ? "checkbox" : "radio"}
              name={question.id}
              value={option.id}
              checked={question.multiple ? ticked.includes(option.id) : answer === option.id}
              onChange={() => (question.multiple ? toggle(option.id) : onAnswer(option.id))}
            />
            <span>
              {option.label}
              {option.hint ? <span className="option-hint">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
