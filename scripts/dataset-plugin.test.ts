import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET } from "../src/testing/fixtures.ts";
import { loadDatasetFile } from "./dataset-plugin.ts";

const folder = mkdtempSync(join(tmpdir(), "framework-fit-dataset-"));

function fileWith(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe("loadDatasetFile (what `vite build`, `vite dev` and the prerender read)", () => {
  it("returns a valid dataset's data", () => {
    const path = fileWith("valid.json", JSON.stringify(FIXTURE_DATASET));
    expect(loadDatasetFile(path)).toEqual({ data: FIXTURE_DATASET });
  });

  it("names the file, the framework, the field and the problem of a broken one", () => {
    const broken = structuredClone(FIXTURE_DATASET);
    (broken.frameworks[1] as { scores: { orm: { value: number } } }).scores.orm.value = 9;
    const path = fileWith("broken.json", JSON.stringify(broken));
    const result = loadDatasetFile(path);
    expect("error" in result && result.error).toMatch(
      /broken\.json is not a valid dataset:\nframework "bravo", scores\.orm\.value: must be a whole number from 1 to 5, got 9/,
    );
  });

  it("says when the file is not JSON at all", () => {
    const path = fileWith("truncated.json", '{"schemaVersion": 2,');
    const result = loadDatasetFile(path);
    expect("error" in result && result.error).toMatch(/truncated\.json could not be read as JSON/);
  });
});
