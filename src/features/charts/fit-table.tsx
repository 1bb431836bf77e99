import type { FitDatum } from "./chart-data.ts";

/** The fit chart's data: rank, framework and fit. */
export function FitTable({ rows }: { rows: readonly FitDatum[] }) {
  return (
    <table className="chart-table">
      <caption>Fit of each framework, best first</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Framework</th>
          <th scope="col">Fit (0–100)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.frameworkId}>
            <td>{row.rank}</td>
            <th scope="row">{row.name}</th>
            <td>{row.shown}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
