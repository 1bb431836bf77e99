import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET, weightsWith } from "../testing/fixtures.ts";
import {
  isOwnOptionId,
  type OwnOption,
  ownOptionFramework,
  withOwnOptions,
} from "./own-options.ts";
import { cleanName, isPlainName } from "./plain-name.ts";
import { rankFrameworks } from "./scoring.ts";

const option = (name: string, languages: string[], scores: number[]): OwnOption => ({
  name,
  languages,
  scores,
});

describe("own options", () => {
  it("become frameworks own1..own3 with the user's scores and no sources", () => {
    const f = ownOptionFramework(option("Ours", ["python"], [5, 4, 3, 2, 1, 1, 2, 3, 4]), 1);
    expect(f.id).toBe("own2");
    expect(f.scores.performance.value).toBe(5);
    expect(f.scores.flexibility.value).toBe(4);
    expect(f.scores.orm.sources).toEqual([]);
    expect(isOwnOptionId(f.id)).toBe(true);
    expect(isOwnOptionId("alpha")).toBe(false);
  });

  it("are ranked like the dataset's frameworks (DESIGN §3): all-5 scores fit 100", () => {
    const dataset = withOwnOptions(FIXTURE_DATASET, [option("Top", [], Array(9).fill(5))]);
    const { ranked } = rankFrameworks(dataset, { weights: weightsWith(3), languages: [] });
    expect(ranked[0]?.framework.id).toBe("own1");
    expect(ranked[0]?.fit).toBe(100);
  });

  it("with no languages suit any language filter; with languages they follow it", () => {
    const dataset = withOwnOptions(FIXTURE_DATASET, [
      option("Any", [], Array(9).fill(3)),
      option("Rubyish", ["ruby"], Array(9).fill(3)),
    ]);
    const { ranked, excluded } = rankFrameworks(dataset, {
      weights: weightsWith(3),
      languages: ["python"],
    });
    expect(ranked.map((r) => r.framework.id)).toContain("own1");
    expect(excluded.map((e) => e.framework.id)).toContain("own2");
  });

  it("keep at most three", () => {
    const four = [1, 2, 3, 4].map((n) => option(`O${n}`, [], Array(9).fill(n > 3 ? 1 : n)));
    expect(
      withOwnOptions(FIXTURE_DATASET, four).frameworks.filter((f) => isOwnOptionId(f.id)),
    ).toHaveLength(3);
  });
});

describe("names people type (own options, team members)", () => {
  it.each([
    ["  Our   stack  ", "Our stack"],
    ["a\u202Eb\u0000c\nd", "abc d"],
    ["v2.1 (beta)", "v2.1 (beta)"],
  ])("cleans %o to %o", (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  it.each([
    ["Ours", true],
    ["", false],
    [" padded", false],
    ["x".repeat(40), true],
    ["x".repeat(41), false],
    ["😀".repeat(40), true],
  ])("%o is a usable name: %o", (name, expected) => {
    expect(isPlainName(name)).toBe(expected);
  });
});
