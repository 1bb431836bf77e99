import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET, weightsWith } from "../testing/fixtures.ts";
import {
  applyScoreOverrides,
  isScoreValue,
  overrideOf,
  publishedValueOf,
  type ScoreOverride,
} from "./score-overrides.ts";
import { rankFrameworks } from "./scoring.ts";

const score = (dataset: typeof FIXTURE_DATASET, id: string, criterion: "orm" | "realtime") =>
  dataset.frameworks.find((f) => f.id === id)?.scores[criterion];

describe("applyScoreOverrides", () => {
  const overrides: ScoreOverride[] = [
    { framework: "alpha", criterion: "orm", value: 5 },
    { framework: "bravo", criterion: "realtime", value: 1 },
    { framework: "nobody", criterion: "orm", value: 2 },
  ];
  const changed = applyScoreOverrides(FIXTURE_DATASET, overrides);

  it("replaces the named scores and remembers the dataset's value", () => {
    expect(score(changed, "alpha", "orm")?.value).toBe(5);
    expect(publishedValueOf(score(changed, "alpha", "orm")!)).toBe(1);
    expect(score(changed, "bravo", "realtime")?.value).toBe(1);
    expect(publishedValueOf(score(changed, "bravo", "realtime")!)).toBe(3);
  });

  it("leaves every other score, and the dataset passed in, untouched", () => {
    expect(publishedValueOf(score(changed, "alpha", "realtime")!)).toBeUndefined();
    expect(score(FIXTURE_DATASET, "alpha", "orm")?.value).toBe(1);
    expect(changed.frameworks.map((f) => f.id)).toEqual(
      FIXTURE_DATASET.frameworks.map((f) => f.id),
    );
    expect(applyScoreOverrides(FIXTURE_DATASET, [])).toBe(FIXTURE_DATASET);
  });

  it("flows into the ranking: Alpha's orm 1 -> 5 lifts it from 0 to 100 under orm alone", () => {
    const weights = weightsWith(0, { orm: 5 });
    const fitOf = (dataset: typeof FIXTURE_DATASET) =>
      rankFrameworks(dataset, { weights, languages: [] }).ranked.find(
        (r) => r.framework.id === "alpha",
      )?.fit;
    expect(fitOf(FIXTURE_DATASET)).toBe(0);
    expect(fitOf(changed)).toBe(100);
  });
});

describe("overrideOf and isScoreValue", () => {
  it("finds an override by framework and criterion", () => {
    const list: ScoreOverride[] = [{ framework: "alpha", criterion: "orm", value: 4 }];
    expect(overrideOf(list, "alpha", "orm")?.value).toBe(4);
    expect(overrideOf(list, "alpha", "realtime")).toBeUndefined();
  });

  it.each([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    ["3", false],
  ])("%o is a score: %o", (value, expected) => {
    expect(isScoreValue(value)).toBe(expected);
  });
});
