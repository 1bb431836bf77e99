import { ScrollBox } from "../../components/scroll-box.tsx";
import { displayFit } from "../../domain/scoring.ts";
import { formatNormalised, formatPoints, type WorkedExample } from "./worked-example.ts";

/** The worked example as a table: one row per criterion and the total, which is the fit. */
export function WorkedExampleTable({ name, example }: { name: string; example: WorkedExample }) {
  return (
    <ScrollBox label={`Worked example for ${name}`}>
      <table className="about-table example-table">
        <caption>How the fit of {name} adds up</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Weight</th>
            <th scope="col">Score (1–5)</th>
            <th scope="col">Share (score − 1) ÷ 4</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {example.rows.map((row) => (
            <tr key={row.criterion} className={row.counted === 0 ? "unweighted" : undefined}>
              <th scope="row">{row.label}</th>
              <td>
                {row.counted === row.weight ? row.weight : `${row.counted} (you set ${row.weight})`}
              </td>
              <td>{row.score}</td>
              <td>{formatNormalised(row.normalised)}</td>
              <td>{formatPoints(row.points)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Total: the fit (shown as {displayFit(example.fit)})
            </th>
            <td>{formatPoints(example.fit)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}
