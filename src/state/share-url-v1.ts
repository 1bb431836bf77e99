/** Version 1 of the link format (README "Links"): its decoder and its writer. */
import { DEFAULT_WEIGHTS } from "../domain/default-profile.ts";
import { MAX_OWN_OPTIONS, OWN_OPTION_IDS, type OwnOption } from "../domain/own-options.ts";
import { cleanName, isPlainName } from "../domain/plain-name.ts";
import { MAX_SCORE_OVERRIDES, type ScoreOverride } from "../domain/score-overrides.ts";
import { MAX_TEAM, type TeamMember } from "../domain/team-members.ts";
import type { CriterionId, Weights } from "../domain/types.ts";
import { CRITERION_IDS, FRAMEWORK_KINDS } from "../domain/types.ts";
import type { LinkParams } from "./link-params.ts";
import { takeValue, takeValues } from "./link-params.ts";
import type {
  DecodedShareUrl,
  LinkVocabulary,
  MatrixDetail,
  MatrixSort,
  ShareState,
  View,
} from "./share-state.ts";
import {
  DEFAULT_DETAIL,
  DEFAULT_SORT,
  isCompareCount,
  isMatrixDetail,
  isMatrixSort,
  isView,
  MAX_SEARCH_LENGTH,
} from "./share-state.ts";
import type { IdListKey, ShareUrlKey, ShareUrlProblem } from "./share-url-problem.ts";
import { shownValue } from "./share-url-problem.ts";

/** A weight is exactly one digit 0..5: no sign, no leading zero, no decimals, no spaces. */
const WEIGHT_PATTERN = /^[0-5]$/;
/** An own option's nine scores, one digit 1..5 each, in CRITERION_IDS order. */
const OWN_SCORES_PATTERN = /^[1-5]{9}$/;
/** A score override: "<framework id>.<criterion id>.<1..5>". */
const SCORE_ENTRY_PATTERN = /^([a-z0-9-]+)\.([a-z]+)\.([1-5])$/;
/** Longest `score` value: 30 entries of a 30-character id, a criterion and a digit. */
const SCORE_VALUE_LIMIT = 1400;
/** Longest `own` or `m` value: nine digits, every language id, a 40-character name. */
const OWN_VALUE_LIMIT = 300;
/** A team member's nine weights, one digit 0..5 each, in CRITERION_IDS order. */
const MEMBER_WEIGHTS_PATTERN = /^[0-5]{9}$/;

/** Reads version-1 parameters into a valid state, reporting each value it replaced; never throws. */
export function decodeShareUrlV1(params: LinkParams, vocabulary: LinkVocabulary): DecodedShareUrl {
  const problems: ShareUrlProblem[] = [];
  const weightsGiven = CRITERION_IDS.some((id) => params.has(id));
  const members = decodeMembers(
    takeValues(params, "m", problems, OWN_VALUE_LIMIT),
    vocabulary,
    problems,
  );
  const fallbackView = defaultView(weightsGiven, members.length > 0);
  const take = (key: ShareUrlKey, fallback: string) => takeValue(params, key, fallback, problems);

  const weights: Weights = { ...DEFAULT_WEIGHTS };
  for (const id of CRITERION_IDS) {
    weights[id] = decodeWeight(id, take(id, String(DEFAULT_WEIGHTS[id])), problems);
  }
  const own = decodeOwn(takeValues(params, "own", problems, OWN_VALUE_LIMIT), vocabulary, problems);
  const comparable = [...vocabulary.frameworkIds, ...OWN_OPTION_IDS.slice(0, own.length)];
  const scoreValue = takeValue(params, "score", "", problems, SCORE_VALUE_LIMIT);
  return {
    state: {
      weights,
      languages: decodeIdList("lang", take("lang", ""), vocabulary.languageIds, problems),
      view: decodeView(take("view", fallbackView), fallbackView, problems),
      compare: decodeCompare(take("compare", ""), comparable, problems),
      sort: decodeSort(take("sort", sortValue(DEFAULT_SORT)), problems),
      kinds: decodeIdList("kind", take("kind", ""), FRAMEWORK_KINDS, problems),
      search: decodeSearch(take("q", ""), problems),
      detail: decodeDetail(take("detail", DEFAULT_DETAIL), problems),
      scores: decodeScores(scoreValue, vocabulary.frameworkIds, problems),
      own,
      members,
    },
    problems,
    weightsGiven,
  };
}

