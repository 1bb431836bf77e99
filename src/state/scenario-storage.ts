/**
 * Named weightings ("today", "in two years") kept in the browser's storage. Storage may be
 * missing, blocked, full or hold anything: every access is guarded, and what is read is checked
 * like a link, so the app works the same without it.
 */
import { cleanName, isPlainName } from "../domain/plain-name.ts";
import type { Weights } from "../domain/types.ts";
import { CRITERION_IDS } from "../domain/types.ts";
import type { LinkVocabulary } from "./share-state.ts";
import { isWeight } from "./share-state.ts";

/** One saved weighting: a plain-text name, nine weights and the accepted languages (empty = any). */
export interface Scenario {
  name: string;
  weights: Weights;
  languages: string[];
}

export const SCENARIO_STORAGE_KEY = "framework-fit.scenarios.v1";
export const MAX_SCENARIOS = 10;
/** More than ten scenarios ever need, so a huge value is not even parsed. */
const MAX_STORED_LENGTH = 20_000;

/** Why saving does not work: no storage at all, unreadable saved data, or no room left. */
export type ScenarioStorageProblem = "unavailable" | "corrupt" | "full";

/** What was read: the valid scenarios, and a problem when storage could not be used as is. */
export interface ReadScenarios {
  scenarios: Scenario[];
  problem: ScenarioStorageProblem | null;
}

/** The page's local storage, or null where it is missing or blocked (reading it can throw). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

/** A scenario checked like a link's team member: plain name, nine weights 0..5, known languages. */
function validScenario(item: unknown, vocabulary: LinkVocabulary): Scenario | null {
  if (typeof item !== "object" || item === null) return null;
  const { name, weights, languages } = item as Record<string, unknown>;
  const cleaned = typeof name === "string" ? cleanName(name) : "";
  if (!isPlainName(cleaned) || typeof weights !== "object" || weights === null) return null;
  const given = weights as Record<string, unknown>;
  if (!CRITERION_IDS.every((id) => isWeight(given[id]))) return null;
  const clean = Object.fromEntries(CRITERION_IDS.map((id) => [id, given[id]])) as Weights;
  const ids = Array.isArray(languages) ? languages : [];
  const known = vocabulary.languageIds.filter((id) => ids.includes(id));
  return { name: cleaned, weights: clean, languages: known };
}

/** Reads the saved scenarios; never throws. Invalid entries are dropped, at most ten are kept. */
export function readScenarios(storage: Storage | null, vocabulary: LinkVocabulary): ReadScenarios {
  if (storage === null) return { scenarios: [], problem: "unavailable" };
  let raw: string | null;
  try {
    raw = storage.getItem(SCENARIO_STORAGE_KEY);
  } catch {
    return { scenarios: [], problem: "unavailable" };
  }
  if (raw === null) return { scenarios: [], problem: null };
  if (typeof raw !== "string" || raw.length > MAX_STORED_LENGTH) {
    return { scenarios: [], problem: "corrupt" };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { scenarios: [], problem: "corrupt" };
  }
  if (!Array.isArray(parsed)) return { scenarios: [], problem: "corrupt" };
  const scenarios: Scenario[] = [];
  for (const item of parsed) {
    const scenario = validScenario(item, vocabulary);
    if (scenario && !scenarios.some((s) => s.name === scenario.name)) scenarios.push(scenario);
  }
  return {
    scenarios: scenarios.slice(0, MAX_SCENARIOS),
    problem: scenarios.length < parsed.length ? "corrupt" : null,
  };
}

/** Writes the scenarios (at most ten); returns why it could not, or null when saved. */
export function writeScenarios(
  storage: Storage | null,
  scenarios: readonly Scenario[],
): ScenarioStorageProblem | null {
  if (storage === null) return "unavailable";
  try {
    storage.setItem(SCENARIO_STORAGE_KEY, JSON.stringify(scenarios.slice(0, MAX_SCENARIOS)));
    return null;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED"
      ? "full"
      : "unavailable";
  }
}

/** Saves a scenario under its name (replacing one of the same name), newest last, at most ten. */
export function withScenario(scenarios: readonly Scenario[], scenario: Scenario): Scenario[] {
  const others = scenarios.filter((s) => s.name !== scenario.name);
  return [...others, scenario].slice(-MAX_SCENARIOS);
}
