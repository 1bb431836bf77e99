/**
 * The shared-link codec (DESIGN §4, URL format version 1): pure functions between a query
 * string and a ShareState. Decoding never throws: every value it cannot read falls back to
 * its default and is reported, in plain words, as a ShareUrlProblem for a visible notice.
 */
import { DEFAULT_WEIGHTS } from "../domain/default-profile.ts";
import type { CriterionId, Weights } from "../domain/types.ts";
import {
  CRITERION_IDS,
  FRAMEWORK_IDS,
  FRAMEWORK_KINDS,
  LANGUAGE_IDS,
  MAX_WEIGHT,
  MIN_WEIGHT,
} from "../domain/types.ts";
import type { MatrixSort, ShareState, View } from "./share-state.ts";
import { DEFAULT_SORT, MAX_COMPARE, MIN_COMPARE, SORT_COLUMNS, VIEWS } from "./share-state.ts";

/** One setting of a link that was not understood, with what was used instead. */
export interface ShareUrlProblem {
  /** The query key, or "" when the problem is the link as a whole. */
  key: string;
  /** The offending value, shortened to about 40 characters with control characters masked. */
  value: string;
  /** A plain-text sentence for the notice; the UI renders it as text, never as HTML. */
  message: string;
}

/** What a link decodes to: always a valid state, plus what had to be replaced by defaults. */
export interface DecodedShareUrl {
  state: ShareState;
  problems: ShareUrlProblem[];
  /** True when the link named at least one criterion key (even with a bad value). */
  weightsGiven: boolean;
}

/** The link format version this module writes and reads. */
export const SHARE_URL_VERSION = 1;
/** Longest query string (without the "?") that is read at all; longer links open the defaults. */
export const MAX_LINK_LENGTH = 2000;
/** Longest single value that is read; longer values fall back to their default. */
export const MAX_VALUE_LENGTH = 200;
/**
 * Longest matrix search text (UTF-16 units, like an input's maxLength). Kept well under
 * MAX_VALUE_LENGTH so that a link stays under MAX_LINK_LENGTH even when every character of
 * the search needs percent-encoding (up to 9 characters each).
 */
export const MAX_SEARCH_LENGTH = 100;

const SHOWN_VALUE_LENGTH = 40;
/** A weight is exactly one digit 0..5: no sign, no leading zero, no decimals, no spaces. */
const WEIGHT_PATTERN = /^[0-5]$/;
const KNOWN_KEYS: ReadonlySet<string> = new Set([
  "v",
  ...CRITERION_IDS,
  "lang",
  "view",
  "compare",
  "sort",
  "kind",
  "q",
]);

type Params = ReadonlyMap<string, readonly string[]>;

/** The state of a link with no settings: the quiz, default weights, nothing filtered. */
export function defaultShareState(): ShareState {
  return {
    weights: { ...DEFAULT_WEIGHTS },
    languages: [],
    view: "quiz",
    compare: [],
    sort: { ...DEFAULT_SORT },
    kinds: [],
    query: "",
  };
}

/** Reads a query string ("?a=b" or "a=b") into a valid state; never throws. */
export function decodeShareUrl(search: string): DecodedShareUrl {
  const raw = typeof search === "string" ? search : "";
  const query = raw.startsWith("?") ? raw.slice(1) : raw;
  if (query.length > MAX_LINK_LENGTH) {
    return { state: defaultShareState(), problems: [linkTooLong(query)], weightsGiven: false };
  }
  const params = readKnownParams(query);
  if (params === undefined) {
    return { state: defaultShareState(), problems: [unreadable(query)], weightsGiven: false };
  }
  // Only version 1 exists; a later version upgrades v1 links here before decoding them.
  return decodeVersion1(params);
}

/** Writes the canonical link for a state: "?v=1&…" with keys in a fixed order. */
export function encodeShareUrl(state: ShareState): string {
  const s = normalizeShareState(state);
  // Weights are pinned (all nine written) whenever they matter, so a link keeps opening the
  // same results even if DEFAULT_WEIGHTS changes later; only a fresh quiz link omits them.
  const writeWeights = s.view !== "quiz" || !sameWeights(s.weights, DEFAULT_WEIGHTS);
  const pairs = [`v=${SHARE_URL_VERSION}`];
  if (writeWeights) {
    for (const id of CRITERION_IDS) pairs.push(`${id}=${s.weights[id]}`);
  }
  if (s.languages.length > 0) pairs.push(`lang=${s.languages.join(",")}`);
  if (s.view !== defaultView(writeWeights)) pairs.push(`view=${s.view}`);
  if (s.compare.length > 0) pairs.push(`compare=${s.compare.join(",")}`);
  if (!sameSort(s.sort, DEFAULT_SORT)) pairs.push(`sort=${s.sort.column}:${s.sort.direction}`);
  if (s.kinds.length > 0) pairs.push(`kind=${s.kinds.join(",")}`);
  if (s.query !== "") pairs.push(`q=${encodeURIComponent(s.query)}`);
  return `?${pairs.join("&")}`;
}

