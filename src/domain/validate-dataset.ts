import type { core } from "zod";
import {
  DATASET_LIMITS,
  type Dataset,
  datasetSchema,
  type Framework,
  frameworkSchema,
} from "./dataset-schema.ts";
import { CRITERION_IDS, FACT_FIELDS } from "./types.ts";

/** One thing wrong with a dataset: where (framework and field) and what. */
export interface DatasetIssue {
  /** Framework id (or `#n` when it has none), or "dataset" for everything else. */
  where: string;
  field: string;
  problem: string;
}

/** Thrown by `parseDataset`; its message lists every issue, one per line. */
export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    const count = `${issues.length} problem${issues.length === 1 ? "" : "s"}`;
    super(`Invalid dataset (${count}):\n${issues.map(formatIssue).join("\n")}`);
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

/** Keys that would reach an object's prototype if code ever copied them onto an object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
const SHOWN_LENGTH = 60;

type Path = readonly PropertyKey[];

/** Lists every way `raw` breaks the dataset contract; empty when valid. */
export function validateDataset(raw: unknown): DatasetIssue[] {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return [{ where: "dataset", field: "(root)", problem: "must be a JSON object" }];
  }
  const forbidden = forbiddenKeyIssues(raw);
  if (forbidden.length > 0) return forbidden.map((path) => issueAt(raw, path, forbiddenText(path)));
  const parsed = datasetSchema.safeParse(raw, { reportInput: true });
  const shapeIssues = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => fromSchemaIssue(raw, issue));
  const crossIssues = crossReferenceIssues(raw as Record<string, unknown>).map(([path, problem]) =>
    issueAt(raw, path, problem),
  );
  return [...shapeIssues, ...crossIssues];
}

/** Paths of every forbidden key, at any depth. */
function forbiddenKeyIssues(value: unknown, path: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    const child = (value as Record<string, unknown>)[key];
    return FORBIDDEN_KEYS.has(key) ? [at] : forbiddenKeyIssues(child, at);
  });
}

function forbiddenText(path: Path): string {
  return `uses the key "${String(path[path.length - 1])}", which is not allowed anywhere`;
}

function fromSchemaIssue(raw: object, issue: core.$ZodIssue): DatasetIssue[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => issueAt(raw, [...issue.path, key], "is not a known field"));
  }
  const input = "input" in issue ? issue.input : undefined;
  const missing = issue.code === "invalid_type" && input === undefined;
  const problem = missing ? "is missing" : `${issue.message}${got(input)}`;
  return [issueAt(raw, issue.path, problem)];
}

/**
 * Checks between parts of the dataset (ids, references, dates against `asOf`), on every part
 * that is well formed on its own, so one bad framework does not hide another's problems.
 */
function crossReferenceIssues(raw: Record<string, unknown>): [Path, string][] {
  const found: [Path, string][] = [];
  const criteria = datasetSchema.shape.criteria.safeParse(raw.criteria);
  if (criteria.success) {
    const ids = criteria.data.map((c) => c.id);
    for (const id of CRITERION_IDS) {
      if (!ids.includes(id)) found.push([["criteria", id], "is missing"]);
    }
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) found.push([["criteria", i, "id"], `"${id}" is listed twice`]);
    });
  }
  const languages = datasetSchema.shape.languages.safeParse(raw.languages);
  const languageIds = languages.success ? languages.data.map((l) => l.id) : undefined;
  const joined = languageIds?.join(",") ?? "";
  if (joined.length > DATASET_LIMITS.languageIdsTotal) {
    const limit = DATASET_LIMITS.languageIdsTotal;
    found.push([
      ["languages"],
      `ids joined by commas are ${joined.length} characters; a link carries ${limit}`,
    ]);
  }
  languageIds?.forEach((id, i) => {
    if (languageIds.indexOf(id) !== i)
      found.push([["languages", i, "id"], `"${id}" is listed twice`]);
  });
  const asOf = datasetSchema.shape.asOf.safeParse(raw.asOf);
  const frameworks = Array.isArray(raw.frameworks) ? (raw.frameworks as unknown[]) : [];
  const frameworkIds = frameworks.map((f) => (f as { id?: unknown } | null)?.id);
  frameworks.forEach((entry, i) => {
    const framework = frameworkSchema.safeParse(entry);
    if (!framework.success) return;
    const f = framework.data;
    const at = (...rest: PropertyKey[]): Path => ["frameworks", i, ...rest];
    const report = (path: Path, problem: string) => found.push([path, problem]);
    if (frameworkIds.indexOf(f.id) !== i) report(at("id"), "is used by more than one framework");
    f.languages.forEach((language, j) => {
      if (languageIds !== undefined && !languageIds.includes(language)) {
        const known = languageIds.join(", ");
        report(at("languages", j), `unknown language "${language}"; known: ${known}`);
      } else if (f.languages.indexOf(language) !== j) {
        report(at("languages", j), `"${language}" is listed twice`);
      }
    });
    checkCitations(f, at, report);
    if (asOf.success) checkDates(f, asOf.data, at, report);
  });
  return found;
}

