/** Shared links (README "Links"): reads any format version, upgrades it to the current one, writes it. */
import { DEFAULT_WEIGHTS } from "../domain/default-profile.ts";
import { MAX_OWN_OPTIONS, OWN_OPTION_IDS, type OwnOption } from "../domain/own-options.ts";
import { cleanName, isPlainName } from "../domain/plain-name.ts";
import {
  isScoreValue,
  MAX_SCORE_OVERRIDES,
  type ScoreOverride,
} from "../domain/score-overrides.ts";
import { MAX_TEAM, type TeamMember } from "../domain/team-members.ts";
import type { CriterionId, Weights } from "../domain/types.ts";
import { CRITERION_IDS, FRAMEWORK_KINDS } from "../domain/types.ts";
import type { LinkParams } from "./link-params.ts";
import { readLinkParams, takeValue } from "./link-params.ts";
import type { DecodedShareUrl, LinkVocabulary, ShareState } from "./share-state.ts";
import {
  DEFAULT_DETAIL,
  DEFAULT_SORT,
  isCompareCount,
  isMatrixDetail,
  isMatrixSort,
  isView,
  isWeight,
  MAX_SEARCH_LENGTH,
} from "./share-state.ts";
import type { ShareUrlProblem } from "./share-url-problem.ts";
import { shownValue } from "./share-url-problem.ts";
import { decodeShareUrlV1, encodeShareUrlV1 } from "./share-url-v1.ts";

type Upgrade = (params: LinkParams) => LinkParams;

/** UPGRADES[n - 1] turns version-n parameters into version n + 1; none yet, as only 1 exists. */
const UPGRADES: readonly Upgrade[] = [];

/** The link format version this app writes; links of every older version are upgraded to it. */
export const SHARE_URL_VERSION = UPGRADES.length + 1;
/**
 * Longest query string (without the "?") that is read at all; longer links open the defaults.
 * Room for the longest valid state: 30 score overrides, three own options and twelve team members with long names.
 */
export const MAX_LINK_LENGTH = 12000;

/** A link's parameters in the current format, the version they were written in, and `v`'s problems. */
export interface UpgradedLinkParams {
  params: LinkParams;
  from: number;
  problems: ShareUrlProblem[];
}

/** The state of a link with no settings: the quiz, default weights, nothing filtered. */
export function defaultShareState(): ShareState {
  return {
    weights: { ...DEFAULT_WEIGHTS },
    languages: [],
    view: "quiz",
    compare: [],
    sort: { ...DEFAULT_SORT },
    kinds: [],
    search: "",
    detail: DEFAULT_DETAIL,
    scores: [],
    own: [],
    members: [],
  };
}

/** Reads a query string ("?a=b" or "a=b") of any format version into a valid state; never throws. */
export function decodeShareUrl(search: string, vocabulary: LinkVocabulary): DecodedShareUrl {
  const raw = typeof search === "string" ? search : "";
  const query = raw.startsWith("?") ? raw.slice(1) : raw;
  if (query.length > MAX_LINK_LENGTH) {
    const problem: ShareUrlProblem = {
      kind: "link-too-long",
      key: "",
      value: shownValue(query),
      length: query.length,
      limit: MAX_LINK_LENGTH,
    };
    return { state: defaultShareState(), problems: [problem], weightsGiven: false };
  }
  const params = readLinkParams(query);
  if (params === undefined) {
    const problem: ShareUrlProblem = { kind: "unreadable", key: "", value: shownValue(query) };
    return { state: defaultShareState(), problems: [problem], weightsGiven: false };
  }
  const upgraded = upgradeLinkParams(params);
  const decoded = decodeShareUrlV1(upgraded.params, vocabulary);
  return { ...decoded, problems: [...upgraded.problems, ...decoded.problems] };
}

/** Writes the canonical link of a state in the current format: "?v=1&…", keys in a fixed order. */
export function encodeShareUrl(state: ShareState, vocabulary: LinkVocabulary): string {
  return encodeShareUrlV1(normalizeShareState(state, vocabulary));
}

/** Brings a link's parameters to the current format version; current ones come back unchanged. */
export function upgradeLinkParams(params: LinkParams): UpgradedLinkParams {
  const problems: ShareUrlProblem[] = [];
  const from = linkVersion(params, problems);
  // Each step runs once, from the link's version up, so an upgrade always ends.
  let upgraded = params;
  for (const step of UPGRADES.slice(from - 1)) upgraded = step(upgraded);
  const current = new Map(upgraded);
  current.set("v", [String(SHARE_URL_VERSION)]);
  return { params: current, from, problems };
}

