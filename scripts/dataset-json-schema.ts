import { z } from "zod";
import { datasetSchema } from "../src/domain/dataset-schema.ts";

export const JSON_SCHEMA_PATH = new URL("../data/frameworks.schema.json", import.meta.url);

/** The JSON Schema that editors use for data/frameworks.json, as file text. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: "draft-2020-12", io: "input" });
  const titled = {
    ...schema,
    title: "Framework Fit dataset",
    description:
      "Generated from src/domain/dataset-schema.ts by `npm run schema`; cross-references (language ids, source ids, dates against asOf) are checked by the validator only.",
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
