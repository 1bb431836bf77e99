import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetJsonSchemaText, JSON_SCHEMA_PATH } from "./dataset-json-schema.ts";

describe("data/frameworks.schema.json", () => {
  it("is what the dataset schema generates (run `npm run schema` after changing it)", () => {
    expect(readFileSync(JSON_SCHEMA_PATH, "utf8")).toBe(datasetJsonSchemaText());
  });

  it("is the schema the data file names for editors", () => {
    const data = JSON.parse(
      readFileSync(new URL("../data/frameworks.json", import.meta.url), "utf8"),
    );
    expect(data.$schema).toBe("./frameworks.schema.json");
  });

  it("describes the contract's required fields", () => {
    const schema = JSON.parse(datasetJsonSchemaText());
    expect(schema.required).toEqual(
      expect.arrayContaining(["schemaVersion", "asOf", "languages", "criteria", "frameworks"]),
    );
    const framework = schema.properties.frameworks.items;
    expect(framework.additionalProperties).toBe(false);
    expect(framework.properties.scores.required).toHaveLength(9);
  });
});
