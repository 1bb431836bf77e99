import { describe, expect, it } from "vitest";
import recorded from "../recorded/nodejs-index.json";
import type { Reading } from "../release.ts";
import { nodejsRegistry } from "./nodejs.ts";

describe("nodejsRegistry", () => {
  it("asks the release index", () => {
    expect(nodejsRegistry.url("node")).toBe("https://nodejs.org/dist/index.json");
  });

  it.each<{ name: string; answer: unknown; expected: Reading }>([
    {
      name: "the recorded index: its newest entry, without the v",
      answer: recorded,
      expected: { release: { version: "27.2.0", date: "2026-11-18" } },
    },
    {
      name: "the highest version, whatever the order",
      answer: recorded.toReversed(),
      expected: { release: { version: "27.2.0", date: "2026-11-18" } },
    },
    {
      name: "a prerelease at the top is skipped",
      answer: [{ version: "v28.0.0-rc.1", date: "2026-11-20" }, ...recorded],
      expected: { release: { version: "27.2.0", date: "2026-11-18" } },
    },
    {
      name: "a bad date leaves the date out",
      answer: [{ version: "v27.2.0", date: "soon" }],
      expected: { release: { version: "27.2.0" } },
    },
    { name: "an empty index", answer: [], expected: { problem: "no stable release listed" } },
    {
      name: "an object",
      answer: { version: "v27.2.0" },
      expected: { problem: "unexpected shape at the top level" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(nodejsRegistry.read(answer, "node")).toEqual(expected);
  });
});
