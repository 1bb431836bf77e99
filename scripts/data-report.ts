import { readFileSync } from "node:fs";
import type { Dataset } from "../src/domain/types.ts";
import { parseDataset } from "../src/domain/validate-dataset.ts";

export const DATA_REPORT_PATH = new URL("../docs/data.md", import.meta.url);
export const DATA_PATH = new URL("../data/frameworks.json", import.meta.url);

/** The shipped dataset, validated. */
export function readShippedDataset(): Dataset {
  return parseDataset(JSON.parse(readFileSync(DATA_PATH, "utf8")));
}

/** Table cell text: pipes escaped, line breaks flattened. */
const cell = (value: string) => value.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${head.map(cell).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");

/** docs/data.md: the rubric, the facts and the scores of a dataset, for reading without the app. */
export function dataReportMarkdown(dataset: Dataset): string {
  const rubric = dataset.criteria.flatMap((c) => [
    `### ${c.label} (\`${c.id}\`)`,
    "",
    c.description,
    "",
    table(
      ["Score", "Evidence that earns it"],
      (["1", "2", "3", "4", "5"] as const).map((level) => [level, c.rubric[level]]),
    ),
    "",
  ]);
  const facts = table(
    ["Framework", "License", "First release", "Latest stable", "Released", "Registry"],
    dataset.frameworks.map((f) => [
      f.name,
      f.license,
      String(f.firstRelease),
      f.latestVersion.version,
      f.latestVersion.date,
      `${f.package.registry}: ${f.package.name}`,
    ]),
  );
  const scores = table(
    ["Framework", ...dataset.criteria.map((c) => c.label)],
    dataset.frameworks.map((f) => [
      f.name,
      ...dataset.criteria.map((c) => String(f.scores[c.id].value)),
    ]),
  );
  return [
    "# The dataset at a glance",
    "",
    "Generated from `data/frameworks.json` by `npm run data:docs`; edit the data file, not this",
    `one. Facts last checked: **${dataset.asOf}**. Every score's reason and every fact's`,
    "sources are in the data file and on the Compare page.",
    "",
    "## Rubric",
    "",
    ...rubric,
    "## Facts",
    "",
    facts,
    "",
    "## Scores (1 to 5)",
    "",
    scores,
    "",
  ].join("\n");
}