/** Makes any ShareState-shaped value valid, by the same rules the decoder applies. */
export function normalizeShareState(state: ShareState, vocabulary: LinkVocabulary): ShareState {
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  for (const id of CRITERION_IDS) {
    const weight: unknown = state.weights[id];
    if (isWeight(weight)) weights[id] = weight;
  }
  const own = validOwnOptions(state.own, vocabulary);
  const comparable = [...vocabulary.frameworkIds, ...OWN_OPTION_IDS.slice(0, own.length)];
  const compare = uniqueKnown(state.compare, comparable);
  return {
    weights,
    languages: uniqueKnown(state.languages, vocabulary.languageIds),
    view: isView(state.view) ? state.view : "quiz",
    compare: isCompareCount(compare.length) ? compare : [],
    sort: isMatrixSort(state.sort) ? { ...state.sort } : { ...DEFAULT_SORT },
    kinds: uniqueKnown(state.kinds, FRAMEWORK_KINDS),
    search: typeof state.search === "string" ? cleanSearch(state.search) : "",
    detail: isMatrixDetail(state.detail) ? state.detail : DEFAULT_DETAIL,
    scores: validOverrides(state.scores, vocabulary),
    own,
    members: validMembers(state.members, vocabulary),
  };
}

/** Members with a plain-text name, nine weights 0..5 and known languages; at most twelve. */
function validMembers(list: unknown, vocabulary: LinkVocabulary): TeamMember[] {
  const valid: TeamMember[] = [];
  for (const item of Array.isArray(list) ? (list as Partial<TeamMember>[]) : []) {
    const name = typeof item?.name === "string" ? cleanName(item.name) : "";
    const weights: Partial<Weights> = item?.weights ?? {};
    if (!isPlainName(name) || !CRITERION_IDS.every((id) => isWeight(weights[id]))) continue;
    const languages = uniqueKnown(
      Array.isArray(item?.languages) ? item.languages : [],
      vocabulary.languageIds,
    );
    const clean = Object.fromEntries(CRITERION_IDS.map((id) => [id, weights[id]])) as Weights;
    valid.push({ name, weights: clean, languages });
  }
  return valid.slice(0, MAX_TEAM);
}

/** Overrides of known frameworks and criteria with scores 1..5, each pair once, at most 30. */
function validOverrides(list: unknown, vocabulary: LinkVocabulary): ScoreOverride[] {
  const valid: ScoreOverride[] = [];
  for (const item of Array.isArray(list) ? (list as Partial<ScoreOverride>[]) : []) {
    const { framework, criterion, value } = item ?? {};
    if (
      typeof framework === "string" &&
      vocabulary.frameworkIds.includes(framework) &&
      (CRITERION_IDS as readonly unknown[]).includes(criterion) &&
      isScoreValue(value) &&
      !valid.some((o) => o.framework === framework && o.criterion === criterion)
    ) {
      valid.push({ framework, criterion: criterion as CriterionId, value });
    }
  }
  return valid.slice(0, MAX_SCORE_OVERRIDES);
}

/** Own options with a plain-text name, nine scores 1..5 and known languages; at most three. */
function validOwnOptions(list: unknown, vocabulary: LinkVocabulary): OwnOption[] {
  const valid: OwnOption[] = [];
  for (const item of Array.isArray(list) ? (list as Partial<OwnOption>[]) : []) {
    const name = typeof item?.name === "string" ? cleanName(item.name) : "";
    const scores = Array.isArray(item?.scores) ? item.scores : [];
    if (!isPlainName(name) || scores.length !== CRITERION_IDS.length) continue;
    if (!scores.every(isScoreValue)) continue;
    const languages = uniqueKnown(
      Array.isArray(item?.languages) ? item.languages : [],
      vocabulary.languageIds,
    );
    valid.push({ name, languages, scores: [...scores] });
  }
  return valid.slice(0, MAX_OWN_OPTIONS);
}

/** The version a link says it is in; a link without a readable `v` is read as version 1. */
function linkVersion(params: LinkParams, problems: ShareUrlProblem[]): number {
  const value = takeValue(params, "v", "1", problems);
  if (value === undefined) return 1;
  for (let version = 1; version <= SHARE_URL_VERSION; version += 1) {
    if (value === String(version)) return version;
  }
  problems.push({
    kind: "bad-version",
    key: "v",
    value: shownValue(value),
    latest: SHARE_URL_VERSION,
    fallback: "1",
  });
  return 1;
}

/** Replaces lone surrogates (which encodeURIComponent rejects) and keeps the first 100 units. */
function cleanSearch(search: string): string {
  let clean = search.replace(/\p{Cs}/gu, "\uFFFD");
  if (clean.length > MAX_SEARCH_LENGTH) {
    clean = clean.slice(0, MAX_SEARCH_LENGTH);
    // Do not cut a surrogate pair in half.
    if (/\p{Cs}$/u.test(clean)) clean = clean.slice(0, -1);
  }
  return clean;
}

function uniqueKnown<T extends string>(list: readonly unknown[], known: readonly T[]): T[] {
  const ids: T[] = [];
  for (const item of Array.isArray(list) ? list : []) {
    const id = known.find((k) => k === item);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
