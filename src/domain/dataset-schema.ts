/**
 * The dataset contract (README "The dataset"), defined once: the TypeScript types, the
 * validator and data/frameworks.schema.json all come from these schemas. Used at build and
 * test time only; the browser trusts the validated build.
 */
import { z } from "zod";
import {
  CRITERION_IDS,
  FACT_FIELDS,
  FRAMEWORK_KINDS,
  PACKAGE_REGISTRIES,
  RESERVED_FRAMEWORK_IDS,
} from "./types.ts";

/** Upper bounds on sizes, so a hostile or mistaken file cannot bloat the page. */
export const DATASET_LIMITS = {
  frameworks: 1000,
  languages: 40,
  languagesPerFramework: 6,
  /** All language ids joined by commas must fit one link value (`lang=`, 200 characters). */
  languageIdsTotal: 200,
  sourcesPerFramework: 40,
  sourcesPerScore: 8,
  pros: 12,
  cons: 12,
  minPros: 4,
  minCons: 3,
  idLength: 30,
  nameLength: 40,
  shortTextLength: 200,
  textLength: 600,
  urlLength: 500,
  packageNameLength: 100,
} as const;

const L = DATASET_LIMITS;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRAMEWORK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** No "-": language ids are joined with "-" in links. */
const LANGUAGE_ID = /^[a-z][a-z0-9]*$/;
const SOURCE_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
const GITHUB_REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;
/** npm, PyPI, Maven ("group:artifact"), Packagist ("vendor/name") and other package names. */
const PACKAGE_NAME = /^[A-Za-z0-9@][A-Za-z0-9@/._:-]*$/;
const SPDX_ID = /^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/;
/** Bidirectional-text controls, which can make a text display as something else. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Characters that draw nothing: controls, format characters, separators, combining marks. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{M}\s]/gu;

/** True for a real calendar date written YYYY-MM-DD (so 2026-02-31 is false). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** True for an https URL without user name or password. */
export function isSafeHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" && url.username === "" && url.password === "";
}

/** Text that shows something: not empty, not only invisible characters, no bidi controls. */
const text = (max: number) =>
  z
    .string({ error: "must be text" })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((v) => v.replace(INVISIBLE, "").length > 0, {
      error: "must contain visible text",
    })
    .refine((v) => !BIDI_CONTROL.test(v), { error: "must not contain bidirectional controls" });

const date = z
  .string({ error: "must be a date YYYY-MM-DD" })
  .regex(ISO_DATE, { error: "must be a date YYYY-MM-DD" })
  .refine(isCalendarDate, { error: "is not a real calendar date" });

const httpsUrl = z
  .string({ error: "must be an https URL" })
  .max(L.urlLength, { error: `must be at most ${L.urlLength} characters` })
  .refine(isSafeHttpsUrl, { error: "must be an https URL without user name or password" });

const slug = (pattern: RegExp, example: string) =>
  z
    .string({ error: `must be an id like "${example}"` })
    .max(L.idLength, { error: `must be at most ${L.idLength} characters` })
    .regex(pattern, { error: `must be an id like "${example}"` });

export const sourceSchema = z.strictObject({
  title: text(L.shortTextLength),
  url: httpsUrl,
  /** The day the page was read. */
  accessed: date,
});

/** Keys into the framework's `sources`. */
const sourceIds = z
  .array(z.string({ error: "must be a source id" }), { error: "must be a list of source ids" })
  .min(1, { error: "must cite at least one source" })
  .max(L.sourcesPerScore, { error: `must cite at most ${L.sourcesPerScore} sources` });

export const scoreSchema = z.strictObject({
  value: z.int({ error: "must be a whole number from 1 to 5" }).min(1).max(5),
  why: text(L.textLength),
  sources: sourceIds,
});

/** Every fact field names the sources it was read from. */
const factSourcesSchema = z.strictObject(
  Object.fromEntries(FACT_FIELDS.map((field) => [field, sourceIds])) as Record<
    (typeof FACT_FIELDS)[number],
    typeof sourceIds
  >,
);

/** The package whose releases `latestVersion` follows (checked by `npm run data:freshness`). */
const packageSchema = z.strictObject({
  registry: z.enum(PACKAGE_REGISTRIES, {
    error: `must be one of ${PACKAGE_REGISTRIES.join(", ")}`,
  }),
  name: z
    .string({ error: "must be a package name" })
    .max(L.packageNameLength, { error: `must be at most ${L.packageNameLength} characters` })
    .regex(PACKAGE_NAME, { error: "must be a package name" }),
});

