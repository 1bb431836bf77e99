import { useMemo } from "react";
import type { Criterion, Framework } from "../../domain/types.ts";
import { radarChartData } from "./chart-data.ts";
import { ChartFigure } from "./chart-figure.tsx";
import { radarSummary } from "./chart-summary.ts";
import { RadarTable } from "./radar-table.tsx";
import { ScoreRadar } from "./score-radar.tsx";
import "./charts.css";

/** Drawing height in pixels; the app reserves the whole figure's height while the chunk loads. */
const RADAR_HEIGHT = 380;

/** Radar of the compared frameworks' criterion scores, with its caption and data table. */
export function CompareRadar({
  frameworks,
  criteria,
}: {
  frameworks: readonly Framework[];
  criteria: readonly Criterion[];
}) {
  const data = useMemo(() => radarChartData(frameworks, criteria), [frameworks, criteria]);
  return (
    <ChartFigure
      title="Scores at a glance"
      summary={radarSummary(data)}
      height={RADAR_HEIGHT}
      chart={<ScoreRadar data={data} height={RADAR_HEIGHT} />}
      table={<RadarTable data={data} />}
    />
  );
}
