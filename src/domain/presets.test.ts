import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "./default-profile.ts";
import { PRESETS } from "./presets.ts";
import { CRITERION_IDS, type CriterionId, MAX_WEIGHT, MIN_WEIGHT } from "./types.ts";

const README = new URL("../../README.md", import.meta.url);

const heaviest = (weights: Readonly<Record<CriterionId, number>>): CriterionId[] => {
  const top = Math.max(...CRITERION_IDS.map((id) => weights[id]));
  return CRITERION_IDS.filter((id) => weights[id] === top);
};

/** What each preset's reason promises: the criteria weighed heaviest, and those it says matter little. */
const INTENTS: readonly { id: string; top: CriterionId[]; low: CriterionId[] }[] = [
  { id: "api-backend", top: ["ecosystem", "flexibility"], low: ["productivity", "realtime"] },
  { id: "server-rendered", top: ["orm", "productivity"], low: ["flexibility", "realtime"] },
  { id: "realtime", top: ["scalability", "realtime"], low: ["productivity", "learning"] },
  { id: "high-throughput", top: ["performance", "scalability"], low: ["productivity", "learning"] },
  { id: "prototype", top: ["learning", "productivity"], low: ["performance", "scalability"] },
  { id: "enterprise", top: ["ecosystem", "security"], low: ["realtime", "flexibility"] },
];

describe("PRESETS", () => {
  it("offers 5 to 7 presets with unique ids and names", () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(5);
    expect(PRESETS.length).toBeLessThanOrEqual(7);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(new Set(PRESETS.map((p) => p.name)).size).toBe(PRESETS.length);
  });

  it.each(PRESETS)("$id: an integer weight 0..5 for exactly the nine criteria", ({ weights }) => {
    expect(Object.keys(weights).sort()).toEqual([...CRITERION_IDS].sort());
    for (const id of CRITERION_IDS) {
      expect(Number.isInteger(weights[id])).toBe(true);
      expect(weights[id]).toBeGreaterThanOrEqual(MIN_WEIGHT);
      expect(weights[id]).toBeLessThanOrEqual(MAX_WEIGHT);
    }
  });

  it.each(PRESETS)("$id: a one-line description and reason", ({ name, description, reason }) => {
    for (const text of [name, description, reason]) {
      expect(text.trim()).toBe(text);
      expect(text).not.toMatch(/[\n|]/);
    }
    expect(name.length).toBeLessThanOrEqual(40);
    expect(description.length).toBeLessThanOrEqual(90);
    expect(reason.length).toBeLessThanOrEqual(130);
  });

  it("gives every preset its own weights, none of them the default profile's", () => {
    const rows = PRESETS.map((p) => CRITERION_IDS.map((id) => p.weights[id]).join(""));
    expect(new Set(rows).size).toBe(PRESETS.length);
    expect(rows).not.toContain(CRITERION_IDS.map((id) => DEFAULT_WEIGHTS[id]).join(""));
  });

  it.each(INTENTS)("$id weighs $top heaviest and $low at 2 or less", ({ id, top, low }) => {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) throw new Error(`no preset ${id}`);
    expect(heaviest(preset.weights)).toEqual(top);
    expect(Math.max(...top.map((c) => preset.weights[c]))).toBeGreaterThanOrEqual(4);
    for (const c of low) expect(preset.weights[c]).toBeLessThanOrEqual(2);
  });

  it("has an intent above for every preset", () => {
    expect(INTENTS.map((i) => i.id)).toEqual(PRESETS.map((p) => p.id));
  });
});

describe("README presets table", () => {
  it("lists every preset with its weights and reason, as in presets.ts", () => {
    const readme = readFileSync(README, "utf8");
    const section = readme.split("\n### Presets\n")[1]?.split(/\n#{2,3} /)[0] ?? "";
    const table = section.split("\n").filter((line) => line.startsWith("|"));
    const expected = [
      `| preset | ${CRITERION_IDS.join(" | ")} | why |`,
      `|---|${CRITERION_IDS.map(() => "---:").join("|")}|---|`,
      ...PRESETS.map(
        (p) =>
          `| ${p.name} | ${CRITERION_IDS.map((id) => p.weights[id]).join(" | ")} | ${p.reason} |`,
      ),
    ];
    expect(table).toEqual(expected);
  });
});
