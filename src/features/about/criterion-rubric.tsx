import type { Criterion } from "../../domain/types.ts";

const LEVELS = ["1", "2", "3", "4", "5"] as const;

/** One criterion: what it measures and the evidence for each of its five levels. */
export function CriterionRubric({ criterion }: { criterion: Criterion }) {
  const headingId = `rubric-${criterion.id}`;
  return (
    <section className="criterion-rubric" aria-labelledby={headingId}>
      <h4 id={headingId}>{criterion.label}</h4>
      <p>{criterion.description}</p>
      <table className="about-table rubric-table">
        <caption className="visually-hidden">Rubric for {criterion.label}</caption>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">What earns it</th>
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((level) => (
            <tr key={level}>
              <th scope="row">{level}</th>
              <td>{criterion.rubric[level]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
