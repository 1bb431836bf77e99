import { describe, expect, it } from "vitest";
import recorded from "../recorded/packagist-laravel-framework.json";
import type { Reading } from "../release.ts";
import { packagistRegistry } from "./packagist.ts";

describe("packagistRegistry", () => {
  it.each([
    ["laravel/framework", "https://repo.packagist.org/p2/laravel/framework.json"],
    ["CakePHP/CakePHP", "https://repo.packagist.org/p2/cakephp/cakephp.json"],
    ["laravel", { problem: 'Packagist names are "vendor/name", not "laravel"' }],
  ])("asks for %j at %j", (name, url) => {
    expect(packagistRegistry.url(name)).toEqual(url);
  });

  it.each<{ name: string; answer: unknown; expected: Reading }>([
    {
      name: "the recorded answer: v13.12.0, not the newer v14.0.0-beta.2",
      answer: recorded,
      expected: { release: { version: "13.12.0", date: "2026-11-10" } },
    },
    {
      name: "minified: a missing time repeats the previous entry's",
      answer: {
        packages: {
          "laravel/framework": [
            { version: "v13.12.0", time: "2026-11-10T14:55:21+00:00" },
            { version: "v13.12.1" },
          ],
        },
      },
      expected: { release: { version: "13.12.1", date: "2026-11-10" } },
    },
    {
      name: "minified: __unset removes the time",
      answer: {
        packages: {
          "laravel/framework": [
            { version: "v13.12.0", time: "2026-11-10T14:55:21+00:00" },
            { version: "v13.12.1", time: "__unset" },
          ],
        },
      },
      expected: { release: { version: "13.12.1" } },
    },
    {
      name: "another package's metadata",
      answer: { packages: { "cakephp/cakephp": [{ version: "5.3.5" }] } },
      expected: { problem: 'no "laravel/framework" in the answer' },
    },
    {
      name: "versions not a list",
      answer: { packages: { "laravel/framework": "v13.12.0" } },
      expected: { problem: "unexpected shape at packages.laravel/framework" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(packagistRegistry.read(answer, "laravel/framework")).toEqual(expected);
  });
});
