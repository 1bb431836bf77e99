import { CRITERION_IDS, type Dataset, FRAMEWORK_KINDS, LANGUAGE_IDS } from "./types.ts";

/** One thing wrong with a dataset: where (framework and field) and what. */
export interface DatasetIssue {
  /** Framework id, or "dataset" for top-level fields and criteria. */
  where: string;
  field: string;
  problem: string;
}

/** Thrown by `parseDataset`; its message lists every issue, one per line. */
export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    super(
      `Invalid dataset (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${issues
        .map(formatIssue)
        .join("\n")}`,
    );
    this.name = "DatasetError";
    this.issues = issues;
  }
}

/** Renders an issue as `framework "django", scores.orm.value: must be ...`. */
export function formatIssue(issue: DatasetIssue): string {
  const where = issue.where === "dataset" ? "dataset" : `framework "${issue.where}"`;
  return `${where}, ${issue.field}: ${issue.problem}`;
}

/** Validates and returns the dataset typed, or throws a DatasetError listing every problem. */
export function parseDataset(raw: unknown): Dataset {
  const issues = validateDataset(raw);
  if (issues.length > 0) throw new DatasetError(issues);
  return raw as Dataset;
}

type Json = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const SPDX = /^[A-Za-z0-9.+-]+$/;
const RUBRIC_LEVELS = ["1", "3", "5"] as const;
const NULLABLE_TEXT_FIELDS = ["orm", "realtime", "templating"] as const;
const MIN_PROS = 4;
const MIN_CONS = 3;
const MIN_SCORE = 1;
const MAX_SCORE = 5;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;
const isHttpsUrl = (v: unknown): boolean => {
  if (typeof v !== "string" || !v.startsWith("https://")) return false;
  return URL.canParse(v);
};
const isIsoDate = (v: unknown): boolean =>
  typeof v === "string" && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v));
const has = (list: readonly string[], v: unknown): boolean =>
  typeof v === "string" && list.includes(v);
const shown = (v: unknown): string => (v === undefined ? "missing" : JSON.stringify(v));

/** Lists every way `raw` breaks the dataset contract (DESIGN §2); empty when valid. */
export function validateDataset(raw: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const report = (where: string, field: string, problem: string) =>
    issues.push({ where, field, problem });

  if (!isObject(raw)) {
    report("dataset", "(root)", "must be a JSON object");
    return issues;
  }
  if (raw.schemaVersion !== 1) {
    report("dataset", "schemaVersion", `must be 1, got ${shown(raw.schemaVersion)}`);
  }
  if (!isIsoDate(raw.asOf)) {
    report("dataset", "asOf", `must be a date YYYY-MM-DD, got ${shown(raw.asOf)}`);
  }
  validateCriteria(raw.criteria, report);

  if (!Array.isArray(raw.frameworks) || raw.frameworks.length === 0) {
    report("dataset", "frameworks", "must be a non-empty list");
    return issues;
  }
  const seen = new Set<string>();
  raw.frameworks.forEach((framework: unknown, index: number) => {
    const label = isObject(framework) && isText(framework.id) ? framework.id : `#${index + 1}`;
    if (isObject(framework) && isText(framework.id)) {
      if (seen.has(framework.id)) report(label, "id", "is used by more than one framework");
      seen.add(framework.id);
    }
    validateFramework(framework, (field, problem) => report(label, field, problem));
  });
  return issues;
}

type Report = (where: string, field: string, problem: string) => void;

function validateCriteria(criteria: unknown, report: Report): void {
  if (!Array.isArray(criteria)) {
    report("dataset", "criteria", "must be a list of the nine criteria");
    return;
  }
  const ids = criteria.map((c: unknown) => (isObject(c) ? c.id : undefined));
  for (const id of CRITERION_IDS) {
    if (!ids.includes(id)) report("dataset", `criteria.${id}`, "is missing");
  }
  criteria.forEach((criterion: unknown, index: number) => {
    const at = `criteria[${index}]`;
    if (!isObject(criterion)) {
      report("dataset", at, "must be an object");
      return;
    }
    if (!has(CRITERION_IDS, criterion.id)) {
      report("dataset", `${at}.id`, `unknown criterion ${shown(criterion.id)}`);
    } else if (ids.indexOf(criterion.id) !== index) {
      report("dataset", `${at}.id`, `criterion "${criterion.id}" is listed twice`);
    }
    for (const field of ["label", "description"] as const) {
      if (!isText(criterion[field])) report("dataset", `${at}.${field}`, "must be non-empty text");
    }
    const rubric = criterion.rubric;
    for (const level of RUBRIC_LEVELS) {
      if (!isObject(rubric) || !isText(rubric[level])) {
        report("dataset", `${at}.rubric.${level}`, "must describe this level in words");
      }
    }
  });
}