/** Makes any ShareState-shaped value valid, by the same rules the decoder applies. */
export function normalizeShareState(state: ShareState): ShareState {
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  for (const id of CRITERION_IDS) {
    const weight: unknown = state.weights[id];
    if (isWeight(weight)) weights[id] = weight;
  }
  const compare = uniqueKnown(state.compare, FRAMEWORK_IDS);
  return {
    weights,
    languages: uniqueKnown(state.languages, LANGUAGE_IDS),
    view: isOneOf(VIEWS, state.view) ? state.view : "quiz",
    compare: isCompareCount(compare.length) ? compare : [],
    sort: isSort(state.sort) ? { ...state.sort } : { ...DEFAULT_SORT },
    kinds: uniqueKnown(state.kinds, FRAMEWORK_KINDS),
    query: typeof state.query === "string" ? cleanSearch(state.query) : "",
  };
}

function decodeVersion1(params: Params): DecodedShareUrl {
  const problems: ShareUrlProblem[] = [];
  const weightsGiven = CRITERION_IDS.some((id) => params.has(id));
  const fallbackView = defaultView(weightsGiven);
  const take = (key: string): string | undefined =>
    takeValue(params, key, fallbackPhrase(key, fallbackView), problems);

  const version = take("v");
  if (version !== undefined && version !== String(SHARE_URL_VERSION)) {
    problems.push(
      badValue("v", version, "is not a link version this app reads (1)", "read it as version 1"),
    );
  }
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  for (const id of CRITERION_IDS) {
    weights[id] = decodeWeight(id, take(id), problems);
  }
  return {
    state: {
      weights,
      languages: decodeIdList("lang", take("lang"), LANGUAGE_IDS, "language", problems),
      view: decodeView(take("view"), fallbackView, problems),
      compare: decodeCompare(take("compare"), problems),
      sort: decodeSort(take("sort"), problems),
      kinds: decodeIdList("kind", take("kind"), FRAMEWORK_KINDS, "framework kind", problems),
      query: decodeSearch(take("q"), problems),
    },
    problems,
    weightsGiven,
  };
}

/** Collects the values of known keys only; undefined if the platform parser throws. */
function readKnownParams(query: string): Params | undefined {
  const params = new Map<string, string[]>();
  try {
    // The leading "&" stops URLSearchParams from stripping a second "?" ("??view=x" is junk).
    for (const [key, value] of new URLSearchParams(`&${query}`)) {
      if (!KNOWN_KEYS.has(key)) continue;
      const values = params.get(key);
      if (values === undefined) params.set(key, [value]);
      else values.push(value);
    }
  } catch {
    return undefined;
  }
  return params;
}

/** The single, not over-long value of a key; reports repeats and over-long values. */
function takeValue(
  params: Params,
  key: string,
  fallback: string,
  problems: ShareUrlProblem[],
): string | undefined {
  const values = params.get(key);
  if (values === undefined) return undefined;
  if (values.length > 1) {
    const value = shorten(values.join(", "));
    const message = `"${key}" is given ${values.length} times in the link; ${fallback}.`;
    problems.push({ key, value, message });
    return undefined;
  }
  const value = values[0] ?? "";
  if (value.length > MAX_VALUE_LENGTH) {
    problems.push(badValue(key, value, `is longer than ${MAX_VALUE_LENGTH} characters`, fallback));
    return undefined;
  }
  return value;
}

function decodeWeight(
  id: CriterionId,
  value: string | undefined,
  problems: ShareUrlProblem[],
): number {
  if (value === undefined) return DEFAULT_WEIGHTS[id];
  if (WEIGHT_PATTERN.test(value)) return Number(value);
  problems.push(badValue(id, value, "is not a weight from 0 to 5", fallbackPhrase(id, "quiz")));
  return DEFAULT_WEIGHTS[id];
}

function decodeView(value: string | undefined, fallback: View, problems: ShareUrlProblem[]): View {
  if (value === undefined) return fallback;
  if (isOneOf(VIEWS, value)) return value;
  const reason = `is not a view (${VIEWS.join(", ")})`;
  problems.push(badValue("view", value, reason, fallbackPhrase("view", fallback)));
  return fallback;
}

function decodeIdList<T extends string>(
  key: string,
  value: string | undefined,
  known: readonly T[],
  noun: string,
  problems: ShareUrlProblem[],
): T[] {
  if (value === undefined) return [];
  const { ids, unknown } = splitIdList(value, known);
  if (unknown.length > 0) problems.push(unknownIds(key, value, unknown, noun));
  return ids;
}

function decodeCompare(value: string | undefined, problems: ShareUrlProblem[]): string[] {
  if (value === undefined) return [];
  const { ids, unknown } = splitIdList(value, FRAMEWORK_IDS);
  if (unknown.length > 0) problems.push(unknownIds("compare", value, unknown, "framework"));
  if (ids.length === 0 && unknown.length === 0) return [];
  if (isCompareCount(ids.length)) return ids;
  const reason = `does not name ${MIN_COMPARE} to ${MAX_COMPARE} known frameworks`;
  problems.push(badValue("compare", value, reason, fallbackPhrase("compare", "quiz")));
  return [];
}

