import { joinNames } from "../../domain/catalogue.ts";
import type { ContributionChartData, FitDatum, RadarChartData } from "./chart-data.ts";

const joinAnd = (items: readonly string[]) => joinNames(items, "conjunction");

/** The fit chart in one sentence: who leads, who follows, who fits least. */
export function fitSummary(rows: readonly FitDatum[]): string {
  const [first, second] = rows;
  const last = rows[rows.length - 1];
  if (!first || !last) return "No framework is ranked.";
  if (!second) return `Only ${first.name} is ranked, at ${first.shown} of 100.`;
  const lead = `${first.name} fits best at ${first.shown} of 100, then ${second.name} at ${second.shown}`;
  return rows.length === 2 ? `${lead}.` : `${lead}; ${last.name} fits least at ${last.shown}.`;
}

/** The contribution chart in words: what the bars mean and where the leader's points come from. */
export function contributionSummary(data: ContributionChartData): string {
  const intro = "Each bar splits a fit into the points each criterion adds.";
  const leader = data.rows[0];
  if (!leader || data.series.length === 0) return `${intro} No criterion adds any points.`;
  const top = [...data.series]
    .filter((s) => leader.points[s.criterion] > 0)
    .sort((a, b) => leader.points[b.criterion] - leader.points[a.criterion])
    .slice(0, 2)
    .map((s) => s.label);
  return `${intro} ${leader.name}'s fit comes mostly from ${joinAnd(top)}.`;
}

/** The radar in words: the scale, where the frameworks differ most and where they agree. */
export function radarSummary(data: RadarChartData): string {
  const intro = "Each spoke is a criterion scored 1 (weak) to 5 (strong).";
  if (data.series.length < 2) return intro;
  const spreads = data.rows.map((row) => {
    const scores = data.series.map((s) => row.values[s.id] ?? 0);
    return { row, spread: Math.max(...scores) - Math.min(...scores) };
  });
  const widest = spreads.reduce<(typeof spreads)[number] | undefined>(
    (best, s) => (best === undefined || s.spread > best.spread ? s : best),
    undefined,
  );
  if (!widest || widest.spread === 0) return `${intro} They score the same on every criterion.`;
  const detail = data.series.map((s) => `${s.name} ${widest.row.values[s.id]}`).join(", ");
  const same = spreads.filter((s) => s.spread === 0).map((s) => s.row.label);
  const agree = same.length > 0 ? ` They score the same on ${joinAnd(same)}.` : "";
  return `${intro} They differ most on ${widest.row.label} (${detail}).${agree}`;
}
