import type { Weights } from "../../domain/types.ts";
import { useAppStore } from "../../state/store.ts";

/** Replaces all nine weights at once (a preset, or the quiz answers again); languages stay. */
export function replaceWeights(weights: Readonly<Weights>): void {
  useAppStore.setState({ weights: { ...weights } });
}
