import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import { shippedDataset } from "../../domain/shipped-dataset.ts";
import { makeFramework } from "../../testing/fixtures.ts";
import type { Framework } from "../../domain/types.ts";
import { type CompareCell, cellKey, finishRow } from "./compare-rows.ts";
import { compareRows } from "./comparison.ts";
import { hostOf } from "./fact-rows.ts";

const pick = (...ids: string[]) =>
  ids.map((id) => shippedDataset.frameworks.find((f) => f.id === id) as Framework);
const { criteria } = shippedDataset;
const rowsFor = (frameworks: Framework[], fits = new Map<string, number>()) =>
  compareRows(frameworks, criteria, DEFAULT_WEIGHTS, fits);
const row = (rows: ReturnType<typeof rowsFor>, id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe("compareRows", () => {
  const frameworks = pick("django", "rails", "phoenix");
  const rows = rowsFor(
    frameworks,
    new Map([
      ["django", 70],
      ["rails", 65],
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
    expect(row(rows, "repository").cells[0]).toEqual({
      kind: "link",
      text: "django/django",
      href: "https://github.com/django/django",
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
    const [django] = frameworks;
    expect(r.hint).toBe(`Your weight: ${DEFAULT_WEIGHTS.performance} of 5`);
    const cell = r.cells[0];
    if (cell?.kind !== "score") throw new Error("not a score");
    expect(cell.why).toBe(django?.scores.performance.why);
    expect(cell.sources.map((s) => s.key)).toEqual(django?.scores.performance.sources);
    for (const s of cell.sources) expect(s.url).toMatch(/^https:\/\//);
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
    expect(row(bareRows, "orm").cells[0]).toEqual({ kind: "text", text: "None first-party" });
    expect(row(bareRows, "admin").cells[0]).toEqual({ kind: "text", text: "No" });
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
    ["https://www.djangoproject.com/", "www.djangoproject.com"],
    ["not a url", "not a url"],
  ])("hostOf(%s) = %s", (url, host) => expect(hostOf(url)).toBe(host));
});
