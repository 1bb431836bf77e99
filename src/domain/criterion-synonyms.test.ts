import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET } from "../testing/fixtures.ts";
import { CRITERION_SYNONYMS, criteriaNamedBy } from "./criterion-synonyms.ts";
import { foldTerm } from "./text-match.ts";
import { CRITERION_IDS, type CriterionId } from "./types.ts";

/** Labels as a dataset may word them; the fixture's own are "<Id> label". */
const LABELLED = CRITERION_IDS.map((id) => ({
  id,
  label: {
    performance: "Raw performance",
    scalability: "Scalability",
    realtime: "Real-time",
    orm: "Data & ORM",
    learning: "Ease of learning",
    productivity: "Batteries included",
    ecosystem: "Ecosystem & hiring",
    security: "Security defaults",
    flexibility: "Flexibility",
  }[id],
}));

describe("criteriaNamedBy", () => {
  it.each<[string, CriterionId[]]>([
    ["websocket", ["realtime"]],
    ["WebSockets", ["realtime"]],
    ["realtime", ["realtime"]],
    ["real-time", ["realtime"]],
    ["Real time", ["realtime"]],
    ["live", ["realtime"]],
    ["orm", ["orm"]],
    ["database", ["orm"]],
    ["SQL", ["orm"]],
    ["fast", ["performance"]],
    ["speed", ["performance"]],
    ["perf", ["performance"]],
    ["secure", ["security"]],
    ["csrf", ["security"]],
    ["easy", ["learning"]],
    ["beginners", ["learning"]],
    ["batteries included", ["productivity"]],
    ["hiring", ["ecosystem"]],
    ["Ease of learning", ["learning"]],
    ["scal", ["scalability"]],
  ])("%j names %j", (query, expected) => {
    expect(criteriaNamedBy(query, LABELLED)).toEqual(expected);
  });

  it.each(["", "  ", "admin", "django", "s", "sec", "deliver", "unsafe"])(
    "%j names no criterion",
    (query) => {
      expect(criteriaNamedBy(query, LABELLED)).toEqual([]);
    },
  );

  it("reads labels from the dataset, not from a list in the code", () => {
    const renamed = LABELLED.map((c) =>
      c.id === "orm" ? { ...c, label: "Persistence layer" } : c,
    );
    expect(criteriaNamedBy("persistence layer", renamed)).toEqual(["orm"]);
    expect(criteriaNamedBy("Data & ORM", renamed)).toEqual([]);
    expect(criteriaNamedBy("realtime label", FIXTURE_DATASET.criteria)).toEqual(["realtime"]);
  });

  it("keeps the dataset's criterion order when a term names several", () => {
    const twice = LABELLED.map((c) => (c.id === "security" ? { ...c, label: "Fast and safe" } : c));
    expect(criteriaNamedBy("fast", twice)).toEqual(["performance", "security"]);
  });

  it("writes every synonym folded, and no synonym names two criteria", () => {
    const owner = new Map<string, CriterionId>();
    for (const id of CRITERION_IDS) {
      for (const term of CRITERION_SYNONYMS[id]) {
        expect(foldTerm(term)).toBe(term);
        expect(owner.get(term) ?? id).toBe(id);
        owner.set(term, id);
      }
    }
  });
});
