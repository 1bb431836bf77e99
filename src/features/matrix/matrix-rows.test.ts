import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import { rankFrameworks } from "../../domain/scoring.ts";
import {
  CRITERION_IDS,
  type CriterionId,
  type FrameworkKind,
  type LanguageId,
  type ScoreValue,
} from "../../domain/types.ts";
import type { MatrixSort, SortColumn } from "../../state/share-state.ts";
import {
  FIXTURE_DATASET,
  makeDataset,
  makeFramework,
  NEWCOMER_SPEC,
  withFramework,
} from "../../testing/fixtures.ts";
import {
  filterRows,
  firstSortDirection,
  type MatrixRow,
  sortRows,
  toMatrixRows,
} from "./matrix-rows.ts";

function row(
  name: string,
  fit: number,
  score: ScoreValue,
  kind: FrameworkKind,
  languages: LanguageId[],
  pros: string[] = [],
  cons: string[] = [],
): MatrixRow {
  const scores = Object.fromEntries(CRITERION_IDS.map((id) => [id, score])) as Record<
    CriterionId,
    ScoreValue
  >;
  const names = { python: "Python", ruby: "Ruby", csharp: "C#", javascript: "JavaScript" };
  const kindLabels = { runtime: "Runtime", micro: "Micro-framework", "full-stack": "Full-stack" };
  return {
    id: name.toLowerCase(),
    name,
    fit,
    scores,
    published: {},
    kind,
    kindLabel: kindLabels[kind],
    languages,
    languageNames: languages.map((l) => names[l as keyof typeof names] ?? l),
    pros,
    cons,
    facts: [],
    foldedText: "",
  };
}

// Input order is shuffled on purpose; every column has a tie between two of the rows.
const ROWS: readonly MatrixRow[] = [
  row("Delta", 20, 2, "runtime", ["javascript", "csharp"], ["Tiny core"], ["No ORM"]),
  row("Charlie", 50 + 1e-12, 5, "micro", ["csharp"], ["Fast WebSockets"], ["Young"]),
  row("Bravo", 80, 2, "full-stack", ["python", "ruby"], ["Admin site"], ["Slow websockets"]),
  row("Alpha", 50, 5, "micro", ["python"], ["Great docs"], ["Few packages"]),
];

const names = (rows: readonly MatrixRow[]) => rows.map((r) => r.name);

describe("sortRows", () => {
  const cases: [SortColumn, MatrixSort["direction"], string[]][] = [
    ["name", "asc", ["Alpha", "Bravo", "Charlie", "Delta"]],
    ["name", "desc", ["Delta", "Charlie", "Bravo", "Alpha"]],
    // Alpha and Charlie differ only by float noise: tied, so by name in both directions.
    ["fit", "desc", ["Bravo", "Alpha", "Charlie", "Delta"]],
    ["fit", "asc", ["Delta", "Alpha", "Charlie", "Bravo"]],
    // Labels: Full-stack < Micro-framework < Runtime.
    ["kind", "asc", ["Bravo", "Alpha", "Charlie", "Delta"]],
    ["kind", "desc", ["Delta", "Alpha", "Charlie", "Bravo"]],
    // Primary language only: C#, JavaScript, Python (Alpha, Bravo tie).
    ["languages", "asc", ["Charlie", "Delta", "Alpha", "Bravo"]],
    ["languages", "desc", ["Alpha", "Bravo", "Delta", "Charlie"]],
  ];
  it.each(cases)("sorts by %s %s, ties by name A to Z", (column, direction, expected) => {
    expect(names(sortRows(ROWS, { column, direction }))).toEqual(expected);
  });

  it.each(CRITERION_IDS)("sorts by the %s score both ways, ties by name A to Z", (column) => {
    expect(names(sortRows(ROWS, { column, direction: "desc" }))).toEqual([
      "Alpha",
      "Charlie",
      "Bravo",
      "Delta",
    ]);
    expect(names(sortRows(ROWS, { column, direction: "asc" }))).toEqual([
      "Bravo",
      "Delta",
      "Alpha",
      "Charlie",
    ]);
  });

  it("returns a copy and leaves its input alone", () => {
    const input = [...ROWS];
    const sorted = sortRows(input, { column: "name", direction: "asc" });
    expect(sorted).not.toBe(input);
    expect(input).toEqual(ROWS);
  });

  it("orders 1,000 rows correctly (keys computed once, O(n log n))", () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      row(
        `F${String((i * 7919) % 1000).padStart(4, "0")}`,
        i % 37,
        ((i % 5) + 1) as ScoreValue,
        "micro",
        ["python"],
      ),
    );
    const sorted = sortRows(many, { column: "performance", direction: "desc" });
    expect(sorted).toHaveLength(1000);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      const diff = a.scores.performance - b.scores.performance;
      expect(diff > 0 || (diff === 0 && a.name < b.name)).toBe(true);
    }
  });
});