function validateFramework(f: unknown, report: (field: string, problem: string) => void): void {
  if (!isObject(f)) {
    report("(entry)", "must be an object");
    return;
  }
  if (!isText(f.id) || !SLUG.test(f.id)) {
    report("id", `must be a lowercase slug like "spring-boot", got ${shown(f.id)}`);
  }
  for (const field of ["name", "summary", "concurrency"] as const) {
    if (!isText(f[field])) report(field, "must be non-empty text");
  }
  if (!has(FRAMEWORK_KINDS, f.kind)) {
    report("kind", `must be one of ${FRAMEWORK_KINDS.join(", ")}, got ${shown(f.kind)}`);
  }
  validateLanguages(f.languages, report);
  if (!isText(f.license) || !SPDX.test(f.license)) {
    report("license", `must be an SPDX id like "MIT", got ${shown(f.license)}`);
  }
  const thisYear = new Date().getUTCFullYear();
  if (!Number.isInteger(f.firstRelease) || (f.firstRelease as number) < 1990) {
    report("firstRelease", `must be a year, got ${shown(f.firstRelease)}`);
  } else if ((f.firstRelease as number) > thisYear) {
    report("firstRelease", `${f.firstRelease} is in the future`);
  }
  const latest = f.latestVersion;
  if (!isObject(latest) || !isText(latest.version)) {
    report("latestVersion.version", "must be non-empty text");
  }
  if (!isObject(latest) || !isIsoDate(latest.date)) {
    report("latestVersion.date", `must be a date YYYY-MM-DD`);
  }
  if (typeof f.repository !== "string" || !REPOSITORY.test(f.repository)) {
    report("repository", `must be a GitHub "owner/name", got ${shown(f.repository)}`);
  }
  if (!isHttpsUrl(f.website)) report("website", `must be an https URL, got ${shown(f.website)}`);
  for (const field of NULLABLE_TEXT_FIELDS) {
    if (f[field] !== null && !isText(f[field])) report(field, "must be text or null");
  }
  if (typeof f.adminInterface !== "boolean") report("adminInterface", "must be true or false");
  validateList(f.pros, "pros", MIN_PROS, report);
  validateList(f.cons, "cons", MIN_CONS, report);
  const sourceKeys = validateSources(f.sources, report);
  validateScores(f.scores, sourceKeys, report);
}

function validateLanguages(languages: unknown, report: (field: string, problem: string) => void) {
  if (!Array.isArray(languages) || languages.length === 0) {
    report("languages", "must list at least one language");
    return;
  }
  languages.forEach((language: unknown, i: number) => {
    if (!has(LANGUAGE_IDS, language)) {
      report(
        `languages[${i}]`,
        `unknown language ${shown(language)}; known: ${LANGUAGE_IDS.join(", ")}`,
      );
    } else if (languages.indexOf(language) !== i) {
      report(`languages[${i}]`, `"${language}" is listed twice`);
    }
  });
}

function validateList(
  list: unknown,
  field: string,
  min: number,
  report: (field: string, problem: string) => void,
) {
  if (!Array.isArray(list) || list.length < min) {
    const count = Array.isArray(list) ? list.length : 0;
    report(field, `needs at least ${min} entries, has ${count}`);
    return;
  }
  list.forEach((item: unknown, i: number) => {
    if (!isText(item)) report(`${field}[${i}]`, "must be non-empty text");
  });
}

function validateSources(
  sources: unknown,
  report: (field: string, problem: string) => void,
): Set<string> {
  if (!isObject(sources) || Object.keys(sources).length === 0) {
    report("sources", "must hold at least one source");
    return new Set();
  }
  for (const [key, source] of Object.entries(sources)) {
    const at = `sources.${key}`;
    if (!isObject(source)) {
      report(at, "must be an object with title, url and accessed");
      continue;
    }
    if (!isText(source.title)) report(`${at}.title`, "must be non-empty text");
    if (!isHttpsUrl(source.url))
      report(`${at}.url`, `must be an https URL, got ${shown(source.url)}`);
    if (!isIsoDate(source.accessed)) report(`${at}.accessed`, "must be a date YYYY-MM-DD");
  }
  return new Set(Object.keys(sources));
}

function validateScores(
  scores: unknown,
  sourceKeys: ReadonlySet<string>,
  report: (field: string, problem: string) => void,
) {
  if (!isObject(scores)) {
    report("scores", "must hold a score for every criterion");
    return;
  }
  for (const key of Object.keys(scores)) {
    if (!has(CRITERION_IDS, key)) report(`scores.${key}`, "is not a known criterion");
  }
  for (const id of CRITERION_IDS) {
    const at = `scores.${id}`;
    const score = scores[id];
    if (!isObject(score)) {
      report(at, "is missing");
      continue;
    }
    if (
      !Number.isInteger(score.value) ||
      (score.value as number) < MIN_SCORE ||
      (score.value as number) > MAX_SCORE
    ) {
      report(`${at}.value`, `must be a whole number from 1 to 5, got ${shown(score.value)}`);
    }
    if (!isText(score.why)) report(`${at}.why`, "must explain the score in words");
    if (!Array.isArray(score.sources) || score.sources.length === 0) {
      report(`${at}.sources`, "must cite at least one source");
      continue;
    }
    for (const key of score.sources) {
      if (typeof key !== "string" || !sourceKeys.has(key)) {
        report(`${at}.sources`, `cites ${shown(key)}, which is not in this framework's sources`);
      }
    }
  }
}
