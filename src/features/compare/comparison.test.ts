import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import type { Dataset, Framework } from "../../domain/types.ts";
import {
  FIXTURE_DATASET,
  makeDataset,
  makeFramework,
  NEWCOMER_SPEC,
  withFramework,
} from "../../testing/fixtures.ts";
import { type CompareCell, cellKey, finishRow } from "./compare-rows.ts";
import { compareRows } from "./comparison.ts";
import { hostOf } from "./fact-rows.ts";

const pick = (dataset: Dataset, ...ids: string[]) =>
  ids.map((id) => {
    const found = dataset.frameworks.find((f) => f.id === id);
    if (!found) throw new Error(`no framework ${id}`);
    return found;
  });
const { criteria } = FIXTURE_DATASET;
const rowsFor = (
  frameworks: Framework[],
  fits = new Map<string, number>(),
  dataset: Dataset = FIXTURE_DATASET,
) => compareRows(frameworks, dataset, DEFAULT_WEIGHTS, fits);
const row = (rows: ReturnType<typeof rowsFor>, id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe("compareRows", () => {
  // Three full-stack frameworks in different languages; Delta is left out of the fits.
  const frameworks = pick(FIXTURE_DATASET, "alpha", "bravo", "delta");
  const rows = rowsFor(
    frameworks,
    new Map([
      ["alpha", 70],
      ["bravo", 65],
    ]),
  );

  it("has one cell per framework in every row", () => {
    for (const r of rows) expect(r.cells).toHaveLength(3);
  });

  it("orders fit, facts, one row per criterion, then pros and cons", () => {
    const groups = rows.map((r) => r.group);
    expect(groups.indexOf("facts")).toBeGreaterThan(groups.lastIndexOf("fit"));
    expect(groups.indexOf("scores")).toBeGreaterThan(groups.lastIndexOf("facts"));
    expect(groups.indexOf("pros-cons")).toBeGreaterThan(groups.lastIndexOf("scores"));
    const scoreRows = rows.filter((r) => r.group === "scores");
    expect(scoreRows.map((r) => r.label)).toEqual(criteria.map((c) => c.label));
    expect(rows.filter((r) => r.group === "pros-cons").map((r) => r.label)).toEqual([
      "Pros",
      "Cons",
    ]);
  });

  it("lists every fact the brief asks for", () => {
    const labels = rows.filter((r) => r.group === "facts").map((r) => r.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Kind",
        "Languages",
        "License",
        "First release",
        "Latest version",
        "ORM / data layer",
        "Real-time",
        "Templating",
        "Admin interface",
        "Concurrency",
        "Repository",
        "Website",
      ]),
    );
    const [first] = frameworks;
    expect(row(rows, "repository").cells[0]).toEqual({
      kind: "link",
      text: first?.repository,
      href: `https://github.com/${first?.repository}`,
    });
  });

  it("marks rows where every framework agrees as the same", () => {
    expect(row(rows, "kind").same).toBe(true);
    expect(row(rows, "languages").same).toBe(false);
    expect(row(rows, "kind").best).toEqual([false, false, false]);
  });

  it("marks the highest score of a row, and no best when all scores are equal", () => {
    for (const c of criteria) {
      const r = row(rows, `score-${c.id}`);
      const values = frameworks.map((f) => f.scores[c.id].value);
      const top = Math.max(...values);
      expect(r.same).toBe(values.every((v) => v === values[0]));
      expect(r.best).toEqual(values.map((v) => !r.same && v === top));
    }
  });

  it("gives each score its why, its weight and its cited sources", () => {
    const r = row(rows, "score-performance");
    const [first] = frameworks;
    expect(r.hint).toBe(`Your weight: ${DEFAULT_WEIGHTS.performance} of 5`);
    const cell = r.cells[0];
    if (cell?.kind !== "score") throw new Error("not a score");
    expect(cell.why).toBe(first?.scores.performance.why);
    expect(cell.sources).toEqual(
      first?.scores.performance.sources.map((key) => ({
        key,
        title: first.sources[key]?.title,
        url: first.sources[key]?.url,
        accessed: first.sources[key]?.accessed,
      })),
    );
  });

  it("gives each sourced fact the sources its factSources field cites, with the day read", () => {
    const base = makeFramework({
      id: "sourced",
      name: "Sourced",
      languages: ["python"],
      scores: [],
    });
    const framework: Framework = {
      ...base,
      sources: {
        S1: { title: "License file", url: "https://example.com/license", accessed: "2026-11-20" },
        S2: { title: "Changelog", url: "https://example.com/changes", accessed: "2026-11-25" },
      },
      factSources: { ...base.factSources, license: ["S1"], latestVersion: ["S2", "S1"] },
    };
    const factRow = (id: string) => row(rowsFor([framework]), id).cells[0];
    expect(factRow("license")).toEqual({
      kind: "fact",
      text: "MIT",
      sources: [
        {
          key: "S1",
          title: "License file",
          url: "https://example.com/license",
          accessed: "2026-11-20",
        },
      ],
    });
    const latest = factRow("latest-version");
    expect(latest?.kind === "fact" && latest.sources.map((s) => [s.key, s.accessed])).toEqual([
      ["S2", "2026-11-25"],
      ["S1", "2026-11-20"],
    ]);
    for (const id of ["summary", "kind", "languages"]) {
      expect(factRow(id)?.kind).toBe("text");
    }
  });

  it("shows the fit, or why a framework has none, and marks the best fit", () => {
    const r = row(rows, "fit");
    expect(r.cells.map((c) => (c.kind === "fit" ? c.value : "?"))).toEqual([70, 65, null]);
    expect(r.best).toEqual([true, false, false]);
    expect(r.cells[2]).toMatchObject({ note: "Left out by your language filter" });
  });

  it("writes missing first-party parts in words", () => {
    const bare = makeFramework({ id: "bare", name: "Bare", languages: ["php"], scores: [] });
    const bareRows = rowsFor([bare, bare]);
    expect(row(bareRows, "orm").cells[0]).toMatchObject({ kind: "fact", text: "None first-party" });
    expect(row(bareRows, "admin").cells[0]).toMatchObject({ kind: "fact", text: "No" });
  });
});

