/**
 * Opening a saved decision (decision-file.ts writes it): a strict reader that accepts exactly
 * what a link could carry. Loaded only when a file is opened: zod runs in the browser only here.
 */
import * as z from "zod/mini";
import { MAX_OWN_OPTIONS, OWN_OPTION_IDS } from "../domain/own-options.ts";
import { isPlainName, MAX_NAME_LENGTH } from "../domain/plain-name.ts";
import { isScoreValue, MAX_SCORE_OVERRIDES } from "../domain/score-overrides.ts";
import { MAX_TEAM } from "../domain/team-members.ts";
import type { CriterionId } from "../domain/types.ts";
import { CRITERION_IDS, FRAMEWORK_KINDS, MAX_WEIGHT, MIN_WEIGHT } from "../domain/types.ts";
import {
  DECISION_FILE_FORMAT,
  DECISION_FILE_VERSION,
  type DecisionFileResult,
  MAX_DECISION_FILE_LENGTH,
} from "./decision-file.ts";
import { describeLinkProblem } from "./link-problem-text.ts";
import type { LinkVocabulary, ShareState } from "./share-state.ts";
import {
  MATRIX_DETAILS,
  MAX_COMPARE,
  MAX_SEARCH_LENGTH,
  MIN_COMPARE,
  SORT_COLUMNS,
  VIEWS,
} from "./share-state.ts";
import { decodeShareUrl, defaultShareState, encodeShareUrl } from "./share-url.ts";
import { shownValue } from "./share-url-problem.ts";

/** Reads a saved decision into a state a link could carry; never throws, names the first problem. */
export function readDecisionFile(
  text: string,
  vocabulary: LinkVocabulary,
  datasetAsOf: string,
): DecisionFileResult {
  try {
    return readChecked(text, vocabulary, datasetAsOf);
  } catch {
    return { ok: false, error: "The file could not be read as a saved decision." };
  }
}

