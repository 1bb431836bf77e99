/** Version 1 of the link format (README "Links"): its decoder and its writer. */
import { DEFAULT_WEIGHTS } from "../domain/default-profile.ts";
import type { CriterionId, Weights } from "../domain/types.ts";
import { CRITERION_IDS, FRAMEWORK_KINDS } from "../domain/types.ts";
import type { LinkParams } from "./link-params.ts";
import { takeValue } from "./link-params.ts";
import type {
  DecodedShareUrl,
  LinkVocabulary,
  MatrixSort,
  ShareState,
  View,
} from "./share-state.ts";
import {
  DEFAULT_SORT,
  isCompareCount,
  isMatrixSort,
  isView,
  MAX_SEARCH_LENGTH,
} from "./share-state.ts";
import type { IdListKey, ShareUrlKey, ShareUrlProblem } from "./share-url-problem.ts";
import { shownValue } from "./share-url-problem.ts";

/** A weight is exactly one digit 0..5: no sign, no leading zero, no decimals, no spaces. */
const WEIGHT_PATTERN = /^[0-5]$/;

/** Reads version-1 parameters into a valid state, reporting each value it replaced; never throws. */
export function decodeShareUrlV1(params: LinkParams, vocabulary: LinkVocabulary): DecodedShareUrl {
  const problems: ShareUrlProblem[] = [];
  const weightsGiven = CRITERION_IDS.some((id) => params.has(id));
  const fallbackView = defaultView(weightsGiven);
  const take = (key: ShareUrlKey, fallback: string) => takeValue(params, key, fallback, problems);

  const weights: Weights = { ...DEFAULT_WEIGHTS };
  for (const id of CRITERION_IDS) {
    weights[id] = decodeWeight(id, take(id, String(DEFAULT_WEIGHTS[id])), problems);
  }
  return {
    state: {
      weights,
      languages: decodeIdList("lang", take("lang", ""), vocabulary.languageIds, problems),
      view: decodeView(take("view", fallbackView), fallbackView, problems),
      compare: decodeCompare(take("compare", ""), vocabulary.frameworkIds, problems),
      sort: decodeSort(take("sort", sortValue(DEFAULT_SORT)), problems),
      kinds: decodeIdList("kind", take("kind", ""), FRAMEWORK_KINDS, problems),
      search: decodeSearch(take("q", ""), problems),
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
  if (state.view !== defaultView(writeWeights)) pairs.push(`view=${state.view}`);
  if (state.compare.length > 0) pairs.push(`compare=${idList(state.compare)}`);
  if (!sameSort(state.sort, DEFAULT_SORT)) pairs.push(`sort=${sortValue(state.sort)}`);
  if (state.kinds.length > 0) pairs.push(`kind=${idList(state.kinds)}`);
  if (state.search !== "") pairs.push(`q=${encodeURIComponent(state.search)}`);
  return `?${pairs.join("&")}`;
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

/** A link without weights opens the quiz; one with weights opens their results. */
function defaultView(weightsGiven: boolean): View {
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
