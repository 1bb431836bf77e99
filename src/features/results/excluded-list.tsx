import { displayFit, type ExcludedFramework } from "../../domain/scoring.ts";

/** Frameworks left out by the language filter, with the fit they would have had and why they are out. */
export function ExcludedList({ excluded }: { excluded: readonly ExcludedFramework[] }) {
  if (excluded.length === 0) return null;
  return (
    <section className="excluded" aria-labelledby="excluded-heading" data-flip>
      <h2 id="excluded-heading">Left out by your languages</h2>
      <ul aria-label="Excluded">
        {excluded.map(({ framework, reason, fit }) => (
          <li key={framework.id}>
            <strong>{framework.name}</strong> would fit {displayFit(fit)} / 100; {reason}.
          </li>
        ))}
      </ul>
    </section>
  );
}
