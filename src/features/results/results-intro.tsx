import { HowItWorksLink } from "../../components/how-it-works-link.tsx";
import { criterionLabels } from "../../domain/catalogue.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { setView, useAppStore } from "../../state/store.ts";
import { languagesInWords, prioritiesInWords } from "./priorities-summary.ts";

/** The top of the results: what the ranking is for, shown before the ranking itself arrives. */
export function ResultsIntro() {
  const weights = useAppStore((s) => s.weights);
  const languages = useAppStore((s) => s.languages);
  const catalogue = useCatalogue();
  return (
    <div className="results-intro">
      <div className="view-heading">
        <h2>Your ranking</h2>
        <button type="button" onClick={() => setView("quiz")}>
          Edit answers
        </button>
      </div>
      <p className="priorities">
        Ranked for your priorities: {prioritiesInWords(weights, criterionLabels(catalogue))}{" "}
        {languagesInWords(catalogue, languages)} Move the sliders to see what would change.{" "}
        <HowItWorksLink />
      </p>
    </div>
  );
}
