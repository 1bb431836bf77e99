import { criterionLabels } from "../../domain/catalogue.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { Highlight } from "./highlight.tsx";
import type { RowMatch } from "./search.ts";

/** Says why a row matched the search: "Matched: Real-time 5/5 · pros · templates: Blade". */
export function MatchLine({ match }: { match: RowMatch }) {
  const labels = criterionLabels(useCatalogue());
  const parts = [
    ...match.strong.map(({ criterion, value }) => (
      <strong key={criterion}>
        {labels[criterion]} {value}/5
      </strong>
    )),
    ...match.fields.map((field) => <span key={field}>{field}</span>),
    ...match.facts.map((fact) => (
      <span key={fact.label}>
        {fact.label}: “<Highlight text={fact.text} />”
      </span>
    )),
  ];
  return (
    <p className="match-line">
      Matched:{" "}
      {parts.map((part, i) => (
        <span key={part.key}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          {i > 0 ? <span className="visually-hidden">, </span> : null}
          {part}
        </span>
      ))}
    </p>
  );
}