const scoresSchema = z.strictObject(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, scoreSchema])) as Record<
    (typeof CRITERION_IDS)[number],
    typeof scoreSchema
  >,
);

const textList = (field: string, min: number, max: number) =>
  z
    .array(text(L.textLength), { error: `must be a list of ${field}` })
    .min(min, { error: `needs at least ${min} entries` })
    .max(max, { error: `must have at most ${max} entries` });

export const frameworkSchema = z.strictObject({
  /** Stable id used in shared links: never renamed. */
  id: slug(FRAMEWORK_ID, "spring-boot").refine((id) => !RESERVED_FRAMEWORK_IDS.includes(id), {
    error: "is reserved for the user's own options",
  }),
  name: text(L.nameLength),
  kind: z.enum(FRAMEWORK_KINDS, { error: `must be one of ${FRAMEWORK_KINDS.join(", ")}` }),
  /** First = primary; ids from the dataset's `languages`. */
  languages: z
    .array(z.string({ error: "must be a language id" }), {
      error: "must be a list of language ids",
    })
    .min(1, { error: "must list at least one language" })
    .max(L.languagesPerFramework, {
      error: `must list at most ${L.languagesPerFramework} languages`,
    }),
  /** SPDX license id (or expression). */
  license: z
    .string({ error: 'must be an SPDX id like "MIT"' })
    .max(L.idLength * 2)
    .regex(SPDX_ID, { error: 'must be an SPDX id like "MIT"' }),
  /** Year of the first public release under this name. */
  firstRelease: z.int({ error: "must be a year" }).min(1980, { error: "must be a year" }),
  latestVersion: z.strictObject({
    version: text(L.idLength),
    date,
  }),
  /** GitHub owner/name. */
  repository: z
    .string({ error: 'must be a GitHub "owner/name"' })
    .regex(GITHUB_REPOSITORY, { error: 'must be a GitHub "owner/name"' }),
  website: httpsUrl,
  package: packageSchema,
  /** First-party data layer, or null. */
  orm: text(L.shortTextLength).nullable(),
  realtime: text(L.shortTextLength).nullable(),
  templating: text(L.shortTextLength).nullable(),
  adminInterface: z.boolean({ error: "must be true or false" }),
  concurrency: text(L.shortTextLength),
  factSources: factSourcesSchema,
  summary: text(L.textLength),
  pros: textList("pros", L.minPros, L.pros),
  cons: textList("cons", L.minCons, L.cons),
  scores: scoresSchema,
  sources: z
    .record(slug(SOURCE_ID, "S1"), sourceSchema, { error: "must map source ids to sources" })
    .refine((s) => Object.keys(s).length > 0, { error: "must hold at least one source" })
    .refine((s) => Object.keys(s).length <= L.sourcesPerFramework, {
      error: `must hold at most ${L.sourcesPerFramework} sources`,
    }),
});

export const criterionSchema = z.strictObject({
  id: z.enum(CRITERION_IDS, { error: `must be one of ${CRITERION_IDS.join(", ")}` }),
  label: text(L.nameLength),
  description: text(L.textLength),
  /** The evidence that earns each score 1..5, so that two people scoring alike agree. */
  rubric: z.strictObject({
    "1": text(L.textLength),
    "2": text(L.textLength),
    "3": text(L.textLength),
    "4": text(L.textLength),
    "5": text(L.textLength),
  }),
});

export const languageSchema = z.strictObject({
  id: slug(LANGUAGE_ID, "python"),
  name: text(L.nameLength),
});

/** The whole file, without the checks that relate one part to another (see validate-dataset). */
export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(2, { error: "must be 2" }),
  /** The day the facts were last checked. */
  asOf: date,
  languages: z
    .array(languageSchema, { error: "must be a list of languages" })
    .min(1, { error: "must list at least one language" })
    .max(L.languages, { error: `must list at most ${L.languages} languages` }),
  criteria: z.array(criterionSchema, { error: "must be a list of the nine criteria" }),
  frameworks: z
    .array(frameworkSchema, { error: "must be a list of frameworks" })
    .min(1, { error: "must be a non-empty list" })
    .max(L.frameworks, { error: `must hold at most ${L.frameworks} frameworks` }),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Score = z.infer<typeof scoreSchema>;
export type Source = z.infer<typeof sourceSchema>;
