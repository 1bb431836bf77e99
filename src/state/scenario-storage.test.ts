import { describe, expect, it } from "vitest";
import { weightsWith } from "../testing/fixtures.ts";
import {
  MAX_SCENARIOS,
  readScenarios,
  SCENARIO_STORAGE_KEY,
  type Scenario,
  withScenario,
  writeScenarios,
} from "./scenario-storage.ts";

const vocabulary = { frameworkIds: ["alpha"], languageIds: ["python", "ruby"] };
const today: Scenario = { name: "Today", weights: weightsWith(3), languages: ["ruby"] };
const later: Scenario = { name: "In two years", weights: weightsWith(1), languages: [] };

/** A Storage that keeps values in a map, or throws the given error from every access. */
function fakeStorage(values: Record<string, string> = {}, error?: Error): Storage {
  const map = new Map(Object.entries(values));
  const fail = () => {
    if (error) throw error;
  };
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => {
      fail();
      return map.get(key) ?? null;
    },
    setItem: (key, value) => {
      fail();
      map.set(key, String(value));
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
}

const quota = Object.assign(new Error("full"), { name: "QuotaExceededError" });
const security = Object.assign(new Error("blocked"), { name: "SecurityError" });

describe("readScenarios", () => {
  it.each([
    ["nothing saved", fakeStorage(), [], null],
    ["no storage", null, [], "unavailable"],
    ["blocked storage", fakeStorage({}, security), [], "unavailable"],
    ["junk", fakeStorage({ [SCENARIO_STORAGE_KEY]: "{not json" }), [], "corrupt"],
    ["an object", fakeStorage({ [SCENARIO_STORAGE_KEY]: '{"a":1}' }), [], "corrupt"],
    [
      "a huge value",
      fakeStorage({ [SCENARIO_STORAGE_KEY]: `"${"x".repeat(30_000)}"` }),
      [],
      "corrupt",
    ],
    ["null", fakeStorage({ [SCENARIO_STORAGE_KEY]: "null" }), [], "corrupt"],
  ] as const)("reads %s", (_, storage, scenarios, problem) => {
    expect(readScenarios(storage, vocabulary)).toEqual({ scenarios, problem });
  });

  it("keeps valid entries, drops bad ones, cleans names and unknown languages", () => {
    const stored = [
      { ...today, name: "  Today \n", languages: ["ruby", "cobol"] },
      { name: "Bad weight", weights: { ...weightsWith(1), orm: 9 }, languages: [] },
      { name: "", weights: weightsWith(1), languages: [] },
      { name: "x".repeat(41), weights: weightsWith(1), languages: [] },
      { name: "No weights" },
      42,
      null,
      later,
    ];
    const storage = fakeStorage({ [SCENARIO_STORAGE_KEY]: JSON.stringify(stored) });
    expect(readScenarios(storage, vocabulary)).toEqual({
      scenarios: [today, later],
      problem: "corrupt",
    });
  });

  it("keeps at most ten", () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ ...today, name: `S${i}` }));
    const storage = fakeStorage({ [SCENARIO_STORAGE_KEY]: JSON.stringify(many) });
    expect(readScenarios(storage, vocabulary).scenarios).toHaveLength(MAX_SCENARIOS);
  });
});

describe("writeScenarios", () => {
  it("round-trips what it writes", () => {
    const storage = fakeStorage();
    expect(writeScenarios(storage, [today, later])).toBeNull();
    expect(readScenarios(storage, vocabulary)).toEqual({
      scenarios: [today, later],
      problem: null,
    });
  });

  it.each([
    ["a full storage", fakeStorage({}, quota), "full"],
    ["a blocked storage", fakeStorage({}, security), "unavailable"],
    ["no storage", null, "unavailable"],
  ] as const)("reports %s instead of throwing", (_, storage, problem) => {
    expect(writeScenarios(storage, [today])).toBe(problem);
  });
});

describe("withScenario", () => {
  it("replaces a scenario of the same name and adds new ones last", () => {
    const renamed = { ...today, weights: weightsWith(5) };
    expect(withScenario([today, later], renamed)).toEqual([later, renamed]);
  });
});
