import { describe, expect, it } from "vitest";
import recorded from "../recorded/rubygems-rails.json";
import type { Reading } from "../release.ts";
import { rubygemsRegistry } from "./rubygems.ts";

describe("rubygemsRegistry", () => {
  it("asks the versions API", () => {
    expect(rubygemsRegistry.url("rails")).toBe("https://rubygems.org/api/v1/versions/rails.json");
  });

  it.each<{ name: string; answer: unknown; expected: Reading }>([
    {
      name: "the recorded answer: four-part 8.1.4.1, not 8.2.0.rc1 or 8.2.0.beta1",
      answer: recorded,
      expected: { release: { version: "8.1.4.1", date: "2026-10-29" } },
    },
    {
      name: "the prerelease flag counts even on a plain-looking number",
      answer: [
        { number: "9.0.0", prerelease: true, created_at: "2026-11-20T00:00:00Z" },
        { number: "8.1.4", prerelease: false, created_at: "2026-09-24T20:10:48Z" },
      ],
      expected: { release: { version: "8.1.4", date: "2026-09-24" } },
    },
    {
      name: "a prerelease number without the flag is still a prerelease",
      answer: [{ number: "8.2.0.rc1" }, { number: "8.1.4" }],
      expected: { release: { version: "8.1.4" } },
    },
    {
      name: "an entry without a number",
      answer: [{ version: "8.1.4" }],
      expected: { problem: "unexpected shape at 0.number" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(rubygemsRegistry.read(answer, "rails")).toEqual(expected);
  });
});
