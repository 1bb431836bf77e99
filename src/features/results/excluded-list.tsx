import type { ExcludedFramework } from "../../domain/scoring.ts";

/** Frameworks left out by the language filter, with the reason. */
export function ExcludedList({ excluded }: { excluded: readonly ExcludedFramework[] }) {
  if (excluded.length === 0) return null;
  return (
    <section className="excluded" aria-labelledby="excluded-heading">
      <h2 id="excluded-heading">Left out by your languages</h2>
      <ul aria-label="Excluded">
        {excluded.map(({ framework, reason }) => (
          <li key={framework.id}>
            <strong>{framework.name}</strong>: {reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
