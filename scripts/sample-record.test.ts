import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SAMPLE_RECORD_PATH, sampleRecordMarkdown } from "./sample-record.ts";

describe("docs/decision-record-sample.md", () => {
  it("is what the shipped dataset generates (run `npm run record:sample` after changing either)", () => {
    expect(readFileSync(SAMPLE_RECORD_PATH, "utf8")).toBe(sampleRecordMarkdown());
  });
});
