import { type Catalogue, joinNames, languageName, languageSet } from "../../domain/catalogue.ts";
import type { CriterionId, LanguageId, Weights } from "../../domain/types.ts";
import { CRITERION_IDS, MAX_WEIGHT } from "../../domain/types.ts";
import { effectiveWeights, weightVector } from "../../domain/weights.ts";
import { WEIGHT_WORDS } from "./weight-labels.ts";

/** How the results introduce the profile in words. */
export const PRIORITIES_LEAD = "Ranked for your priorities: ";

/**
 * The profile in words, most important first: "Real-time is critical; Raw performance and
 * Scalability are very important; …; Flexibility is ignored."
 */
export function prioritiesInWords(
  weights: Weights,
  labels: Readonly<Record<CriterionId, string>>,
): string {
  // Say what the ranking counts when it differs from what was set (all 0 counts as all 1).
  const vector = weightVector(weights);
  if (effectiveWeights(vector).some((w, c) => w !== vector[c])) {
    return "You weighted nothing, so every criterion counts the same.";
  }
  const groups: string[] = [];
  for (let weight = MAX_WEIGHT; weight >= 0; weight--) {
    const names = CRITERION_IDS.filter((id) => weights[id] === weight).map((id) => labels[id]);
    if (names.length === 0) continue;
    groups.push(
      `${joinNames(names, "conjunction")} ${names.length === 1 ? "is" : "are"} ${WEIGHT_WORDS[weight]}`,
    );
  }
  return `${groups.join("; ")}.`;
}

/**
 * Weights that make `prioritiesInWords` longest: every weight word once (a word more costs more
 * than a name added to a group) and three names joined to others (" and " beats ", ").
 */
const LONGEST_SPREAD = [5, 5, 4, 4, 3, 3, 2, 1, 0] as const;

/** The longest summary any weights could give with these labels, to reserve its lines. */
export function longestPrioritiesInWords(labels: Readonly<Record<CriterionId, string>>): string {
  const weights = Object.fromEntries(
    CRITERION_IDS.map((id, i) => [id, LONGEST_SPREAD[i] ?? 0]),
  ) as unknown as Weights;
  return prioritiesInWords(weights, labels);
}

/** "Any language." or "Only frameworks written in Python or Ruby." */
export function languagesInWords(
  catalogue: Pick<Catalogue, "languages">,
  languages: readonly LanguageId[],
): string {
  if (languages.length === 0) return "Any language will do.";
  // In the catalogue's order, as the left-out reasons list them.
  const names = languageSet(catalogue, languages).map((l) => languageName(catalogue, l));
  return `Only frameworks written in ${joinNames(names, "disjunction")}.`;
}
