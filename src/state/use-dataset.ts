import { useMemo } from "react";
import { withOwnOptions } from "../domain/own-options.ts";
import { applyScoreOverrides } from "../domain/score-overrides.ts";
import type { Dataset } from "../domain/types.ts";
import { usePublishedDataset } from "./dataset-context.ts";
import { useAppStore } from "./store.ts";

/**
 * The dataset the views rank: the published one with the user's own scores and options applied.
 * Only the views that rank use it, so it loads with them, not with the first screen.
 */
export function useDataset(): Dataset {
  const published = usePublishedDataset();
  const scores = useAppStore((s) => s.scores);
  const own = useAppStore((s) => s.own);
  return useMemo(
    () => withOwnOptions(applyScoreOverrides(published, scores), own),
    [published, scores, own],
  );
}
