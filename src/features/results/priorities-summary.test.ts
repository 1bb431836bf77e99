import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import type { CriterionId } from "../../domain/types.ts";
import { languagesInWords, prioritiesInWords } from "./priorities-summary.ts";

const LABELS: Record<CriterionId, string> = {
  performance: "Performance",
  scalability: "Scalability",
  realtime: "Real-time",
  orm: "ORM",
  learning: "Learning",
  productivity: "Productivity",
  ecosystem: "Ecosystem",
  security: "Security",
  flexibility: "Flexibility",
};

describe("prioritiesInWords", () => {
  it.each([
    [
      "the default profile",
      DEFAULT_WEIGHTS,
      "Ecosystem and Security are very important; Performance, Scalability, ORM, Learning and Productivity are important; Real-time and Flexibility are somewhat important.",
    ],
    [
      "one critical and the rest ignored",
      { ...Object.fromEntries(Object.keys(LABELS).map((k) => [k, 0])), realtime: 5 },
      "Real-time is critical; Performance, Scalability, ORM, Learning, Productivity, Ecosystem, Security and Flexibility are ignored.",
    ],
  ])("describes %s, most important first", (_case, weights, expected) => {
    expect(prioritiesInWords(weights as typeof DEFAULT_WEIGHTS, LABELS)).toBe(expected);
  });
});

describe("languagesInWords", () => {
  it.each([
    [[], "Any language will do."],
    [["python"], "Only frameworks written in Python."],
    [["python", "ruby"], "Only frameworks written in Python or Ruby."],
  ] as const)("%j -> %s", (languages, expected) => {
    expect(languagesInWords(languages)).toBe(expected);
  });
});