/** Writes a valid state as a version-1 query, "?v=1&…", with its keys in a fixed order. */
export function encodeShareUrlV1(state: ShareState): string {
  // Weights are pinned (all nine written) whenever they matter, so a link keeps opening the
  // same results even if DEFAULT_WEIGHTS changes later; only a fresh quiz link omits them.
  const writeWeights = state.view !== "quiz" || !sameWeights(state.weights, DEFAULT_WEIGHTS);
  const pairs = ["v=1"];
  if (writeWeights) {
    for (const id of CRITERION_IDS) pairs.push(`${id}=${state.weights[id]}`);
  }
  if (state.languages.length > 0) pairs.push(`lang=${idList(state.languages)}`);
  if (state.view !== defaultView(writeWeights, state.members.length > 0)) {
    pairs.push(`view=${state.view}`);
  }
  if (state.compare.length > 0) pairs.push(`compare=${idList(state.compare)}`);
  if (!sameSort(state.sort, DEFAULT_SORT)) pairs.push(`sort=${sortValue(state.sort)}`);
  if (state.kinds.length > 0) pairs.push(`kind=${idList(state.kinds)}`);
  if (state.search !== "") pairs.push(`q=${encodeURIComponent(state.search)}`);
  if (state.detail !== DEFAULT_DETAIL) pairs.push(`detail=${state.detail}`);
  if (state.scores.length > 0) pairs.push(`score=${state.scores.map(scoreEntry).join(",")}`);
  for (const option of state.own) pairs.push(`own=${ownEntry(option)}`);
  for (const member of state.members) pairs.push(`m=${memberEntry(member)}`);
  return `?${pairs.join("&")}`;
}

/** "543233422.python-ruby.Ana": weights in CRITERION_IDS order, then languages, then the name. */
function memberEntry(m: TeamMember): string {
  const weights = CRITERION_IDS.map((id) => m.weights[id]).join("");
  return `${weights}.${m.languages.join("-")}.${encodeURIComponent(m.name)}`;
}

/** "django.realtime.5" */
function scoreEntry(o: ScoreOverride): string {
  return `${o.framework}.${o.criterion}.${o.value}`;
}

/** "543233422.python-ruby.Our%20stack": the name last, as it may contain dots. */
function ownEntry(o: OwnOption): string {
  return `${o.scores.join("")}.${o.languages.join("-")}.${encodeURIComponent(o.name)}`;
}

/** Reads "fw.criterion.n,…": known frameworks and criteria, each pair once, at most 30. */
function decodeScores(
  value: string | undefined,
  frameworkIds: readonly string[],
  problems: ShareUrlProblem[],
): ScoreOverride[] {
  if (value === undefined) return [];
  const scores: ScoreOverride[] = [];
  const bad: string[] = [];
  const entries = value
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  for (const entry of entries) {
    const match = SCORE_ENTRY_PATTERN.exec(entry);
    const [, framework = "", criterion = "", digit = ""] = match ?? [];
    const known =
      match !== null &&
      frameworkIds.includes(framework) &&
      (CRITERION_IDS as readonly string[]).includes(criterion);
    const repeated = scores.some((s) => s.framework === framework && s.criterion === criterion);
    if (!known || repeated) bad.push(shownValue(entry));
    else scores.push({ framework, criterion: criterion as CriterionId, value: Number(digit) });
  }
  if (bad.length > 0) {
    problems.push({ kind: "bad-entries", key: "score", value: shownValue(value), entries: bad });
  }
  if (scores.length > MAX_SCORE_OVERRIDES) {
    problems.push({
      kind: "too-many-entries",
      key: "score",
      value: shownValue(value),
      count: scores.length,
      limit: MAX_SCORE_OVERRIDES,
    });
  }
  return scores.slice(0, MAX_SCORE_OVERRIDES);
}