/** Every score and fact cites sources the framework lists, and every listed source is cited. */
function checkCitations(
  f: Framework,
  at: (...rest: PropertyKey[]) => Path,
  report: (path: Path, problem: string) => void,
): void {
  const cited = new Set<string>();
  const check = (path: Path, keys: readonly string[]) => {
    for (const key of keys) {
      cited.add(key);
      if (!Object.hasOwn(f.sources, key)) {
        report(path, `cites "${key}", which is not in this framework's sources`);
      }
    }
  };
  for (const id of CRITERION_IDS) check(at("scores", id, "sources"), f.scores[id].sources);
  for (const field of FACT_FIELDS) check(at("factSources", field), f.factSources[field]);
  for (const key of Object.keys(f.sources)) {
    if (!cited.has(key)) report(at("sources", key), "is not cited by any score or fact");
  }
}

/** Nothing in a framework may postdate the day the dataset was checked. */
function checkDates(
  f: Framework,
  asOf: string,
  at: (...rest: PropertyKey[]) => Path,
  report: (path: Path, problem: string) => void,
): void {
  const after = `is after the dataset's date (${asOf})`;
  if (f.firstRelease > Number(asOf.slice(0, 4))) {
    report(at("firstRelease"), `${f.firstRelease} ${after}`);
  }
  if (f.latestVersion.date > asOf) report(at("latestVersion", "date"), after);
  for (const [key, source] of Object.entries(f.sources)) {
    if (source.accessed > asOf) report(at("sources", key, "accessed"), after);
  }
}

/** Names the framework (by id, else position) and the field of a path into the raw file. */
function issueAt(raw: object, path: Path, problem: string): DatasetIssue {
  const [top, index, ...rest] = path;
  if (top === "frameworks" && typeof index === "number") {
    const entry = (raw as { frameworks?: unknown[] }).frameworks?.[index];
    const id = (entry as { id?: unknown } | undefined)?.id;
    const where = typeof id === "string" && id.trim() !== "" ? id : `#${index + 1}`;
    return { where, field: fieldName(rest) || "(entry)", problem };
  }
  return { where: "dataset", field: fieldName(path) || "(root)", problem };
}

/** `["scores", "orm", "value"]` -> `scores.orm.value`; numbers become `[i]`. */
function fieldName(path: Path): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** `, got 7` for a value worth quoting back; nothing for objects and lists. */
function got(input: unknown): string {
  if (input === undefined || (typeof input === "object" && input !== null)) return "";
  const json = (JSON.stringify(input) ?? String(input)).replace(
    /[\p{Cc}\p{Cf}]/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
  const shown = json.length > SHOWN_LENGTH ? `${json.slice(0, SHOWN_LENGTH)}…` : json;
  return `, got ${shown}`;
}
