import { joinNames, languageName } from "../../domain/catalogue.ts";
import { type CoverageGap, coverageGaps, STRENGTH_FROM } from "../../domain/explanation.ts";
import { displayFit, type Ranking } from "../../domain/scoring.ts";
import type { Criterion, Weights } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { WEIGHT_WORDS } from "./weight-labels.ts";

/** At most this many left-out frameworks are named per gap. */
const OUTSIDERS_SHOWN = 3;

/** Says plainly when a criterion marked very important or critical is met by no ranked framework. */
export function CoverageNote({
  ranking,
  weights,
  criteria,
}: {
  ranking: Ranking;
  weights: Weights;
  criteria: readonly Criterion[];
}) {
  const catalogue = useCatalogue();
  const gaps = coverageGaps(ranking, weights);
  if (gaps.length === 0) return null;
  const label = (id: string) => criteria.find((c) => c.id === id)?.label ?? id;
  const outsiderText = (gap: CoverageGap) =>
    joinNames(
      gap.outsiders.slice(0, OUTSIDERS_SHOWN).map(({ framework, fit }) => {
        const admitting = languageName(catalogue, framework.languages[0] ?? "");
        return `${framework.name} (would fit ${displayFit(fit)}; add ${admitting})`;
      }),
      "conjunction",
    );
  return (
    <section className="card coverage-note" aria-labelledby="coverage-heading" data-flip>
      <h2 id="coverage-heading">What no option here does well</h2>
      <ul>
        {gaps.map((gap) => (
          <li key={gap.criterion}>
            You marked <strong>{label(gap.criterion)}</strong> {WEIGHT_WORDS[gap.weight]}, but{" "}
            {gap.bestRanked === null
              ? "no framework is ranked"
              : `no ranked framework scores ${STRENGTH_FROM} or more on it (the best is ${gap.bestRanked}/5)`}
            .{" "}
            {gap.outsiders.length > 0
              ? `Outside your languages: ${outsiderText(gap)}.`
              : ranking.excluded.length > 0
                ? "Widening your languages would not change that."
                : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