describe("compareRows and the dataset's languages", () => {
  it("names languages as the dataset does, primary first", () => {
    const framework = makeFramework({
      id: "jvm",
      name: "JVM Web",
      languages: ["kotlin", "java"],
      scores: [],
    });
    const dataset: Dataset = {
      ...makeDataset([framework]),
      languages: [
        { id: "java", name: "Java (JVM)" },
        { id: "kotlin", name: "Kotlin (JVM)" },
      ],
    };
    const rows = rowsFor([framework, framework], new Map(), dataset);
    expect(row(rows, "languages").cells[0]).toEqual({
      kind: "text",
      text: "Kotlin (JVM), Java (JVM)",
    });
  });

  it("compares a framework added by data alone, in a language no other uses", () => {
    const dataset = withFramework(FIXTURE_DATASET, NEWCOMER_SPEC);
    const chosen = pick(dataset, NEWCOMER_SPEC.id, "alpha");
    const rows = rowsFor(chosen, new Map(), dataset);
    expect(row(rows, "languages").cells[0]).toEqual({ kind: "text", text: "Gleam" });
    const scores = dataset.criteria.map((c) => row(rows, `score-${c.id}`).cells[0]);
    expect(scores.map((cell) => (cell?.kind === "score" ? cell.value : null))).toEqual(
      NEWCOMER_SPEC.scores,
    );
    expect(row(rows, "pros").cells[0]).toEqual({ kind: "list", items: NEWCOMER_SPEC.pros });
  });
});

describe("helpers", () => {
  it.each<[CompareCell, string]>([
    [{ kind: "text", text: "MIT" }, "MIT"],
    [{ kind: "link", text: "x", href: "https://x.test/" }, "https://x.test/"],
    [{ kind: "score", value: 4, why: "w", sources: [] }, "4"],
    [{ kind: "fit", value: null, note: "n" }, "null"],
    [{ kind: "list", items: ["a", "b"] }, "a\nb"],
  ])("compares %j by %j", (cell, key) => expect(cellKey(cell)).toBe(key));

  it("treats a single column as the same everywhere, with no best", () => {
    const r = finishRow({
      id: "x",
      group: "scores",
      label: "X",
      cells: [{ kind: "score", value: 3, why: "", sources: [] }],
    });
    expect(r).toMatchObject({ same: true, best: [false] });
  });

  it.each([
    ["https://www.example.org/docs/", "www.example.org"],
    ["not a url", "not a url"],
  ])("hostOf(%s) = %s", (url, host) => expect(hostOf(url)).toBe(host));
});