function decodeSort(value: string | undefined, problems: ShareUrlProblem[]): MatrixSort {
  if (value === undefined) return { ...DEFAULT_SORT };
  const [column, direction, ...rest] = value.split(":");
  const sort = { column, direction };
  if (rest.length === 0 && isSort(sort)) return sort;
  const reason = `is not a matrix sort such as "${DEFAULT_SORT.column}:${DEFAULT_SORT.direction}"`;
  problems.push(badValue("sort", value, reason, fallbackPhrase("sort", "quiz")));
  return { ...DEFAULT_SORT };
}

function decodeSearch(value: string | undefined, problems: ShareUrlProblem[]): string {
  if (value === undefined) return "";
  if (value.length <= MAX_SEARCH_LENGTH) return value;
  const reason = `is longer than ${MAX_SEARCH_LENGTH} characters`;
  problems.push(badValue("q", value, reason, fallbackPhrase("q", "quiz")));
  return "";
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
    if (isOneOf(known, item)) {
      if (!ids.includes(item)) ids.push(item);
    } else if (!unknown.includes(item)) {
      unknown.push(item);
    }
  }
  return { ids, unknown };
}

/** What the notice says was used instead of a bad value of `key`. */
function fallbackPhrase(key: string, view: View): string {
  if (isOneOf(CRITERION_IDS, key)) return `used ${DEFAULT_WEIGHTS[key]} instead`;
  switch (key) {
    case "v":
      return "read it as version 1";
    case "lang":
      return "allowed any language instead";
    case "view":
      return `opened the ${view} view instead`;
    case "compare":
      return "compared no frameworks instead";
    case "sort":
      return `sorted by ${sortLabel(DEFAULT_SORT)} instead`;
    case "kind":
      return "showed all kinds instead";
    default:
      return "left the search empty instead";
  }
}

function badValue(key: string, value: string, reason: string, fallback: string): ShareUrlProblem {
  const shown = shorten(value);
  return { key, value: shown, message: `"${key}=${shown}" ${reason}; ${fallback}.` };
}

function unknownIds(key: string, value: string, unknown: string[], noun: string): ShareUrlProblem {
  const shown = shorten(value);
  const list = shorten(unknown.join(", "));
  const what =
    unknown.length === 1
      ? `an unknown ${noun} (${list}); it was`
      : `unknown ${noun}s (${list}); they were`;
  return { key, value: shown, message: `"${key}=${shown}" names ${what} left out.` };
}

function linkTooLong(query: string): ShareUrlProblem {
  const message =
    `The link is ${query.length} characters long, more than the ${MAX_LINK_LENGTH} this app ` +
    "reads; opened the default settings instead.";
  return { key: "", value: shorten(query), message };
}

function unreadable(query: string): ShareUrlProblem {
  const message = "The link could not be read; opened the default settings instead.";
  return { key: "", value: shorten(query), message };
}

/** Masks control, format and line-separator characters and cuts to ~40 characters. */
function shorten(value: string): string {
  const visible = value.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, "\uFFFD");
  const chars = Array.from(visible);
  return chars.length > SHOWN_VALUE_LENGTH
    ? `${chars.slice(0, SHOWN_VALUE_LENGTH).join("")}…`
    : visible;
}

/** Replaces lone surrogates (which encodeURIComponent rejects) and keeps the first 100 units. */
function cleanSearch(query: string): string {
  let clean = query.replace(/\p{Cs}/gu, "\uFFFD");
  if (clean.length > MAX_SEARCH_LENGTH) {
    clean = clean.slice(0, MAX_SEARCH_LENGTH);
    // Do not cut a surrogate pair in half.
    if (/\p{Cs}$/u.test(clean)) clean = clean.slice(0, -1);
  }
  return clean;
}

function defaultView(weightsGiven: boolean): View {
  return weightsGiven ? "results" : "quiz";
}

function sortLabel(sort: MatrixSort): string {
  return `${sort.column}, ${sort.direction === "desc" ? "descending" : "ascending"}`;
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}

function isWeight(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= MIN_WEIGHT && (value as number) <= MAX_WEIGHT
  );
}

function isCompareCount(count: number): boolean {
  return count >= MIN_COMPARE && count <= MAX_COMPARE;
}

function isSort(value: { column?: unknown; direction?: unknown }): value is MatrixSort {
  return isOneOf(SORT_COLUMNS, value.column) && isOneOf(["asc", "desc"], value.direction);
}

function uniqueKnown<T extends string>(list: readonly unknown[], known: readonly T[]): T[] {
  const ids: T[] = [];
  for (const item of Array.isArray(list) ? list : []) {
    if (isOneOf(known, item) && !ids.includes(item)) ids.push(item);
  }
  return ids;
}

function sameWeights(a: Readonly<Weights>, b: Readonly<Weights>): boolean {
  return CRITERION_IDS.every((id) => a[id] === b[id]);
}

function sameSort(a: MatrixSort, b: MatrixSort): boolean {
  return a.column === b.column && a.direction === b.direction;
}