/** "<digits>.<languages joined by ->.<name>" split at its first two dots; the name may hold more. */
function splitNamedEntry(
  value: string,
): { digits: string; languages: string; name: string } | undefined {
  const first = value.indexOf(".");
  const second = value.indexOf(".", first + 1);
  if (first < 0 || second < 0) return undefined;
  return {
    digits: value.slice(0, first),
    languages: value.slice(first + 1, second),
    name: cleanName(value.slice(second + 1)),
  };
}

/** Reads each `m` value "<nine digits 0..5>.<languages joined by ->.<name>"; at most twelve. */
function decodeMembers(
  values: readonly string[],
  vocabulary: LinkVocabulary,
  problems: ShareUrlProblem[],
): TeamMember[] {
  const members: TeamMember[] = [];
  const bad: string[] = [];
  for (const value of values) {
    const entry = splitNamedEntry(value);
    if (!entry || !MEMBER_WEIGHTS_PATTERN.test(entry.digits) || !isPlainName(entry.name)) {
      bad.push(shownValue(value));
      continue;
    }
    const { ids, unknown } = splitIdList(
      entry.languages.replaceAll("-", ","),
      vocabulary.languageIds,
    );
    if (unknown.length > 0) problems.push(unknownIds("m", value, unknown));
    const weights = Object.fromEntries(
      CRITERION_IDS.map((id, c) => [id, Number(entry.digits[c])]),
    ) as Weights;
    members.push({ name: entry.name, weights, languages: ids });
  }
  const shown = shownValue(values.join(", "));
  if (bad.length > 0) problems.push({ kind: "bad-entries", key: "m", value: shown, entries: bad });
  if (members.length > MAX_TEAM) {
    problems.push({
      kind: "too-many-entries",
      key: "m",
      value: shown,
      count: members.length,
      limit: MAX_TEAM,
    });
  }
  return members.slice(0, MAX_TEAM);
}

/** Reads each `own` value "<nine digits 1..5>.<languages joined by ->.<name>"; at most three. */
function decodeOwn(
  values: readonly string[],
  vocabulary: LinkVocabulary,
  problems: ShareUrlProblem[],
): OwnOption[] {
  const options: OwnOption[] = [];
  const bad: string[] = [];
  for (const value of values) {
    const entry = splitNamedEntry(value);
    if (!entry || !OWN_SCORES_PATTERN.test(entry.digits) || !isPlainName(entry.name)) {
      bad.push(shownValue(value));
      continue;
    }
    const { ids, unknown } = splitIdList(
      entry.languages.replaceAll("-", ","),
      vocabulary.languageIds,
    );
    if (unknown.length > 0) problems.push(unknownIds("own", value, unknown));
    options.push({ name: entry.name, languages: ids, scores: [...entry.digits].map(Number) });
  }
  const shown = shownValue(values.join(", "));
  if (bad.length > 0)
    problems.push({ kind: "bad-entries", key: "own", value: shown, entries: bad });
  if (options.length > MAX_OWN_OPTIONS) {
    problems.push({
      kind: "too-many-entries",
      key: "own",
      value: shown,
      count: options.length,
      limit: MAX_OWN_OPTIONS,
    });
  }
  return options.slice(0, MAX_OWN_OPTIONS);
}

function decodeWeight(
  id: CriterionId,
  value: string | undefined,
  problems: ShareUrlProblem[],
): number {
  const fallback = DEFAULT_WEIGHTS[id];
  if (value === undefined) return fallback;
  if (WEIGHT_PATTERN.test(value)) return Number(value);
  problems.push({ kind: "bad-weight", key: id, value: shownValue(value), fallback: `${fallback}` });
  return fallback;
}

function decodeView(value: string | undefined, fallback: View, problems: ShareUrlProblem[]): View {
  if (value === undefined) return fallback;
  if (isView(value)) return value;
  problems.push({ kind: "bad-view", key: "view", value: shownValue(value), fallback });
  return fallback;
}

