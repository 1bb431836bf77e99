import type { CriterionId } from "../domain/types.ts";
import { setScoreOverride } from "../state/score-override-actions.ts";

const SCORES = [1, 2, 3, 4, 5] as const;

/** Lets the user set their own 1..5 score for one framework and criterion, or go back to the dataset's. */
export function ScoreOverrideSelect({
  framework,
  criterion,
  value,
  published,
}: {
  framework: { id: string; name: string };
  criterion: { id: CriterionId; label: string };
  /** The score in use: the user's when set, else the dataset's. */
  value: number;
  /** The dataset's score when the user replaced it; undefined when `value` is the dataset's. */
  published: number | undefined;
}) {
  const datasetValue = published ?? value;
  return (
    <select
      className="score-override"
      aria-label={`Your score for ${framework.name} on ${criterion.label}`}
      value={published === undefined ? "" : String(value)}
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        setScoreOverride(framework.id, criterion.id, chosen === "" ? null : Number(chosen));
      }}
    >
      <option value="">Dataset: {datasetValue}</option>
      {SCORES.map((score) => (
        <option key={score} value={score}>
          Mine: {score}
        </option>
      ))}
    </select>
  );
}
