/** Writes data/frameworks.schema.json from the dataset schema: `npm run schema`. */
import { writeFileSync } from "node:fs";
import { datasetJsonSchemaText, JSON_SCHEMA_PATH } from "./dataset-json-schema.ts";

writeFileSync(JSON_SCHEMA_PATH, datasetJsonSchemaText());
process.stdout.write(`wrote ${JSON_SCHEMA_PATH.pathname}\n`);
