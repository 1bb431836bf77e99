import { useEffect, useRef } from "react";

interface FinishChoiceProps {
  onKeep: () => void;
  onReplace: () => void;
}

/** Asks before the answers replace weights moved by hand; the safe choice takes the focus. */
export function FinishChoice({ onKeep, onReplace }: FinishChoiceProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <fieldset className="finish-choice" aria-describedby="finish-choice-hint">
      <legend>Your sliders differ from these answers</legend>
      <p id="finish-choice-hint" className="hint">
        Keep the weights you set on the results, or replace them with what these answers give. The
        languages you ticked apply either way.
      </p>
      <div className="quiz-actions">
        <button ref={keepRef} type="button" onClick={onKeep}>
          Keep my sliders
        </button>
        <button type="button" className="primary" onClick={onReplace}>
          Use these answers
        </button>
      </div>
    </fieldset>
  );
}
