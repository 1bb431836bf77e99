import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetArb, languagesArb, weightsArb } from "../testing/arbitraries.ts";
import { FIXTURE_DATASET, weightsWith } from "../testing/fixtures.ts";
import { DEFAULT_WEIGHTS } from "./default-profile.ts";
import type { Profile } from "./scoring.ts";
import { rankFrameworks } from "./scoring.ts";
import type { FlipPoint, Sensitivity } from "./sensitivity.ts";
import { closestFlip, sensitivity } from "./sensitivity.ts";
import type { CriterionId, Dataset, LanguageId } from "./types.ts";

const defaults = (languages: LanguageId[] = []): Profile => ({
  weights: { ...DEFAULT_WEIGHTS },
  languages,
});

const flipsOf = (profile: Profile) =>
  Object.fromEntries(
    sensitivity(FIXTURE_DATASET, profile)?.flips.map((f) => [f.criterion, f.weight]) ?? [],
  );

describe("sensitivity", () => {
  // Default weights: Delta leads Bravo by 17 - 16 = 1 point of sum(w * n). Moving weight c from
  // its current value to x changes that by (x - current) * (nDelta - nBravo); at 0 they tie and
  // Bravo, first by name, moves ahead. The nearest such x per criterion:
  it.each<[CriterionId, number | null, string]>([
    ["performance", 1, "d = .5: 1 + (x - 3) * .5 <= 0 at x = 1"],
    ["scalability", 2, "d = 1: 1 + (x - 3) <= 0 at x = 2"],
    ["realtime", 4, "d = -.5: 1 - (x - 2) * .5 <= 0 at x = 4"],
    ["orm", null, "d = 0: never"],
    ["learning", 4, "d = -1: 1 - (x - 3) <= 0 at x = 4"],
    ["productivity", 5, "d = -.5: 1 - (x - 3) * .5 <= 0 at x = 5"],
    ["ecosystem", 2, "d = .5: 1 + (x - 4) * .5 <= 0 at x = 2"],
    ["security", null, "d = 0: never"],
    ["flexibility", null, "d = 0: never"],
  ])("Delta vs Bravo flips on %s at %j (%s)", (criterion, weight) => {
    expect(flipsOf(defaults())[criterion]).toBe(weight);
  });

  // Python or Ruby: Bravo leads Alpha by 16 - 14 = 2; a tie puts Alpha (runner-up) first by name.
  it.each<[CriterionId, number | null, string]>([
    ["performance", 5, "d = -1: 2 - (x - 3) <= 0 at x = 5"],
    ["realtime", null, "d = -.5: needs x = 6"],
    ["orm", 1, "d = 1: 2 + (x - 3) <= 0 at x = 1"],
    ["security", 0, "d = .5: 2 + (x - 4) * .5 <= 0 at x = 0"],
    ["flexibility", 4, "d = -1: 2 - (x - 2) <= 0 at x = 4"],
  ])("Bravo vs Alpha flips on %s at %j (%s)", (criterion, weight) => {
    expect(flipsOf(defaults(["python", "ruby"]))[criterion]).toBe(weight);
  });

  it("names the leader and runner-up and keeps the current weights", () => {
    const s = sensitivity(FIXTURE_DATASET, defaults());
    expect(s?.leader.framework.id).toBe("delta");
    expect(s?.runnerUp.framework.id).toBe("bravo");
    expect(s?.flips.find((f) => f.criterion === "ecosystem")?.current).toBe(4);
  });

  it.each<[string, LanguageId[]]>([
    ["one framework", ["python"]],
    ["no framework", ["csharp"]],
  ])("is null with %s ranked", (_, languages) => {
    expect(sensitivity(FIXTURE_DATASET, defaults(languages))).toBeNull();
  });

  it("applies the all-zero rule: from all 0 (= all 1, every fit 500/9), orm 1 alone flips", () => {
    // Alpha leads Bravo by name. With one weight raised only that criterion counts: orm gives
    // Bravo 100 vs Alpha 0 (flip at 1); performance gives Alpha 100 vs Bravo 0 (never).
    const flips = flipsOf({ weights: weightsWith(0), languages: [] });
    expect(flips.orm).toBe(1);
    expect(flips.performance).toBeNull();
  });
});

describe("closestFlip", () => {
  const s = (flips: FlipPoint[]) => {
    const base = sensitivity(FIXTURE_DATASET, defaults());
    if (base === null) throw new Error("fixture must rank two frameworks");
    return { ...base, flips };
  };

  it.each<{ name: string; flips: FlipPoint[]; expected: CriterionId | null }>([
    {
      name: "smallest change wins",
      flips: [
        { criterion: "performance", weight: 0, current: 3 },
        { criterion: "orm", weight: 4, current: 3 },
      ],
      expected: "orm",
    },
    {
      name: "equal changes go to the earlier criterion",
      flips: [
        { criterion: "scalability", weight: 2, current: 3 },
        { criterion: "learning", weight: 4, current: 3 },
      ],
      expected: "scalability",
    },
    {
      name: "null flips are skipped",
      flips: [
        { criterion: "performance", weight: null, current: 3 },
        { criterion: "security", weight: 0, current: 4 },
      ],
      expected: "security",
    },
    {
      name: "no flip at all",
      flips: [{ criterion: "orm", weight: null, current: 3 }],
      expected: null,
    },
  ])("$name", ({ flips, expected }) => {
    expect(closestFlip(s(flips))?.criterion ?? null).toBe(expected);
  });

  it("finds scalability 3 -> 2 for the fixture's default profile", () => {
    const flip = closestFlip(sensitivity(FIXTURE_DATASET, defaults()) as never);
    expect(flip).toEqual({ criterion: "scalability", weight: 2, current: 3 });
  });
});

describe("sensitivity properties", () => {
  const order = (dataset: Dataset, profile: Profile) =>
    rankFrameworks(dataset, profile).ranked.map((r) => r.framework.id);
  const runnerUpAhead = (
    dataset: Dataset,
    profile: Profile,
    s: Sensitivity,
    flip: FlipPoint,
    w: number,
  ) => {
    const ids = order(dataset, {
      ...profile,
      weights: { ...profile.weights, [flip.criterion]: w },
    });
    return ids.indexOf(s.runnerUp.framework.id) < ids.indexOf(s.leader.framework.id);
  };

  it("each threshold really flips, nothing nearer does, and null means no weight 0..5 flips", () => {
    fc.assert(
      fc.property(datasetArb, weightsArb, languagesArb, (dataset, weights, languages) => {
        const profile = { weights, languages };
        const s = sensitivity(dataset, profile);
        if (s === null) {
          expect(rankFrameworks(dataset, profile).ranked.length).toBeLessThan(2);
          return;
        }
        for (const flip of s.flips) {
          expect(flip.current).toBe(weights[flip.criterion]);
          if (flip.weight === null) {
            for (let w = 0; w <= 5; w++)
              expect(runnerUpAhead(dataset, profile, s, flip, w)).toBe(false);
            continue;
          }
          expect(flip.weight).not.toBe(flip.current);
          expect(runnerUpAhead(dataset, profile, s, flip, flip.weight)).toBe(true);
          const distance = Math.abs(flip.weight - flip.current);
          for (let w = 0; w <= 5; w++) {
            if (Math.abs(w - flip.current) < distance) {
              expect(runnerUpAhead(dataset, profile, s, flip, w)).toBe(false);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
