/** Writes docs/decision-record-sample.md from the shipped dataset: `npm run record:sample`. */
import { writeFileSync } from "node:fs";
import { SAMPLE_RECORD_PATH, sampleRecordMarkdown } from "./sample-record.ts";

writeFileSync(SAMPLE_RECORD_PATH, sampleRecordMarkdown());
process.stdout.write(`wrote ${SAMPLE_RECORD_PATH.pathname}\n`);
