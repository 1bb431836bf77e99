import { describe, expect, it } from "vitest";
import leaf from "../recorded/nuget-aspnetcore-app-ref-11.0.0-leaf.json";
import recorded from "../recorded/nuget-aspnetcore-app-ref-index.json";
import type { Reading } from "../release.ts";
import { nugetRegistry } from "./nuget.ts";

const NAME = "Microsoft.AspNetCore.App.Ref";

describe("nugetRegistry", () => {
  it("asks the flat container and the registration leaf, by lower-case id", () => {
    expect(nugetRegistry.url(NAME)).toBe(
      "https://api.nuget.org/v3-flatcontainer/microsoft.aspnetcore.app.ref/index.json",
    );
    expect(nugetRegistry.dateOf?.url(NAME, "11.0.0")).toBe(
      "https://api.nuget.org/v3/registration5-gz-semver2/microsoft.aspnetcore.app.ref/11.0.0.json",
    );
  });

  it.each<{ name: string; answer: unknown; expected: Reading }>([
    {
      name: "the recorded index: 11.0.0, not the previews, rcs or 12.0.0 alpha; no date yet",
      answer: recorded,
      expected: { release: { version: "11.0.0" } },
    },
    {
      name: "versions not a list",
      answer: { versions: "11.0.0" },
      expected: { problem: "unexpected shape at versions" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(nugetRegistry.read(answer, NAME)).toEqual(expected);
  });

  it.each<{ name: string; answer: unknown; date: string | undefined }>([
    { name: "the recorded leaf's published day", answer: leaf, date: "2026-11-10" },
    {
      name: "an unlisted package (published 1900)",
      answer: { published: "1900-01-01T00:00:00+00:00" },
      date: undefined,
    },
    { name: "no published field", answer: { listed: true }, date: undefined },
    { name: "not an object", answer: [leaf], date: undefined },
  ])("dates $name", ({ answer, date }) => {
    expect(nugetRegistry.dateOf?.read(answer)).toBe(date);
  });
});
