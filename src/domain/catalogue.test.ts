import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET, NEWCOMER_SPEC, withFramework } from "../testing/fixtures.ts";
import { catalogueOf, criterionLabels, joinNames, languageName, languageSet } from "./catalogue.ts";

describe("catalogueOf", () => {
  it("keeps only ids and names, in the dataset's order", () => {
    const catalogue = catalogueOf(FIXTURE_DATASET);
    expect(catalogue.frameworks.map((f) => f.id)).toEqual(
      FIXTURE_DATASET.frameworks.map((f) => f.id),
    );
    expect(catalogue.languages).toEqual(FIXTURE_DATASET.languages);
    expect(Object.keys(catalogue.criteria[0] ?? {})).toEqual(["id", "label"]);
    expect(JSON.stringify(catalogue)).not.toContain("pros");
  });

  it("grows with the dataset: a framework in a new language brings the language", () => {
    const catalogue = catalogueOf(withFramework(FIXTURE_DATASET, NEWCOMER_SPEC));
    expect(catalogue.frameworks.map((f) => f.id)).toContain(NEWCOMER_SPEC.id);
    expect(languageName(catalogue, "gleam")).toBe("Gleam");
  });
});

describe("names", () => {
  it("names a language, falling back to its id", () => {
    expect(languageName(FIXTURE_DATASET, "javascript")).toBe("JavaScript");
    expect(languageName(FIXTURE_DATASET, "cobol")).toBe("cobol");
  });

  it("labels every criterion", () => {
    expect(criterionLabels(FIXTURE_DATASET).realtime).toBe("Realtime label");
  });

  it.each<[string[], "conjunction" | "disjunction", string]>([
    [[], "disjunction", ""],
    [["Python"], "disjunction", "Python"],
    [["Python", "Ruby"], "disjunction", "Python or Ruby"],
    [["Java", "Kotlin", "Elixir"], "disjunction", "Java, Kotlin, or Elixir"],
    [["Speed", "Safety"], "conjunction", "Speed and Safety"],
  ])("joins %j with %s as %j", (items, type, expected) => {
    expect(joinNames(items, type)).toBe(expected);
  });
});

describe("languageSet", () => {
  it("keeps known ids once, in the catalogue's order", () => {
    expect(languageSet(FIXTURE_DATASET, ["ruby", "python", "ruby", "cobol"])).toEqual([
      "python",
      "ruby",
    ]);
    expect(languageSet(FIXTURE_DATASET, [])).toEqual([]);
  });
});
