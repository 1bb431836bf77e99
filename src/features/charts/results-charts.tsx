import type { Ranking } from "../../domain/scoring.ts";
import type { Criterion } from "../../domain/types.ts";

/** Charts of the ranking (being built). */
export function ResultsCharts(_props: { ranking: Ranking; criteria: readonly Criterion[] }) {
  return null;
}
