import type { Criterion } from "../../domain/types.ts";

/** Words for each weight 0..5, as read out by the sliders. */
export const WEIGHT_WORDS = [
  "ignored",
  "minor",
  "somewhat important",
  "important",
  "very important",
  "critical",
] as const;

/** "Performance: very important, 4 of 5" — the slider's aria-valuetext. */
export function weightValueText(criterion: Pick<Criterion, "label">, weight: number): string {
  return `${criterion.label}: ${WEIGHT_WORDS[weight] ?? "unknown"}, ${weight} of 5`;
}
