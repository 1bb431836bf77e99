import { useMemo } from "react";
import type { Ranking } from "../../domain/scoring.ts";
import type { Criterion } from "../../domain/types.ts";
import { contributionChartData, fitChartData } from "./chart-data.ts";
import { ChartFigure } from "./chart-figure.tsx";
import { contributionSummary, fitSummary } from "./chart-summary.ts";
import { ContributionChart } from "./contribution-chart.tsx";
import { ContributionTable } from "./contribution-table.tsx";
import { FitChart } from "./fit-chart.tsx";
import { FitTable } from "./fit-table.tsx";
import "./charts.css";

/** Drawing heights in pixels; the app reserves the whole block's height while the chunk loads. */
const FIT_HEIGHT = 270;
const CONTRIBUTION_HEIGHT = 360;

/** Charts of the ranking: every fit, and what each criterion adds to it. */
export function ResultsCharts({
  ranking,
  criteria,
}: {
  ranking: Ranking;
  criteria: readonly Criterion[];
}) {
  const fits = useMemo(() => fitChartData(ranking), [ranking]);
  const contributions = useMemo(
    () => contributionChartData(ranking, criteria),
    [ranking, criteria],
  );
  return (
    <section className="results-charts" aria-label="Charts">
      <ChartFigure
        title="Fit by framework"
        summary={fitSummary(fits)}
        height={FIT_HEIGHT}
        chart={<FitChart rows={fits} height={FIT_HEIGHT} />}
        table={<FitTable rows={fits} />}
      />
      <ChartFigure
        title="Where each fit comes from"
        summary={contributionSummary(contributions)}
        height={CONTRIBUTION_HEIGHT}
        chart={<ContributionChart data={contributions} height={CONTRIBUTION_HEIGHT} />}
        table={<ContributionTable data={contributions} />}
      />
    </section>
  );
}
