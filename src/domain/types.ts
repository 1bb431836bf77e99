/** The fixed vocabularies of the dataset contract (DESIGN §2) and the types built on them. */

export const CRITERION_IDS = [
  "performance",
  "scalability",
  "realtime",
  "orm",
  "learning",
  "productivity",
  "ecosystem",
  "security",
  "flexibility",
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export const LANGUAGE_IDS = [
  "javascript",
  "typescript",
  "python",
  "csharp",
  "php",
  "java",
  "kotlin",
  "ruby",
  "elixir",
] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

/** The ten frameworks the shipped dataset must contain; ids are used in shared links. */
export const FRAMEWORK_IDS = [
  "nodejs",
  "express",
  "django",
  "aspnet-core",
  "laravel",
  "flask",
  "spring-boot",
  "cakephp",
  "rails",
  "phoenix",
] as const;

export const FRAMEWORK_KINDS = ["runtime", "micro", "full-stack"] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

/** A score on the absolute 1..5 rubric of its criterion. */
export type ScoreValue = 1 | 2 | 3 | 4 | 5;

export interface Source {
  title: string;
  url: string;
  /** ISO date (YYYY-MM-DD) the page was read. */
  accessed: string;
}

export interface Score {
  value: ScoreValue;
  why: string;
  /** Keys into the framework's `sources`. */
  sources: string[];
}

export interface Criterion {
  id: CriterionId;
  label: string;
  description: string;
  rubric: { "1": string; "3": string; "5": string };
}

export interface Framework {
  /** Stable id used in shared links. */
  id: string;
  name: string;
  kind: FrameworkKind;
  /** First = primary language. */
  languages: LanguageId[];
  /** SPDX license id. */
  license: string;
  /** Year of the first public release. */
  firstRelease: number;
  latestVersion: { version: string; date: string };
  /** GitHub owner/name. */
  repository: string;
  website: string;
  /** Name of the first-party data layer, or null. */
  orm: string | null;
  realtime: string | null;
  templating: string | null;
  adminInterface: boolean;
  concurrency: string;
  summary: string;
  pros: string[];
  cons: string[];
  scores: Record<CriterionId, Score>;
  sources: Record<string, Source>;
}

export interface Dataset {
  schemaVersion: 1;
  /** ISO date the facts were last checked. */
  asOf: string;
  criteria: Criterion[];
  frameworks: Framework[];
}

/** Integer weight 0..5 per criterion. */
export type Weights = Record<CriterionId, number>;

export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 5;
