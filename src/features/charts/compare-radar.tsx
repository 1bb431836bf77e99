import type { Criterion, Framework } from "../../domain/types.ts";

/** Radar of the compared frameworks (being built). */
export function CompareRadar(_props: {
  frameworks: readonly Framework[];
  criteria: readonly Criterion[];
}) {
  return null;
}
