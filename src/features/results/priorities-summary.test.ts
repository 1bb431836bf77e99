import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criterionLabels } from "../../domain/catalogue.ts";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import { CRITERION_IDS, type CriterionId } from "../../domain/types.ts";
import { weightsArb } from "../../testing/arbitraries.ts";
import {
  FIXTURE_DATASET,
  NEWCOMER_SPEC,
  weightsWith,
  withFramework,
} from "../../testing/fixtures.ts";
import {
  languagesInWords,
  longestPrioritiesInWords,
  prioritiesInWords,
} from "./priorities-summary.ts";

/** The fixture's criterion labels: "Performance label", "Realtime label", … */
const LABELS = criterionLabels(FIXTURE_DATASET);

/** Language names that are not just the capitalised id, so the test sees the catalogue is read. */
const CATALOGUE = {
  languages: [
    { id: "python", name: "Python" },
    { id: "csharp", name: "C#" },
    { id: "elixir", name: "Elixir" },
  ],
};

describe("prioritiesInWords", () => {
  it("says every criterion counts the same when nothing is weighted, as the ranking counts it", () => {
    expect(prioritiesInWords(weightsWith(0), LABELS)).toBe(
      "You weighted nothing, so every criterion counts the same.",
    );
  });

  it.each([
    [
      "the default profile",
      DEFAULT_WEIGHTS,
      "Ecosystem label and Security label are very important; Performance label, " +
        "Scalability label, Orm label, Learning label, and Productivity label are important; " +
        "Realtime label and Flexibility label are somewhat important.",
    ],
    [
      "one critical and the rest ignored",
      weightsWith(0, { realtime: 5 }),
      "Realtime label is critical; Performance label, Scalability label, Orm label, " +
        "Learning label, Productivity label, Ecosystem label, Security label, and " +
        "Flexibility label are ignored.",
    ],
    [
      "every weight the same",
      weightsWith(1),
      "Performance label, Scalability label, Realtime label, Orm label, Learning label, " +
        "Productivity label, Ecosystem label, Security label, and Flexibility label are minor.",
    ],
  ])("describes %s, most important first", (_case, weights, expected) => {
    expect(prioritiesInWords(weights, LABELS)).toBe(expected);
  });
});

describe("languagesInWords", () => {
  it.each([
    [[], "Any language will do."],
    [["python"], "Only frameworks written in Python."],
    [["csharp"], "Only frameworks written in C#."],
    [["python", "elixir"], "Only frameworks written in Python or Elixir."],
    [["python", "csharp", "elixir"], "Only frameworks written in Python, C#, or Elixir."],
  ] as const)("%j -> %s", (languages, expected) => {
    expect(languagesInWords(CATALOGUE, languages)).toBe(expected);
  });

  it("names a language that only a newly added framework uses", () => {
    const dataset = withFramework(FIXTURE_DATASET, NEWCOMER_SPEC);
    expect(languagesInWords(dataset, ["gleam"])).toBe("Only frameworks written in Gleam.");
  });
});

describe("longestPrioritiesInWords", () => {
  const labelsArb = fc
    .array(fc.string({ minLength: 1, maxLength: 40 }), {
      minLength: CRITERION_IDS.length,
      maxLength: CRITERION_IDS.length,
    })
    .map(
      (names) =>
        Object.fromEntries(CRITERION_IDS.map((id, i) => [id, names[i]])) as Record<
          CriterionId,
          string
        >,
    );

  it("is at least as long as the summary of any weights, whatever the labels", () => {
    fc.assert(
      fc.property(weightsArb, labelsArb, (weights, labels) => {
        const longest = longestPrioritiesInWords(labels);
        expect(longest.length).toBeGreaterThanOrEqual(prioritiesInWords(weights, labels).length);
      }),
      { numRuns: 1000 },
    );
  });

  it("is a summary the weights can give: every weight word once", () => {
    const longest = longestPrioritiesInWords(LABELS);
    for (const word of ["critical", "very important", "somewhat important", "minor", "ignored"]) {
      expect(longest).toContain(` ${word}`);
    }
  });
});
