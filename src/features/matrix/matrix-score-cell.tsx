import { use } from "react";
import { ScoreOverrideSelect } from "../../components/score-override-select.tsx";
import { isOwnOptionId } from "../../domain/own-options.ts";
import type { Criterion } from "../../domain/types.ts";
import type { MatrixRow } from "./matrix-rows.ts";
import { ScoreEditingContext } from "./score-editing.ts";

/** A score in the matrix: the number, marked when it is the user's own, or a select while editing. */
export function MatrixScoreCell({ row, criterion }: { row: MatrixRow; criterion: Criterion }) {
  const editing = use(ScoreEditingContext);
  const value = row.scores[criterion.id];
  const published = row.published[criterion.id];
  if (editing && !isOwnOptionId(row.id)) {
    return (
      <ScoreOverrideSelect
        framework={row}
        criterion={criterion}
        value={value}
        published={published}
      />
    );
  }
  return (
    <span className={`score score-${value}`}>
      {value}
      {published === undefined ? (
        <span className="visually-hidden"> of 5</span>
      ) : (
        <>
          <span className="yours-dot" aria-hidden="true" title={`Your score; dataset ${published}`}>
            *
          </span>
          <span className="visually-hidden"> of 5, your score; the dataset says {published}</span>
        </>
      )}
    </span>
  );
}