function readChecked(
  text: string,
  vocabulary: LinkVocabulary,
  datasetAsOf: string,
): DecisionFileResult {
  if (typeof text !== "string") return failure("The file could not be read as text.");
  if (text.length > MAX_DECISION_FILE_LENGTH) {
    return failure(
      `The file is larger than ${MAX_DECISION_FILE_LENGTH / 1024} KB, far more than a saved decision holds.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure("The file is not JSON, so it is not a saved decision.");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return failure("The file holds no JSON object, so it is not a saved decision.");
  }
  const { format, version } = json as Record<string, unknown>;
  if (format !== DECISION_FILE_FORMAT) {
    return failure(`format must be "${DECISION_FILE_FORMAT}": this is not a saved decision.`);
  }
  if (version !== DECISION_FILE_VERSION) {
    const newer = typeof version === "number" && version > DECISION_FILE_VERSION;
    return failure(
      newer
        ? `version is ${version}: the file was saved by a newer version of this app, which reads version ${DECISION_FILE_VERSION}.`
        : `version must be ${DECISION_FILE_VERSION}.`,
    );
  }
  const parsed = decisionFileSchema(vocabulary).safeParse(json);
  if (!parsed.success) return failure(issueText(parsed.error.issues));
  const checked = throughLink(parsed.data.inputs, vocabulary);
  if (!checked.ok) return checked;
  const savedAsOf = parsed.data.dataset.asOf;
  const notes =
    savedAsOf === datasetAsOf
      ? []
      : [`saved with the data of ${savedAsOf}; the scores may have changed since`];
  return { ok: true, state: checked.state, notes };
}

/** Writes the inputs as a link and reads them back: any problem or change means a link could not carry them. */
function throughLink(
  inputs: ShareState,
  vocabulary: LinkVocabulary,
): { ok: true; state: ShareState } | { ok: false; error: string } {
  const decoded = decodeShareUrl(encodeShareUrl(inputs, vocabulary), vocabulary);
  const [problem] = decoded.problems;
  if (problem !== undefined) {
    return failure(`inputs cannot be carried by a link: ${describeLinkProblem(problem)}`);
  }
  const changed = INPUT_KEYS.find((key) => !sameJson(decoded.state[key], inputs[key]));
  if (changed !== undefined) return failure(`inputs.${changed} cannot be carried by a link.`);
  return { ok: true, state: decoded.state };
}

function failure(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

// ---- The schema -------------------------------------------------------------------------

type ErrorParams = { error: (issue: { input?: unknown; code?: string }) => string };

/** An error message that says "is missing" when the value is absent. */
function must(text: string): ErrorParams {
  return { error: (issue) => (issue.input === undefined ? "is missing" : text) };
}

/** An object that takes no keys besides its own; unknown keys (`__proto__` too) are named. */
function strict<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") {
        const keys = (issue as { keys?: string[] }).keys ?? [];
        return `has ${keys.length === 1 ? "an entry" : "entries"} this file format does not know: ${quotedList(keys)}`;
      }
      return issue.input === undefined ? "is missing" : `must be ${what}`;
    },
  });
}

const WEIGHT_TEXT = `must be a whole number from ${MIN_WEIGHT} to ${MAX_WEIGHT}`;
const weight = z
  .int(must(WEIGHT_TEXT))
  .check(z.gte(MIN_WEIGHT, must(WEIGHT_TEXT)), z.lte(MAX_WEIGHT, must(WEIGHT_TEXT)));
const score = z
  .int(must("must be a whole number from 1 to 5"))
  .check(z.refine(isScoreValue, must("must be a whole number from 1 to 5")));
const weightsSchema = strict(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, weight])) as Record<CriterionId, typeof weight>,
  "an object with a weight for each criterion",
);

const NAME_TEXT = `must be plain text of 1 to ${MAX_NAME_LENGTH} characters, without line breaks, control characters or spaces at either end`;
const plainName = z.string(must(NAME_TEXT)).check(z.refine(isPlainName, must(NAME_TEXT)));

/** Checks a whole list: each id known and named once, so the message names the list. */
function knownOnce(known: () => readonly string[]) {
  return z.superRefine((ids: readonly string[], ctx) => {
    const problem = idListProblem(ids, known());
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem, input: ids });
  });
}

/** Why a list of ids is unusable (an unknown or repeated id), or undefined. */
function idListProblem(ids: readonly unknown[], known: readonly string[]): string | undefined {
  const unknown = ids.find((id) => !known.includes(id as string));
  if (unknown !== undefined) return `names ${quoted(unknown)}, which is not in this dataset`;
  const repeated = firstRepeated(ids);
  if (repeated !== undefined) return `names ${quoted(repeated)} more than once`;
  return undefined;
}

function firstRepeated(values: readonly unknown[]): unknown {
  const seen = new Set<unknown>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

/** The inputs of a decision: one schema per ShareState field, so a new field fails to compile. */
function inputsSchema(vocabulary: LinkVocabulary) {
  const languages = () =>
    z
      .array(z.string(must("must be a language id")), must("must be a list of language ids"))
      .check(knownOnce(() => vocabulary.languageIds));
  const fields: { [Key in keyof ShareState]: z.ZodMiniType<ShareState[Key]> } = {
    weights: weightsSchema,
    languages: languages(),
    view: z.enum(VIEWS, must(`must be one of ${VIEWS.join(", ")}`)),
    compare: z
      .array(z.string(must("must be a framework id")), must("must be a list of framework ids"))
      .check(
        z.refine(
          (ids) => ids.length === 0 || (ids.length >= MIN_COMPARE && ids.length <= MAX_COMPARE),
          must(`must name ${MIN_COMPARE} to ${MAX_COMPARE} frameworks, or none`),
        ),
      ),
    sort: strict(
      {
        column: z.enum(SORT_COLUMNS, must(`must be one of ${SORT_COLUMNS.join(", ")}`)),
        direction: z.enum(["asc", "desc"], must('must be "asc" or "desc"')),
      },
      "an object with a column and a direction",
    ),
    kinds: z
      .array(
        z.enum(FRAMEWORK_KINDS, must(`must be one of ${FRAMEWORK_KINDS.join(", ")}`)),
        must("must be a list of framework kinds"),
      )
      .check(knownOnce(() => FRAMEWORK_KINDS)),
    search: z.string(must(`must be text of at most ${MAX_SEARCH_LENGTH} characters`)).check(
      z.maxLength(
        MAX_SEARCH_LENGTH,
        must(`must be text of at most ${MAX_SEARCH_LENGTH} characters`),
      ),
      z.refine((s) => !/\p{Cs}/u.test(s), must("must not hold broken characters")),
    ),
    detail: z.enum(MATRIX_DETAILS, must(`must be one of ${MATRIX_DETAILS.join(", ")}`)),
    scores: z
      .array(
        strict(
          {
            framework: z.string(must("must be a framework id")).check(
              z.refine((id) => vocabulary.frameworkIds.includes(id), {
                error: (issue) => `names ${quoted(issue.input)}, which is not in this dataset`,
              }),
            ),
            criterion: z.enum(CRITERION_IDS, must(`must be one of ${CRITERION_IDS.join(", ")}`)),
            value: score,
          },
          "an object with a framework, a criterion and a value",
        ),
        must("must be a list of scores"),
      )
      .check(
        z.maxLength(MAX_SCORE_OVERRIDES, must(`must hold at most ${MAX_SCORE_OVERRIDES} scores`)),
        z.superRefine((scores, ctx) => {
          const repeated = firstRepeated(scores.map((s) => `${s?.framework}.${s?.criterion}`));
          if (repeated === undefined) return;
          const message = `gives ${quoted(repeated)} more than once`;
          ctx.addIssue({ code: "custom", message, input: scores });
        }),
      ),
    own: z
      .array(
        strict(
          {
            name: plainName,
            languages: languages(),
            scores: z
              .array(score, must("must be a list of scores"))
              .check(
                z.length(
                  CRITERION_IDS.length,
                  must(`must hold ${CRITERION_IDS.length} scores, one per criterion`),
                ),
              ),
          },
          "an object with a name, languages and scores",
        ),
        must("must be a list of own options"),
      )
      .check(z.maxLength(MAX_OWN_OPTIONS, must(`must hold at most ${MAX_OWN_OPTIONS} options`))),
    members: z
      .array(
        strict(
          { name: plainName, weights: weightsSchema, languages: languages() },
          "an object with a name, weights and languages",
        ),
        must("must be a list of team members"),
      )
      .check(z.maxLength(MAX_TEAM, must(`must hold at most ${MAX_TEAM} members`))),
  };
  return strict(fields, "an object with the inputs of a decision").check(
    z.superRefine((inputs, ctx) => {
      const message = compareProblem(inputs, vocabulary);
      if (message === undefined) return;
      ctx.addIssue({ code: "custom", message, path: ["compare"], input: inputs.compare });
    }),
  );
}

/** Compare may name the dataset's frameworks and the file's own options ("own1" for the first). */
function compareProblem(inputs: ShareState, vocabulary: LinkVocabulary): string | undefined {
  const ownCount = Array.isArray(inputs.own) ? inputs.own.length : 0;
  const compare: unknown[] = Array.isArray(inputs.compare) ? inputs.compare : [];
  const ownIds = OWN_OPTION_IDS.slice(0, ownCount);
  const missingOwn = compare.find(
    (id) => OWN_OPTION_IDS.includes(id as string) && !ownIds.includes(id as string),
  );
  if (missingOwn !== undefined) {
    const held = ownCount === 1 ? "1 option" : `${ownCount} options`;
    return `names ${quoted(missingOwn)}, but inputs.own holds ${held}`;
  }
  return idListProblem(compare, [...vocabulary.frameworkIds, ...ownIds]);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function decisionFileSchema(vocabulary: LinkVocabulary) {
  return strict(
    {
      format: z.literal(DECISION_FILE_FORMAT),
      version: z.literal(DECISION_FILE_VERSION),
      exportedAt: z.optional(z.unknown()),
      appVersion: z.optional(z.unknown()),
      dataset: strict(
        {
          asOf: z
            .string(must("must be a date YYYY-MM-DD"))
            .check(z.regex(ISO_DATE, must("must be a date YYYY-MM-DD"))),
          schemaVersion: z.int(must("must be a whole number")),
        },
        "an object with the dataset's date and schema version",
      ),
      inputs: inputsSchema(vocabulary),
      // Informational: the ranking and link are derived again from the inputs, never read.
      ranking: z.optional(z.unknown()),
      link: z.optional(z.unknown()),
    },
    "a JSON object",
  );
}

/** The first issue in words, with its path ("inputs.members[1].name must be …"). */
function issueText(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (first === undefined) return "The file could not be read as a saved decision.";
  const more = issues.length - 1;
  const rest = more === 0 ? "" : ` (and ${more} more ${more === 1 ? "problem" : "problems"})`;
  return `${pathText(first.path)} ${first.message}${rest}.`;
}

function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "The file";
  return path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

function quoted(value: unknown): string {
  return `"${shownValue(String(value))}"`;
}

function quotedList(values: readonly string[]): string {
  const shown = values.slice(0, 3).map(quoted).join(", ");
  return values.length > 3 ? `${shown} and ${values.length - 3} more` : shown;
}

const INPUT_KEYS = Object.keys(defaultShareState()) as (keyof ShareState)[];

/** Deep equality of JSON values, whatever the key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameJson(item, b[i]))
    );
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key as never], b[key as never]))
    );
  }
  return Object.is(a, b);
}