describe("filterRows", () => {
  const matched = new Map([
    ["alpha", {}],
    ["charlie", {}],
  ]);
  const cases: [string, FrameworkKind[], ReadonlyMap<string, unknown> | undefined, string[]][] = [
    ["no filter", [], undefined, ["Delta", "Charlie", "Bravo", "Alpha"]],
    ["one kind", ["micro"], undefined, ["Charlie", "Alpha"]],
    ["two kinds", ["micro", "runtime"], undefined, ["Delta", "Charlie", "Alpha"]],
    ["the search's matches, in the rows' order", [], matched, ["Charlie", "Alpha"]],
    ["a search that matched nothing", [], new Map(), []],
    ["kind and search combined", ["micro"], new Map([["charlie", {}]]), ["Charlie"]],
    ["kind and search with nothing in common", ["runtime"], matched, []],
  ];
  it.each(cases)("%s", (_, kinds, matches, expected) => {
    expect(names(filterRows(ROWS, { kinds, matches }))).toEqual(expected);
  });
});

describe("firstSortDirection", () => {
  it.each([
    ["name", "asc"],
    ["kind", "asc"],
    ["languages", "asc"],
    ["fit", "desc"],
    ...CRITERION_IDS.map((id) => [id, "desc"]),
  ] as [SortColumn, string][])("%s starts %s", (column, direction) => {
    expect(firstSortDirection(column)).toBe(direction);
  });
});

describe("toMatrixRows", () => {
  const ranking = rankFrameworks(FIXTURE_DATASET, { weights: DEFAULT_WEIGHTS, languages: [] });
  const rows = toMatrixRows(ranking.ranked, FIXTURE_DATASET);

  it("keeps the ranking's frameworks, order and fits", () => {
    expect(rows.map((r) => r.id)).toEqual(ranking.ranked.map((r) => r.framework.id));
    expect(rows.map((r) => r.fit)).toEqual(ranking.ranked.map((r) => r.fit));
  });

  it("flattens every score to its value", () => {
    for (const { framework } of ranking.ranked) {
      const scores = rows.find((r) => r.id === framework.id)?.scores;
      for (const id of CRITERION_IDS) expect(scores?.[id]).toBe(framework.scores[id].value);
    }
  });

  it("names languages as the catalogue does, primary first, the id when it has no name", () => {
    const framework = makeFramework({
      id: "polyglot",
      name: "Polyglot",
      languages: ["kotlin", "java", "cobol"],
      scores: [],
    });
    const ranked = rankFrameworks(makeDataset([framework]), {
      weights: DEFAULT_WEIGHTS,
      languages: [],
    }).ranked;
    const catalogue = {
      languages: [
        { id: "java", name: "Java (JVM)" },
        { id: "kotlin", name: "Kotlin (JVM)" },
      ],
    };
    expect(toMatrixRows(ranked, catalogue)[0]?.languageNames).toEqual([
      "Kotlin (JVM)",
      "Java (JVM)",
      "cobol",
    ]);
  });

  it("includes a framework added by data alone, with its new language named", () => {
    const dataset = withFramework(FIXTURE_DATASET, NEWCOMER_SPEC);
    const ranked = rankFrameworks(dataset, { weights: DEFAULT_WEIGHTS, languages: [] }).ranked;
    const newcomer = toMatrixRows(ranked, dataset).find((r) => r.id === NEWCOMER_SPEC.id);
    expect(newcomer?.name).toBe(NEWCOMER_SPEC.name);
    expect(newcomer?.languageNames).toEqual(["Gleam"]);
  });

  it("sorted by fit descending, equals the ranking order", () => {
    expect(sortRows(rows, { column: "fit", direction: "desc" }).map((r) => r.id)).toEqual(
      ranking.ranked.map((r) => r.framework.id),
    );
  });
});
