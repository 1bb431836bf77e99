import { HowItWorksLink } from "../../components/how-it-works-link.tsx";
import { criterionLabels } from "../../domain/catalogue.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { setView, useAppStore } from "../../state/store.ts";
import {
  languagesInWords,
  longestPrioritiesInWords,
  PRIORITIES_LEAD,
  prioritiesInWords,
} from "./priorities-summary.ts";

/** The top of the results: its heading and the way back to the quiz. */
export function ResultsIntro() {
  return (
    <div className="view-heading">
      <h2>Your ranking</h2>
      <button type="button" onClick={() => setView("quiz")}>
        Edit answers
      </button>
    </div>
  );
}

/** What the ranking is for, in words, under the ranking at a glance. */
export function PrioritiesSummary() {
  const weights = useAppStore((s) => s.weights);
  const languages = useAppStore((s) => s.languages);
  const catalogue = useCatalogue();
  const labels = criterionLabels(catalogue);
  return (
    <div className="priorities-summary" data-flip>
      {/* One text node whose longest wording sits invisibly under it (styles.css): re-wording it
          as the sliders move changes neither its height nor the place of anything after it. */}
      <p className="priorities" data-longest={PRIORITIES_LEAD + longestPrioritiesInWords(labels)}>
        <span>{PRIORITIES_LEAD + prioritiesInWords(weights, labels)}</span>
      </p>
      <p className="priorities-more">
        {languagesInWords(catalogue, languages)} Move the sliders to see what would change.{" "}
        <HowItWorksLink />
      </p>
    </div>
  );
}
