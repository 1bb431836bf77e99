import { languageSet } from "./catalogue.ts";
import { compareNames, TIE_EPSILON } from "./order-by-fit.ts";
import type { Profile } from "./scoring.ts";
import { includedByLanguage, normalisedScore, rankFrameworks } from "./scoring.ts";
import { createSeededRandom, hashString, randomStep } from "./seeded-random.ts";
import type { Dataset } from "./types.ts";
import { CRITERION_IDS, MAX_WEIGHT, MIN_WEIGHT } from "./types.ts";

export interface StabilityShare {
  /** Framework id. */
  id: string;
  /** Percent of perturbed profiles under which this framework ranks first. */
  share: number;
}

export const DEFAULT_STABILITY_SAMPLES = 2000;

/** Seed from the canonical form of the profile, so the same link always gives the same shares. */
export function profileSeed(dataset: Pick<Dataset, "languages">, profile: Profile): number {
  const weights = CRITERION_IDS.map((id) => `${id}=${profile.weights[id]}`).join("&");
  return hashString(`${weights}&lang=${languageSet(dataset, profile.languages).join(",")}`);
}

function clampWeight(weight: number): number {
  return Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, weight));
}

/**
 * Share of `samples` seeded perturbations (each weight moved by -1, 0 or +1, uniformly, then
 * clamped to 0..5) under which each included framework ranks first. Every included framework is
 * listed, zero shares too, so the shares sum to 100 (none when no framework is included); sorted
 * by share descending, ties in the unperturbed ranking's order.
 */
export function stability(
  dataset: Dataset,
  profile: Profile,
  samples: number = DEFAULT_STABILITY_SAMPLES,
): StabilityShare[] {
  const included = includedByLanguage(dataset, profile.languages);
  if (included.length === 0) return [];
  // Name (then id) order, so among tied fits the lowest index wins, as in `rankAlternatives`.
  const frameworks = included.sort(
    (a, b) => compareNames(a.name, b.name) || compareNames(a.id, b.id),
  );
  const count = frameworks.length;
  const k = CRITERION_IDS.length;
  const matrix = new Float64Array(count * k);
  frameworks.forEach((f, i) => {
    CRITERION_IDS.forEach((id, c) => {
      matrix[i * k + c] = normalisedScore(f.scores[id].value);
    });
  });
  const base = new Float64Array(
    CRITERION_IDS.map((id) =>
      clampWeight(Number.isFinite(profile.weights[id]) ? profile.weights[id] : 0),
    ),
  );
  const weights = new Float64Array(k);
  const wins = new Uint32Array(count);
  const next = createSeededRandom(profileSeed(dataset, profile));
  const runs = Math.max(1, Math.floor(samples));
  for (let s = 0; s < runs; s++) {
    let total = 0;
    for (let c = 0; c < k; c++) {
      const w = clampWeight((base[c] as number) + randomStep(next));
      weights[c] = w;
      total += w;
    }
    if (total === 0) {
      weights.fill(1);
      total = k;
    }
    let winner = 0;
    let bestFit = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      let dot = 0;
      for (let c = 0; c < k; c++) dot += (weights[c] as number) * (matrix[i * k + c] as number);
      const fit = (100 * dot) / total;
      // Within TIE_EPSILON the earlier (by name) keeps the lead, as in the ranking.
      if (fit - bestFit >= TIE_EPSILON) {
        bestFit = fit;
        winner = i;
      }
    }
    wins[winner] = (wins[winner] as number) + 1;
  }
  const position = new Map(
    rankFrameworks(dataset, profile).ranked.map((r, i) => [r.framework.id, i]),
  );
  return frameworks
    .map((f, i) => ({ id: f.id, share: ((wins[i] as number) * 100) / runs }))
    .sort((a, b) => b.share - a.share || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}
