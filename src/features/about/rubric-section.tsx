import type { Criterion } from "../../domain/types.ts";
import { CriterionRubric } from "./criterion-rubric.tsx";

/** Every criterion's rubric: what evidence earns each score from 1 to 5. */
export function RubricSection({ criteria }: { criteria: readonly Criterion[] }) {
  return (
    <section className="about-section" aria-labelledby="about-rubric">
      <h3 id="about-rubric">What each score means</h3>
      <p>
        Each score follows a fixed rubric that says what evidence earns each level, so two people
        scoring the same framework from the same sources reach the same number. The why and the
        sources of every score are in Compare.
      </p>
      <div className="rubric-grid">
        {criteria.map((criterion) => (
          <CriterionRubric key={criterion.id} criterion={criterion} />
        ))}
      </div>
    </section>
  );
}
