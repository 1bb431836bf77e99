import type { ExcludedFramework } from "../../domain/scoring.ts";

interface MatrixSummaryProps {
  shown: number;
  total: number;
  excluded: readonly ExcludedFramework[];
}

/** How many frameworks are shown, and which the team's languages hide and why. */
export function MatrixSummary({ shown, total, excluded }: MatrixSummaryProps) {
  const hidden = excluded.length;
  const reason = excluded[0]?.reason ?? "";
  return (
    <div className="matrix-summary">
      <p role="status" className="matrix-count">
        Showing <strong>{shown}</strong> of {total} frameworks
      </p>
      {hidden > 0 ? (
        <p className="matrix-hidden">
          {hidden === 1 ? "1 framework is" : `${hidden} frameworks are`} hidden because{" "}
          {hidden === 1 ? "it is" : "they are"} {reason} (your languages):{" "}
          {excluded.map((e) => e.framework.name).join(", ")}.
        </p>
      ) : null}
    </div>
  );
}
