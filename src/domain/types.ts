/** The fixed vocabularies of the dataset contract and the types built on them. */

export type {
  Criterion,
  Dataset,
  Framework,
  Language,
  Score,
  Source,
} from "./dataset-schema.ts";

/** The nine criteria, in the order weights are written in links. */
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

export const FRAMEWORK_KINDS = ["runtime", "micro", "full-stack"] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

/** Ids the link format reserves for the user's own options; no dataset framework may use them. */
export const RESERVED_FRAMEWORK_IDS: readonly string[] = ["own1", "own2", "own3"];

/** The facts (not scores) that each framework cites sources for in `factSources`. */
export const FACT_FIELDS = [
  "license",
  "firstRelease",
  "latestVersion",
  "orm",
  "realtime",
  "templating",
  "adminInterface",
  "concurrency",
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** Where a framework's releases are published; `nodejs` is the Node.js release index. */
export const PACKAGE_REGISTRIES = [
  "nodejs",
  "npm",
  "pypi",
  "rubygems",
  "packagist",
  "hex",
  "nuget",
  "maven",
] as const;
export type PackageRegistry = (typeof PACKAGE_REGISTRIES)[number];

/** A language id from the dataset's `languages` list. */
export type LanguageId = string;

/** Integer weight 0..5 per criterion. */
export type Weights = Record<CriterionId, number>;

/** A score 1..5 on its criterion's rubric. */
export type ScoreValue = number;

export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 5;
