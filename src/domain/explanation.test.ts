import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET, weightsWith } from "../testing/fixtures.ts";
import {
  betterOutsider,
  coverageGaps,
  leaderTradeOffs,
  strengthsAndWeaknesses,
} from "./explanation.ts";
import { rankFrameworks } from "./scoring.ts";
import type { Framework, Weights } from "./types.ts";

// Fixture scores in link order (performance, scalability, realtime, orm, learning, productivity,
// ecosystem, security, flexibility): Alpha 5 5 5 1 1 1 3 3 5, Bravo 1 1 3 5 5 5 3 5 1,
// Charlie and Echo all 3 but ecosystem 5, Delta 3 5 1 5 1 3 5 5 1.
const framework = (id: string) => FIXTURE_DATASET.frameworks.find((f) => f.id === id) as Framework;
const ids = (items: readonly { criterion: string }[]) => items.map((i) => i.criterion);

describe("strengthsAndWeaknesses", () => {
  it("lists 4-5 scores as strengths and 1-2 as weaknesses among weighted criteria, heaviest first", () => {
    const weights = weightsWith(0, { performance: 2, orm: 5, ecosystem: 3, flexibility: 4 });
    const { strengths, weaknesses } = strengthsAndWeaknesses(framework("alpha"), weights);
    expect(strengths).toEqual([
      { criterion: "flexibility", score: 5, weight: 4 },
      { criterion: "performance", score: 5, weight: 2 },
    ]);
    expect(weaknesses).toEqual([{ criterion: "orm", score: 1, weight: 5 }]);
  });

  it("ignores criteria weighted 0, and counts every criterion when all weights are 0", () => {
    const one = strengthsAndWeaknesses(framework("alpha"), weightsWith(0, { orm: 1 }));
    expect(one).toEqual({ strengths: [], weaknesses: [{ criterion: "orm", score: 1, weight: 1 }] });
    const all = strengthsAndWeaknesses(framework("alpha"), weightsWith(0));
    expect(ids(all.strengths)).toEqual(["performance", "scalability", "realtime", "flexibility"]);
    expect(ids(all.weaknesses)).toEqual(["orm", "learning", "productivity"]);
  });

  it("calls a 3 neither", () => {
    const { strengths, weaknesses } = strengthsAndWeaknesses(framework("charlie"), weightsWith(3));
    expect(ids(strengths)).toEqual(["ecosystem"]);
    expect(weaknesses).toEqual([]);
  });
});

describe("leaderTradeOffs", () => {
  const tradeOffs = (weights: Weights) => {
    const { ranked } = rankFrameworks(FIXTURE_DATASET, { weights, languages: [] });
    return { leader: ranked[0]?.framework.id, tradeOffs: leaderTradeOffs(ranked, weights) };
  };

  it("names where another ranked framework scores higher, largest weighted loss first", () => {
    // orm 5, performance 1, realtime 2 (sum 8): Bravo 6/8 leads; it loses 4 points of score x
    // weight to Alpha on realtime (5 vs 3, weight 2) and on performance (5 vs 1, weight 1).
    const result = tradeOffs(weightsWith(0, { orm: 5, performance: 1, realtime: 2 }));
    expect(result.leader).toBe("bravo");
    expect(
      result.tradeOffs.map((t) => [t.criterion, t.score, t.best.score, t.best.framework.id]),
    ).toEqual([
      ["realtime", 3, 5, "alpha"],
      ["performance", 1, 5, "alpha"],
    ]);
  });

  it("is empty when the leader scores highest on everything weighted", () => {
    const result = tradeOffs(weightsWith(0, { realtime: 5, flexibility: 5 }));
    expect(result.leader).toBe("alpha");
    expect(result.tradeOffs).toEqual([]);
  });

  it("is empty without a ranking", () => {
    expect(leaderTradeOffs([], weightsWith(3))).toEqual([]);
  });
});

describe("coverageGaps", () => {
  const gaps = (weights: Weights, languages: string[]) =>
    coverageGaps(rankFrameworks(FIXTURE_DATASET, { weights, languages }), weights);

  it("flags criteria weighted 4-5 that no ranked framework scores 4+ on, naming left-out ones that do", () => {
    // Only Delta (Java) is ranked: realtime 1 and productivity 3 fall short; scalability 5 does
    // not; learning 1 is only weighted 3.
    const weights = weightsWith(0, { realtime: 5, scalability: 4, learning: 3, productivity: 4 });
    const found = gaps(weights, ["java"]);
    expect(found.map((g) => [g.criterion, g.weight, g.bestRanked])).toEqual([
      ["realtime", 5, 1],
      ["productivity", 4, 3],
    ]);
    expect(found[0]?.outsiders.map((o) => o.framework.id)).toEqual(["alpha"]);
    expect(found[1]?.outsiders.map((o) => o.framework.id)).toEqual(["bravo"]);
    // Alpha's fit: (5*1 + 4*1 + 3*0 + 4*0) / 16 = 56.25; Bravo's: (5*.5 + 0 + 3*1 + 4*1) / 16.
    expect(found[0]?.outsiders[0]?.fit).toBeCloseTo(56.25, 9);
    expect(found[1]?.outsiders[0]?.fit).toBeCloseTo(59.375, 9);
  });

  it("orders outsiders by the fit they would have had", () => {
    const found = gaps(weightsWith(0, { ecosystem: 5, learning: 1 }), ["python"]);
    expect(found[0]?.outsiders.map((o) => o.framework.id)).toEqual(["charlie", "echo", "delta"]);
  });

  it("finds no gap when a ranked framework scores 4 or more", () => {
    expect(gaps(weightsWith(0, { realtime: 5 }), ["python"])).toEqual([]);
  });

  it("still names outsiders when no framework is ranked at all", () => {
    const found = gaps(weightsWith(0, { orm: 5 }), ["cobol"]);
    expect(found).toHaveLength(1);
    expect(found[0]?.bestRanked).toBeNull();
    expect(found[0]?.outsiders.map((o) => o.framework.id)).toEqual(["bravo", "delta"]);
  });
});

describe("betterOutsider", () => {
  const outsider = (weights: Weights, languages: string[]) =>
    betterOutsider(rankFrameworks(FIXTURE_DATASET, { weights, languages }))?.framework.id;

  it("names the left-out framework with the best fit when it beats the leader", () => {
    // realtime 5 + flexibility 5: Alpha (Python) 100 beats Charlie (JS) 50 and Bravo 25.
    expect(outsider(weightsWith(0, { realtime: 5, flexibility: 5 }), ["javascript"])).toBe("alpha");
  });

  it("names none when the leader fits at least as well as everything left out", () => {
    expect(outsider(weightsWith(0, { realtime: 5, flexibility: 5 }), ["python"])).toBeUndefined();
    expect(outsider(weightsWith(3), [])).toBeUndefined();
  });

  it("still names one when no framework is ranked", () => {
    expect(outsider(weightsWith(0, { orm: 5 }), ["cobol"])).toBe("bravo");
  });
});
