import { CRITERION_LABELS } from "../../domain/criterion-labels.ts";
import { setView, useAppStore } from "../../state/store.ts";
import { languagesInWords, prioritiesInWords } from "./priorities-summary.ts";

/** The top of the results: what the ranking is for, shown before the ranking itself arrives. */
export function ResultsIntro() {
  const weights = useAppStore((s) => s.weights);
  const languages = useAppStore((s) => s.languages);
  return (
    <div className="results-intro">
      <div className="view-heading">
        <h2>Your ranking</h2>
        <button type="button" onClick={() => setView("quiz")}>
          Edit answers
        </button>
      </div>
      <p className="priorities">
        Ranked for your priorities: {prioritiesInWords(weights, CRITERION_LABELS)}{" "}
        {languagesInWords(languages)} Move the sliders to see what would change.
      </p>
    </div>
  );
}
