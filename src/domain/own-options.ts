import { MAX_NAME_LENGTH } from "./plain-name.ts";
import type { Dataset, Framework } from "./types.ts";
import { CRITERION_IDS, RESERVED_FRAMEWORK_IDS } from "./types.ts";

/** A user-made alternative: a framework the catalogue lacks, or an in-house stack (DESIGN §3). */
export interface OwnOption {
  /** Plain text, 1..MAX_OWN_NAME_LENGTH characters. */
  name: string;
  /** Language ids from the dataset; empty = any language. */
  languages: string[];
  /** One score 1..5 per criterion, in CRITERION_IDS order. */
  scores: number[];
}

export const MAX_OWN_OPTIONS = 3;
export const MAX_OWN_NAME_LENGTH = MAX_NAME_LENGTH;
/** Ids of own options by position: the first is "own1". */
export const OWN_OPTION_IDS = RESERVED_FRAMEWORK_IDS.slice(0, MAX_OWN_OPTIONS);

/** True for the id of a user's own option ("own1".."own3"). */
export function isOwnOptionId(id: string): boolean {
  return OWN_OPTION_IDS.includes(id);
}

/** The own option as a framework the scoring ranks like any other; it has no facts or sources. */
export function ownOptionFramework(option: OwnOption, index: number): Framework {
  const scores = Object.fromEntries(
    CRITERION_IDS.map((id, c) => [
      id,
      { value: option.scores[c] ?? 1, why: "Your own score.", sources: [] as string[] },
    ]),
  ) as Framework["scores"];
  return {
    id: OWN_OPTION_IDS[index] ?? `own${index + 1}`,
    name: option.name,
    kind: "full-stack",
    languages: [...option.languages],
    license: "NONE",
    firstRelease: 1980,
    latestVersion: { version: "-", date: "1980-01-01" },
    repository: "-/-",
    website: "https://example.invalid/",
    package: { registry: "npm", name: "-" },
    orm: null,
    realtime: null,
    templating: null,
    adminInterface: false,
    concurrency: "-",
    factSources: {
      license: [],
      firstRelease: [],
      latestVersion: [],
      orm: [],
      realtime: [],
      templating: [],
      adminInterface: [],
      concurrency: [],
    },
    summary: "Your own option, scored by you.",
    pros: [],
    cons: [],
    scores,
    sources: {},
  };
}

/** The dataset with the user's own options appended as frameworks "own1".."own3". */
export function withOwnOptions<D extends Pick<Dataset, "frameworks">>(
  dataset: D,
  options: readonly OwnOption[],
): D {
  if (options.length === 0) return dataset;
  return {
    ...dataset,
    frameworks: [
      ...dataset.frameworks,
      ...options.slice(0, MAX_OWN_OPTIONS).map((o, i) => ownOptionFramework(o, i)),
    ],
  };
}