function decodeIdList<T extends string>(
  key: IdListKey,
  value: string | undefined,
  known: readonly T[],
  problems: ShareUrlProblem[],
): T[] {
  if (value === undefined) return [];
  const { ids, unknown } = splitIdList(value, known);
  if (unknown.length > 0) problems.push(unknownIds(key, value, unknown));
  return ids;
}

function decodeCompare(
  value: string | undefined,
  known: readonly string[],
  problems: ShareUrlProblem[],
): string[] {
  if (value === undefined) return [];
  const { ids, unknown } = splitIdList(value, known);
  if (unknown.length > 0) problems.push(unknownIds("compare", value, unknown));
  if (ids.length === 0 && unknown.length === 0) return [];
  if (isCompareCount(ids.length)) return ids;
  const shown = shownValue(value);
  problems.push({
    kind: "bad-compare-count",
    key: "compare",
    value: shown,
    count: ids.length,
    fallback: "",
  });
  return [];
}

function decodeSort(value: string | undefined, problems: ShareUrlProblem[]): MatrixSort {
  if (value === undefined) return { ...DEFAULT_SORT };
  const [column, direction, ...rest] = value.split(":");
  const sort = { column, direction };
  if (rest.length === 0 && isMatrixSort(sort)) return sort;
  const fallback = sortValue(DEFAULT_SORT);
  problems.push({ kind: "bad-sort", key: "sort", value: shownValue(value), fallback });
  return { ...DEFAULT_SORT };
}

function decodeSearch(value: string | undefined, problems: ShareUrlProblem[]): string {
  if (value === undefined) return "";
  if (value.length <= MAX_SEARCH_LENGTH) return value;
  const shown = shownValue(value);
  problems.push({
    kind: "search-too-long",
    key: "q",
    value: shown,
    limit: MAX_SEARCH_LENGTH,
    fallback: "",
  });
  return "";
}

/** Reads `detail`: "short" or "full"; links written before the key existed show the short lists. */
function decodeDetail(value: string | undefined, problems: ShareUrlProblem[]): MatrixDetail {
  if (value === undefined) return DEFAULT_DETAIL;
  if (isMatrixDetail(value)) return value;
  problems.push({
    kind: "bad-detail",
    key: "detail",
    value: shownValue(value),
    fallback: DEFAULT_DETAIL,
  });
  return DEFAULT_DETAIL;
}

/** Splits "a, b,,a" into known ids (first occurrence kept, order kept) and unknown items. */
function splitIdList<T extends string>(
  value: string,
  known: readonly T[],
): { ids: T[]; unknown: string[] } {
  const ids: T[] = [];
  const unknown: string[] = [];
  for (const part of value.split(",")) {
    const item = part.trim();
    if (item === "") continue;
    const id = known.find((k) => k === item);
    if (id !== undefined) {
      if (!ids.includes(id)) ids.push(id);
    } else if (!unknown.includes(item)) {
      unknown.push(item);
    }
  }
  return { ids, unknown };
}

function unknownIds(key: IdListKey, value: string, unknown: string[]): ShareUrlProblem {
  return { kind: "unknown-ids", key, value: shownValue(value), ids: unknown.map(shownValue) };
}

/** Ids joined by commas, as they are: the dataset's schema allows only slugs ("spring-boot"). */
function idList(ids: readonly string[]): string {
  return ids.join(",");
}

/** A team link opens the team; a link without weights the quiz; one with weights their results. */
function defaultView(weightsGiven: boolean, membersGiven: boolean): View {
  if (membersGiven) return "team";
  return weightsGiven ? "results" : "quiz";
}

function sortValue(sort: MatrixSort): string {
  return `${sort.column}:${sort.direction}`;
}

function sameWeights(a: Readonly<Weights>, b: Readonly<Weights>): boolean {
  return CRITERION_IDS.every((id) => a[id] === b[id]);
}

function sameSort(a: MatrixSort, b: MatrixSort): boolean {
  return a.column === b.column && a.direction === b.direction;
}
