import { displayFit, type Ranking } from "../../domain/scoring.ts";
import type { Criterion, CriterionId, Framework } from "../../domain/types.ts";

/** Number of series colours (`--chart-1`..`--chart-9` in charts.css, light and dark). */
export const PALETTE_SIZE = 9;

/** The CSS colour of the series at `index`; the palette repeats past its end. */
export function seriesColour(index: number): string {
  return `var(--chart-${(index % PALETTE_SIZE) + 1})`;
}

/** One bar of the fit chart. */
export interface FitDatum {
  /** Not `id`: recharts copies a datum's fields onto its SVG shape, and ids must be unique. */
  frameworkId: string;
  name: string;
  rank: number;
  /** 0..100, unrounded: the bar's length. */
  fit: number;
  /** The whole number shown on the page. */
  shown: number;
}

/** The fit of every ranked framework, in rank order. */
export function fitChartData(ranking: Ranking): FitDatum[] {
  return ranking.ranked.map((r) => ({
    frameworkId: r.framework.id,
    name: r.framework.name,
    rank: r.rank,
    fit: r.fit,
    shown: displayFit(r.fit),
  }));
}

/** A criterion drawn as one colour of the stacked bars. */
export interface ContributionSeries {
  criterion: CriterionId;
  label: string;
  /** Path into a `ContributionDatum`, as recharts reads it. */
  dataKey: `points.${CriterionId}`;
  colour: string;
}

/** One stacked bar: a framework's fit split by criterion. */
export interface ContributionDatum {
  frameworkId: string;
  name: string;
  fit: number;
  shown: number;
  points: Record<CriterionId, number>;
}

/** Orders legend and tooltip items like the series (recharts sorts them by name by default). */
export type ItemSorter = (item: { dataKey?: unknown }) => number;

/** A sorter putting items in the order of `dataKeys`; unknown items go last. */
export function seriesSorter(dataKeys: readonly string[]): ItemSorter {
  return (item) => {
    const index = dataKeys.indexOf(String(item.dataKey));
    return index === -1 ? dataKeys.length : index;
  };
}

export interface ContributionChartData {
  /** Criteria that add points to at least one fit, in the dataset's order. */
  series: ContributionSeries[];
  rows: ContributionDatum[];
  sortItems: ItemSorter;
}

/** Each criterion's points in each fit, in rank order; criteria adding nothing anywhere are left out. */
export function contributionChartData(
  ranking: Ranking,
  criteria: readonly Criterion[],
): ContributionChartData {
  const rows = ranking.ranked.map((r) => ({
    frameworkId: r.framework.id,
    name: r.framework.name,
    fit: r.fit,
    shown: displayFit(r.fit),
    points: Object.fromEntries(r.contributions.map((c) => [c.criterion, c.points])) as Record<
      CriterionId,
      number
    >,
  }));
  // Colours follow the criterion's place in the dataset, so they never shuffle as weights change.
  const series = criteria.flatMap((c, index) =>
    rows.some((row) => (row.points[c.id] ?? 0) > 0)
      ? [
          {
            criterion: c.id,
            label: c.label,
            dataKey: `points.${c.id}` as const,
            colour: seriesColour(index),
          },
        ]
      : [],
  );
  return { series, rows, sortItems: seriesSorter(series.map((s) => s.dataKey)) };
}

/** A framework drawn as one outline of the radar. */
export interface RadarSeries {
  id: string;
  name: string;
  /** Path into a `RadarDatum`, as recharts reads it. */
  dataKey: `values.${string}`;
  colour: string;
}

/** One spoke of the radar: a criterion and each framework's 1..5 score on it. */
export interface RadarDatum {
  criterion: CriterionId;
  label: string;
  /** Score by framework id. */
  values: Record<string, number>;
}

export interface RadarChartData {
  series: RadarSeries[];
  rows: RadarDatum[];
  sortItems: ItemSorter;
}

/** One spoke per criterion, one series per framework in the order given. */
export function radarChartData(
  frameworks: readonly Framework[],
  criteria: readonly Criterion[],
): RadarChartData {
  const series = frameworks.map((f, index) => ({
    id: f.id,
    name: f.name,
    dataKey: `values.${f.id}` as const,
    colour: seriesColour(index),
  }));
  const rows = criteria.map((c) => ({
    criterion: c.id,
    label: c.label,
    values: Object.fromEntries(frameworks.map((f) => [f.id, f.scores[c.id].value])),
  }));
  return { series, rows, sortItems: seriesSorter(series.map((s) => s.dataKey)) };
}

/** A tooltip or table number: points with one decimal, so a row's parts visibly add up. */
export function formatPoints(value: unknown): string {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n.toFixed(1) : "–";
}

/** A fit as shown on the page: a whole number out of 100. */
export function formatFit(value: unknown): string {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? String(displayFit(n)) : "–";
}

/** Room the radar keeps for spoke labels beside the web, and for the legend below it, in px. */
export const RADAR_LABEL_ROOM = { side: 68, top: 30, legend: 48 } as const;

/** The radar's radius in px for its box: as large as fits with every spoke label unclipped. */
export function radarRadius(width: number, height: number): number {
  const byWidth = width / 2 - RADAR_LABEL_ROOM.side;
  const byHeight = (height - RADAR_LABEL_ROOM.legend) / 2 - RADAR_LABEL_ROOM.top;
  return Math.max(40, Math.floor(Math.min(byWidth, byHeight)));
}
