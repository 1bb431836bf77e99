import { useMemo } from "react";
import { type Profile, rankFrameworks } from "../domain/scoring.ts";
import { useAppStore } from "./store.ts";
import { useDataset } from "./use-dataset.ts";

/** The current profile (weights and languages) from the store. */
export function useProfile(): Profile {
  const weights = useAppStore((s) => s.weights);
  const languages = useAppStore((s) => s.languages);
  return useMemo(() => ({ weights, languages }), [weights, languages]);
}

/** The ranking of the loaded dataset under the current profile, derived on each change. */
export function useRanking(profile: Profile) {
  const dataset = useDataset();
  return useMemo(() => rankFrameworks(dataset, profile), [dataset, profile]);
}
