import "./about.css";
import { useDataset } from "../../state/use-dataset.ts";
import { useProfile, useRanking } from "../../state/use-ranking.ts";
import { DataSources } from "./data-sources.tsx";
import { FitInWords } from "./fit-in-words.tsx";
import { RubricSection } from "./rubric-section.tsx";
import { StabilityInWords } from "./stability-in-words.tsx";
import { WorkedExampleSection } from "./worked-example-section.tsx";

/** How the ranking works: the fit, a worked example, every rubric, stability and the sources. */
export function AboutView() {
  const dataset = useDataset();
  const profile = useProfile();
  const ranking = useRanking(profile);
  return (
    <div className="about-view">
      <div className="view-heading">
        <h2>How the ranking works</h2>
      </div>
      <p className="hint">
        Everything below is worked out from the catalogue (facts as of {dataset.asOf}) and your
        current weights.
      </p>
      <FitInWords criteriaCount={dataset.criteria.length} />
      <WorkedExampleSection
        ranking={ranking}
        weights={profile.weights}
        criteria={dataset.criteria}
      />
      <RubricSection criteria={dataset.criteria} />
      <StabilityInWords dataset={dataset} profile={profile} leader={ranking.ranked[0]} />
      <DataSources asOf={dataset.asOf} />
    </div>
  );
}
