import { describe, expect, it } from "vitest";
import { applyScoreOverrides } from "../../domain/score-overrides.ts";
import { rankFrameworks } from "../../domain/scoring.ts";
import type { Dataset } from "../../domain/types.ts";
import { makeDataset, makeFramework, weightsWith } from "../../testing/fixtures.ts";
import { matrixCsv } from "./matrix-csv.ts";
import { sortRows, toMatrixRows } from "./matrix-rows.ts";
import { matchRows, readMatrixSearch } from "./search.ts";

const DATASET: Dataset = makeDataset([
  makeFramework({
    id: "plain",
    name: "Plain",
    languages: ["python", "ruby"],
    scores: [5, 5, 5, 5, 5, 5, 5, 5, 5],
    pros: ["Fast, really.", 'Says "hi".', "Small.", "Typed."],
    cons: ["Young.", "Few guides.", "Odd."],
  }),
  makeFramework({
    id: "risky",
    name: "=HYPERLINK(evil)",
    languages: ["php"],
    scores: [2, 2, 2, 2, 2, 2, 2, 2, 2],
    kind: "micro",
    cons: ["-1 for docs.", "@mentions only.", "Slow."],
  }),
]);

function rowsOf(dataset: Dataset) {
  const ranked = rankFrameworks(dataset, { weights: weightsWith(1), languages: [] }).ranked;
  return sortRows(toMatrixRows(ranked, dataset), { column: "name", direction: "asc" });
}

const labels = DATASET.criteria.map((c) => c.label);

describe("matrixCsv", () => {
  it("writes a header and one record per row in the given order, scores as numbers", () => {
    const csv = matrixCsv(rowsOf(DATASET), DATASET.criteria, undefined);
    expect(csv).toBe(
      [
        ["Framework", "Fit", ...labels, "Languages", "Kind", "Pros", "Cons"].join(","),
        [
          "'=HYPERLINK(evil)",
          "25",
          ..."222222222",
          "PHP",
          "Micro-framework",
          '"First pro.\nSecond pro.\nThird pro.\nFourth pro."',
          '"\'-1 for docs.\n@mentions only.\nSlow."',
        ].join(","),
        [
          "Plain",
          "100",
          ..."555555555",
          '"Python, Ruby"',
          "Full-stack framework",
          '"Fast, really.\nSays ""hi"".\nSmall.\nTyped."',
          '"Young.\nFew guides.\nOdd."',
        ].join(","),
        "",
      ].join("\r\n"),
    );
  });

  it("adds why each row matched while a search is on", () => {
    const rows = rowsOf(DATASET);
    const search = readMatrixSearch("fast", DATASET.criteria);
    if (!search) throw new Error("blank");
    const csv = matrixCsv(rows, DATASET.criteria, matchRows(rows, search));
    const [header, first, second] = csv.split("\r\n");
    expect(header?.endsWith(",Cons,Matched")).toBe(true);
    expect(first?.endsWith(",")).toBe(true);
    expect(second?.endsWith(",Performance label 5/5; pros")).toBe(true);
  });

  it("writes the user's own score as the value and lists it with the dataset's", () => {
    const dataset = applyScoreOverrides(DATASET, [
      { framework: "plain", criterion: "orm", value: 1 },
    ]);
    const [header, , plain] = matrixCsv(rowsOf(dataset), dataset.criteria, undefined).split("\r\n");
    expect(header?.endsWith(",Your scores")).toBe(true);
    expect(plain?.startsWith("Plain,89,5,5,5,1,5,5,5,5,5,")).toBe(true);
    expect(plain?.endsWith(",Orm label: 1 (dataset 5)")).toBe(true);
  });
});
