import { describe, expect, it } from "vitest";
import recorded from "../recorded/npm-express.json";
import type { Reading } from "../release.ts";
import { npmRegistry } from "./npm.ts";

describe("npmRegistry", () => {
  it.each([
    ["express", "https://registry.npmjs.org/express"],
    ["@nestjs/core", "https://registry.npmjs.org/@nestjs%2Fcore"],
  ])("asks for %j at %s", (name, url) => {
    expect(npmRegistry.url(name)).toBe(url);
  });

  it.each<{ name: string; answer: unknown; expected: Reading }>([
    {
      name: "the recorded answer: dist-tags.latest, not the later 4.x or the next alpha",
      answer: recorded,
      expected: { release: { version: "5.2.1", date: "2025-12-01" } },
    },
    {
      name: "latest without a time entry",
      answer: { "dist-tags": { latest: "5.2.1" } },
      expected: { release: { version: "5.2.1" } },
    },
    {
      name: "latest tagged on a prerelease: the newest stable in time",
      answer: { ...recorded, "dist-tags": { latest: "6.0.0-alpha.1" } },
      expected: { release: { version: "5.2.1", date: "2025-12-01" } },
    },
    {
      name: "a time entry named __proto__ is only a key",
      answer: { "dist-tags": { latest: "__proto__" }, time: JSON.parse('{"__proto__": "x"}') },
      expected: { problem: "no stable release listed" },
    },
    {
      name: "no dist-tags",
      answer: { name: "express" },
      expected: { problem: "unexpected shape at dist-tags" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(npmRegistry.read(answer, "express")).toEqual(expected);
  });
});
