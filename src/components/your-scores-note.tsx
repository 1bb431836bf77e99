import { resetScoreOverrides } from "../state/score-override-actions.ts";
import { useAppStore } from "../state/store.ts";

/** Says how many scores are the user's own, with a way back to the dataset's. */
export function YourScoresNote() {
  const count = useAppStore((s) => s.scores.length);
  if (count === 0) return null;
  return (
    <p className="your-scores-note">
      <span>
        {count === 1 ? "One score is" : `${count} scores are`} your own, marked{" "}
        <span className="yours-mark">yours</span>; they count everywhere instead of the dataset's.
      </span>
      <button type="button" onClick={resetScoreOverrides}>
        Reset all to the dataset
      </button>
    </p>
  );
}
