import { type ContributionChartData, formatPoints } from "./chart-data.ts";
import { YourScoreMark } from "./your-score-mark.tsx";

/** The contribution chart's data: a row per framework, a column per contributing criterion. */
export function ContributionTable({ data }: { data: ContributionChartData }) {
  return (
    <table className="chart-table">
      <caption>Points each criterion adds to each fit, best fit first (* your own score)</caption>
      <thead>
        <tr>
          <th scope="col">Framework</th>
          {data.series.map((s) => (
            <th scope="col" key={s.criterion}>
              {s.label}
            </th>
          ))}
          <th scope="col">Fit</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.frameworkId}>
            <th scope="row">{row.name}</th>
            {data.series.map((s) => (
              <td key={s.criterion}>
                {formatPoints(row.points[s.criterion])}
                <YourScoreMark framework={row.frameworkId} criterion={s.criterion} />
              </td>
            ))}
            <td>{formatPoints(row.fit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
