import { joinNames, languageName, languageSet } from "./catalogue.ts";
import { compareNames, orderByFit } from "./order-by-fit.ts";
import type { CriterionId, Dataset, Framework, LanguageId, Weights } from "./types.ts";
import { CRITERION_IDS } from "./types.ts";
import { effectiveWeights, weightVector } from "./weights.ts";

// Re-exported for callers that already import them from here.
export { compareNames, TIE_EPSILON } from "./order-by-fit.ts";

/** What the team asked for: a weight per criterion and the languages it can use. */
export interface Profile {
  weights: Weights;
  /** Languages the team can use; empty = any language. */
  languages: readonly LanguageId[];
}

/** Result of the generic core: fits by alternative index and the indices best first. */
export interface AlternativeRanking {
  order: number[];
  fits: number[];
}

/** One criterion's share of a fit: `100 * w * n / sum(w)`; a framework's shares sum to its fit. */
export interface CriterionContribution {
  criterion: CriterionId;
  points: number;
}

export interface RankedFramework {
  framework: Framework;
  /** 1-based position in the ranking; tied frameworks still get consecutive ranks. */
  rank: number;
  /** 0..100, unrounded; see `displayFit`. */
  fit: number;
  /** In `CRITERION_IDS` order. */
  contributions: CriterionContribution[];
}

export interface ExcludedFramework {
  framework: Framework;
  /** Plain-words reason, e.g. "not written in Python or Ruby". */
  reason: string;
  /** 0..100, unrounded: the fit it would have had under the same weights. */
  fit: number;
}

export interface Ranking {
  ranked: RankedFramework[];
  /** Sorted by name, then id. */
  excluded: ExcludedFramework[];
}

/** Maps a 1..5 rubric score onto [0, 1]; never rescaled against the visible subset. */
export function normalisedScore(value: number): number {
  return (value - 1) / 4;
}

/** The whole-number fit shown on the page. */
export function displayFit(fit: number): number {
  return Math.round(fit);
}

/**
 * Generic weighted-sum core: `values[i][c]` in [0, 1], one weight per criterion. Fits are
 * `100 * sum(w * v) / sum(w)`; fits closer than `TIE_EPSILON` (chained through neighbours) tie
 * and are ordered by name, then by index.
 */
export function rankAlternatives(
  values: readonly (readonly number[])[],
  names: readonly string[],
  weights: readonly number[],
): AlternativeRanking {
  const w = effectiveWeights(weights);
  let total = 0;
  for (const weight of w) total += weight;
  const fits: number[] = [];
  for (const row of values) {
    let dot = 0;
    for (let c = 0; c < w.length; c++) dot += (w[c] as number) * (row[c] ?? 0);
    fits.push(total > 0 ? (100 * dot) / total : 0);
  }
  return { order: orderByFit(fits, names), fits };
}

/** Normalised scores of each framework, one row per framework in `CRITERION_IDS` order. */
export function scoreMatrix(frameworks: readonly Framework[]): number[][] {
  return frameworks.map((f) => CRITERION_IDS.map((id) => normalisedScore(f.scores[id].value)));
}

/** The language ids a filter asks for: the dataset's, in its order, then any it does not list. */
function wantedLanguages(
  dataset: Pick<Dataset, "languages">,
  languages: readonly string[],
): string[] {
  const known = languageSet(dataset, languages);
  // Ids the dataset does not list still filter: they simply match no framework.
  return [...known, ...new Set(languages.filter((id) => !known.includes(id)))];
}

/** Whether a framework suits the wanted languages; one with none (a user's own option) suits any. */
const suits = (framework: Framework, wanted: readonly string[]) =>
  wanted.length === 0 ||
  framework.languages.length === 0 ||
  framework.languages.some((l) => wanted.includes(l));

/** The frameworks the language filter keeps, sorted by id so input order never matters. */
export function includedByLanguage(
  dataset: Pick<Dataset, "frameworks" | "languages">,
  languages: readonly string[],
): Framework[] {
  const wanted = wantedLanguages(dataset, languages);
  return dataset.frameworks
    .filter((f) => suits(f, wanted))
    .sort((a, b) => compareNames(a.id, b.id));
}

/** Splits frameworks by the language filter: `includedByLanguage`, and the rest with the reason. */
export function splitByLanguage(
  dataset: Pick<Dataset, "frameworks" | "languages">,
  languages: readonly string[],
): { included: Framework[]; excluded: Omit<ExcludedFramework, "fit">[] } {
  const wanted = wantedLanguages(dataset, languages);
  const names = wanted.map((id) => languageName(dataset, id));
  const reason = `not written in ${joinNames(names, "disjunction")}`;
  const excluded = dataset.frameworks
    .filter((f) => !suits(f, wanted))
    .sort((a, b) => compareNames(a.name, b.name) || compareNames(a.id, b.id))
    .map((framework) => ({ framework, reason }));
  return { included: includedByLanguage(dataset, languages), excluded };
}

/** The included frameworks' order and fits, on which a ranking is built. */
function rankIncluded(included: Framework[], profile: Profile) {
  const weights = weightVector(profile.weights);
  const matrix = scoreMatrix(included);
  const { order, fits } = rankAlternatives(
    matrix,
    included.map((f) => f.name),
    weights,
  );
  return { weights, matrix, order, fits };
}

/** The ranking's frameworks, ranks and fits only: no explanations, nothing about the excluded. */
export function rankedFits(
  dataset: Dataset,
  profile: Profile,
): Omit<RankedFramework, "contributions">[] {
  const included = includedByLanguage(dataset, profile.languages);
  const { order, fits } = rankIncluded(included, profile);
  return order.map((index, position) => ({
    framework: included[index] as Framework,
    rank: position + 1,
    fit: fits[index] as number,
  }));
}

/** Ranks the dataset's frameworks for a profile (README "How the ranking works"), with per-criterion explanations. */
export function rankFrameworks(dataset: Dataset, profile: Profile): Ranking {
  const { included, excluded } = splitByLanguage(dataset, profile.languages);
  const { weights, matrix, order, fits } = rankIncluded(included, profile);
  const w = effectiveWeights(weights);
  const total = w.reduce((sum, weight) => sum + weight, 0);
  const ranked = order.map((index, position) => ({
    framework: included[index] as Framework,
    rank: position + 1,
    fit: fits[index] as number,
    contributions: CRITERION_IDS.map((criterion, c) => ({
      criterion,
      points: (100 * (w[c] as number) * (matrix[index]?.[c] ?? 0)) / total,
    })),
  }));
  const outside = excluded.map((e) => e.framework);
  const wouldFit = rankAlternatives(
    scoreMatrix(outside),
    outside.map((f) => f.name),
    weights,
  ).fits;
  return { ranked, excluded: excluded.map((e, i) => ({ ...e, fit: wouldFit[i] as number })) };
}
