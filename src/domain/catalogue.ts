import type { CriterionId, Framework, FrameworkKind } from "./types.ts";
import { RESERVED_FRAMEWORK_IDS } from "./types.ts";

/**
 * The few names the first screen needs before the dataset arrives: criteria labels, languages
 * and framework ids. A Dataset is a Catalogue too, so anything that takes one takes either.
 */
export interface Catalogue {
  criteria: readonly { id: CriterionId; label: string }[];
  languages: readonly { id: string; name: string }[];
  frameworks: readonly { id: string; name: string }[];
}

/** The catalogue part of a dataset, small enough for the first screen's JavaScript. */
export function catalogueOf(dataset: Catalogue): Catalogue {
  return {
    criteria: dataset.criteria.map(({ id, label }) => ({ id, label })),
    languages: dataset.languages.map(({ id, name }) => ({ id, name })),
    frameworks: dataset.frameworks.map(({ id, name }) => ({ id, name })),
  };
}

/** The display name of a language id (the id itself if the catalogue lacks it). */
export function languageName(catalogue: Pick<Catalogue, "languages">, id: string): string {
  return catalogue.languages.find((l) => l.id === id)?.name ?? id;
}

/** The label of each criterion, by id. */
export function criterionLabels(
  catalogue: Pick<Catalogue, "criteria">,
): Record<CriterionId, string> {
  return Object.fromEntries(catalogue.criteria.map((c) => [c.id, c.label])) as Record<
    CriterionId,
    string
  >;
}

/** The given language ids that the catalogue knows, in the catalogue's order (empty = any). */
export function languageSet(
  catalogue: Pick<Catalogue, "languages">,
  languages: readonly string[],
): string[] {
  return catalogue.languages.map((l) => l.id).filter((id) => languages.includes(id));
}

/** One formatter per list type, made on first use: building one costs more than formatting. */
const listFormats = new Map<"conjunction" | "disjunction", Intl.ListFormat>();

/** Joins names as a sentence does: "A", "A or B", "A, B, or C". */
export function joinNames(names: readonly string[], type: "conjunction" | "disjunction"): string {
  let format = listFormats.get(type);
  if (!format) {
    format = new Intl.ListFormat("en", { style: "long", type });
    listFormats.set(type, format);
  }
  return format.format(names);
}

/** How the page names each kind of framework. */
export const KIND_LABELS: Readonly<Record<FrameworkKind, string>> = {
  runtime: "Runtime",
  micro: "Micro-framework",
  "full-stack": "Full-stack framework",
};

/** A framework's languages by name, primary first: "JavaScript, TypeScript"; none is any. */
export function languageNames(
  catalogue: Pick<Catalogue, "languages">,
  ids: readonly string[],
): string {
  if (ids.length === 0) return "Any language";
  return ids.map((id) => languageName(catalogue, id)).join(", ");
}

/** How the page names a framework's kind; the user's own options are named as such. */
export function kindLabel(framework: Pick<Framework, "id" | "kind">): string {
  // Own options take the ids the link format reserves for them ("own1".."own3").
  return RESERVED_FRAMEWORK_IDS.includes(framework.id)
    ? "Your own option"
    : KIND_LABELS[framework.kind];
}

/** The catalogue's languages as checkbox options. */
export function languageOptions(catalogue: Pick<Catalogue, "languages">) {
  return catalogue.languages.map(({ id, name }) => ({ id, label: name }));
}
