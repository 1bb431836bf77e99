import type { ReactNode } from "react";
import type { Criterion, Framework } from "../../domain/types.ts";

/** Side-by-side comparison (being built). */
export function CompareView({
  renderRadar: _renderRadar,
}: {
  renderRadar: (frameworks: readonly Framework[], criteria: readonly Criterion[]) => ReactNode;
}) {
  return <h2>Compare</h2>;
}
