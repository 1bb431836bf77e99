import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET } from "../src/testing/fixtures.ts";
import { DATA_REPORT_PATH, dataReportMarkdown, readShippedDataset } from "./data-report.ts";

describe("docs/data.md", () => {
  it("is what the shipped dataset generates (run `npm run data:docs` after changing the data)", () => {
    expect(readFileSync(DATA_REPORT_PATH, "utf8")).toBe(dataReportMarkdown(readShippedDataset()));
  });
});

describe("dataReportMarkdown", () => {
  const report = dataReportMarkdown(FIXTURE_DATASET);

  it("writes every level of every criterion's rubric", () => {
    for (const c of FIXTURE_DATASET.criteria) {
      expect(report).toContain(`### ${c.label} (\`${c.id}\`)`);
      for (const level of ["1", "2", "3", "4", "5"] as const) {
        expect(report).toContain(`| ${level} | ${c.rubric[level]} |`);
      }
    }
  });

  it("gives each framework a row of facts and a row of scores, and the dataset's date", () => {
    expect(report).toContain(`Facts last checked: **${FIXTURE_DATASET.asOf}**`);
    for (const f of FIXTURE_DATASET.frameworks) {
      const scores = FIXTURE_DATASET.criteria.map((c) => f.scores[c.id].value).join(" | ");
      expect(report).toContain(`| ${f.name} | ${scores} |`);
      expect(report).toContain(`| ${f.name} | ${f.license} | ${f.firstRelease} |`);
    }
  });

  it("escapes pipes so a fact cannot break a table", () => {
    const [first, ...rest] = FIXTURE_DATASET.frameworks;
    const piped = { ...FIXTURE_DATASET, frameworks: [{ ...first!, name: "A|B" }, ...rest] };
    expect(dataReportMarkdown(piped)).toContain("| A\\|B |");
  });
});
