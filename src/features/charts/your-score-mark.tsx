import type { CriterionId } from "../../domain/types.ts";
import { useAppStore } from "../../state/store.ts";

/** Marks a chart table value that rests on the user's own score rather than the dataset's. */
export function YourScoreMark({
  framework,
  criterion,
}: {
  framework: string;
  criterion: CriterionId;
}) {
  const yours = useAppStore((s) =>
    s.scores.some((o) => o.framework === framework && o.criterion === criterion),
  );
  if (!yours) return null;
  return (
    <span className="yours-dot" title="Your own score">
      *<span className="visually-hidden"> (your own score)</span>
    </span>
  );
}
