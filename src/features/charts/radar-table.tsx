import type { RadarChartData } from "./chart-data.ts";
import { YourScoreMark } from "./your-score-mark.tsx";

/** The radar's data: a row per criterion, a column per framework, scores 1..5. */
export function RadarTable({ data }: { data: RadarChartData }) {
  return (
    <table className="chart-table">
      <caption>Scores (1 to 5) on each criterion (* your own score)</caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          {data.series.map((s) => (
            <th scope="col" key={s.id}>
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.criterion}>
            <th scope="row">{row.label}</th>
            {data.series.map((s) => (
              <td key={s.id}>
                {row.values[s.id] ?? "–"}
                <YourScoreMark framework={s.id} criterion={row.criterion} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
