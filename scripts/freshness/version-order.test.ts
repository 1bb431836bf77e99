import { describe, expect, it } from "vitest";
import { compareVersions, isStableVersion, newestStable, parseVersion } from "./version-order.ts";

describe("isStableVersion", () => {
  it.each([
    ["10.0.0", true],
    ["v26.13.0", true],
    ["8.1.1.1", true],
    ["2.0.0.RELEASE", true],
    ["5.6.15.Final", true],
    ["1.0.post2", true],
    ["1.0.0+build.5", true],
    ["4.1.0-RC1", false],
    ["2.0.0.RC1", false],
    ["4.2.0-M1", false],
    ["6.0.0-alpha.1", false],
    ["8.2.0.beta1", false],
    ["6.2a1", false],
    ["6.2rc1", false],
    ["6.2.dev0", false],
    ["11.0.0-preview.7.26365.101", false],
    ["1.9.0-rc.0", false],
    ["2.0.0.BUILD-SNAPSHOT", false],
    ["13.x-dev", false],
    ["latest", false],
    ["", false],
    ["1.0.0\u001b[31m", false],
    [`1.${"0".repeat(80)}`, false],
  ])("%j is stable: %s", (version, stable) => {
    expect(isStableVersion(version)).toBe(stable);
  });
});

describe("compareVersions", () => {
  it.each([
    ["10.0.0", "9.9.9", 1],
    ["9.9.9", "10.0.0", -1],
    ["1.10.0", "1.9.0", 1],
    ["8.1.1", "8.1.1.1", -1],
    ["8.1.1.1", "8.1.2", -1],
    ["8.1.1", "8.1.1.0", 0],
    ["v26.13.0", "26.13.0", 0],
    ["4.1.0-RC1", "4.1.0", -1],
    ["4.1.0", "4.1.0-RC1", 1],
    ["4.1.0-RC1", "4.0.9", 1],
    ["4.2.0-M3", "4.2.0-RC1", -1],
    ["1.9.0-rc.2", "1.9.0-rc.10", -1],
    ["6.2a1", "6.2b1", -1],
    ["2.0.0.RELEASE", "2.0.0", 0],
    ["1.0.post1", "1.0", 1],
    ["1.0.0+build.7", "1.0.0", 0],
    ["latest", "1.0.0", undefined],
    ["1.0.0", "", undefined],
  ])("compares %j with %j as %s", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe("parseVersion", () => {
  it.each([
    ["4.1.0-RC1", { numbers: [4, 1, 0], tag: "rc1", post: -1 }],
    ["v13.9.0", { numbers: [13, 9, 0], tag: "", post: -1 }],
    ["3.1.post0", { numbers: [3, 1], tag: "", post: 0 }],
    ["x1.0", undefined],
    ["1.2 ", undefined],
  ])("reads %j", (version, parsed) => {
    expect(parseVersion(version)).toEqual(parsed);
  });
});

describe("newestStable", () => {
  it.each([
    { name: "skips newer prereleases", versions: ["4.0.0", "4.1.0-RC1", "3.9.9"], newest: "4.0.0" },
    { name: "orders numerically, not as text", versions: ["9.9.9", "10.0.0"], newest: "10.0.0" },
    { name: "keeps the first of equals", versions: ["v1.0.0", "1.0.0"], newest: "v1.0.0" },
    { name: "none stable", versions: ["1.0.0-rc.1", "nope"], newest: undefined },
    { name: "empty", versions: [], newest: undefined },
  ])("$name", ({ versions, newest }) => {
    expect(newestStable(versions, (version) => version)).toBe(newest);
  });

  it("reads a list of 200,000 versions in one pass", () => {
    const versions = Array.from({ length: 200_000 }, (_, index) => `1.${index}.0`);
    versions.push("2.0.0-rc.1");
    expect(newestStable(versions, (version) => version)).toBe("1.199999.0");
  });
});
