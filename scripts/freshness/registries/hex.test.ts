import { describe, expect, it } from "vitest";
import recorded from "../recorded/hex-phoenix.json";
import type { Reading } from "../release.ts";
import { hexRegistry } from "./hex.ts";

describe("hexRegistry", () => {
  it("asks the packages API", () => {
    expect(hexRegistry.url("phoenix")).toBe("https://hex.pm/api/packages/phoenix");
  });

  it.each<{ name: string; answer: unknown; expected: Reading }>([
    {
      name: "the recorded answer: latest_stable_version 1.8.5, not 1.9.0-rc.1",
      answer: recorded,
      expected: { release: { version: "1.8.5", date: "2026-03-05" } },
    },
    {
      name: "no latest_stable_version: the newest stable release",
      answer: { ...recorded, latest_stable_version: null },
      expected: { release: { version: "1.8.5", date: "2026-03-05" } },
    },
    {
      name: "a latest_stable_version that is a prerelease is not trusted",
      answer: { ...recorded, latest_stable_version: "1.9.0-rc.1" },
      expected: { release: { version: "1.8.5", date: "2026-03-05" } },
    },
    {
      name: "a latest_stable_version missing from releases has no date",
      answer: { latest_stable_version: "1.8.6", releases: [] },
      expected: { release: { version: "1.8.6" } },
    },
    {
      name: "releases missing",
      answer: { latest_stable_version: "1.8.5" },
      expected: { problem: "unexpected shape at releases" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(hexRegistry.read(answer, "phoenix")).toEqual(expected);
  });
});
