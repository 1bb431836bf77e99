/** Writes docs/data.md (rubric, facts and scores) from the dataset: `npm run data:docs`. */
import { writeFileSync } from "node:fs";
import { DATA_REPORT_PATH, dataReportMarkdown, readShippedDataset } from "./data-report.ts";

writeFileSync(DATA_REPORT_PATH, dataReportMarkdown(readShippedDataset()));
process.stdout.write(`wrote ${DATA_REPORT_PATH.pathname}\n`);
