import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET, weightsWith } from "../testing/fixtures.ts";
import { rankFrameworks } from "./scoring.ts";
import { disagreements, type TeamMember, teamRanking, teamStability } from "./team.ts";
import { CRITERION_IDS, type Weights } from "./types.ts";

// Normalised fixture scores in link order (performance .. flexibility):
// Alpha 1 1 1 0 0 0 .5 .5 1 (Python), Bravo 0 0 .5 1 1 1 .5 1 0 (Ruby), Charlie and Echo
// .5 everywhere but ecosystem 1 (JavaScript; Elixir), Delta .5 1 0 1 0 .5 1 1 0 (Java).
const member = (name: string, weights: Weights, languages: string[] = []): TeamMember => ({
  name,
  weights,
  languages,
});
// Ana: realtime 5 + flexibility 5 -> Alpha 100, Bravo 25, Charlie 50, Delta 0, Echo 50.
const ana = member("Ana", weightsWith(0, { realtime: 5, flexibility: 5 }));
// Ben: ecosystem 2 + security 2 -> Alpha 50, Bravo 75, Charlie 75, Delta 100, Echo 75.
const ben = member("Ben", weightsWith(0, { ecosystem: 2, security: 2 }));

describe("teamRanking", () => {
  it("ranks by the mean of the members' own fits, ties by name", () => {
    const { ranked, noCommonLanguage } = teamRanking(FIXTURE_DATASET, [ana, ben]);
    expect(noCommonLanguage).toBe(false);
    expect(ranked.map((r) => [r.framework.id, r.rank, r.teamFit])).toEqual([
      ["alpha", 1, 75],
      ["charlie", 2, 62.5],
      ["echo", 3, 62.5],
      ["bravo", 4, 50],
      ["delta", 5, 50],
    ]);
    expect(ranked[0]?.memberFits).toEqual([100, 50]);
  });

  it("names each framework's least happy member", () => {
    const { ranked } = teamRanking(FIXTURE_DATASET, [ana, ben]);
    const lowest = Object.fromEntries(ranked.map((r) => [r.framework.id, r.lowest]));
    expect(lowest.alpha).toEqual({ member: 1, fit: 50 });
    expect(lowest.charlie).toEqual({ member: 0, fit: 50 });
    expect(lowest.delta).toEqual({ member: 0, fit: 0 });
  });

  it("gives each member their own first choice and where the team's pick ranks for them", () => {
    const { outlooks } = teamRanking(FIXTURE_DATASET, [ana, ben]);
    expect(outlooks.map((o) => [o.firstChoice?.id, o.teamPickRank])).toEqual([
      ["alpha", 1],
      ["delta", 5],
    ]);
  });

  it("keeps only frameworks in a language every member accepts; no languages accepts any", () => {
    const team = [
      member("Ana", ana.weights, ["python", "ruby"]),
      member("Ben", ben.weights, ["ruby", "java"]),
      member("Cy", weightsWith(3)),
    ];
    const { ranked, noCommonLanguage } = teamRanking(FIXTURE_DATASET, team);
    expect(noCommonLanguage).toBe(false);
    expect(ranked.map((r) => r.framework.id)).toEqual(["bravo"]);
  });

  it("ranks everything and says so when no language suits everyone", () => {
    const team = [member("Ana", ana.weights, ["python"]), member("Ben", ben.weights, ["java"])];
    const { ranked, noCommonLanguage, outlooks } = teamRanking(FIXTURE_DATASET, team);
    expect(noCommonLanguage).toBe(true);
    expect(ranked).toHaveLength(FIXTURE_DATASET.frameworks.length);
    // The team's pick (Alpha, Python) is outside Ben's languages.
    expect(ranked[0]?.framework.id).toBe("alpha");
    expect(outlooks[1]?.teamPickRank).toBeNull();
  });

  it("counts an all-zero member's weights as all ones", () => {
    const zero = member("Zed", weightsWith(0));
    const { ranked } = teamRanking(FIXTURE_DATASET, [zero, zero]);
    const solo = rankFrameworks(FIXTURE_DATASET, { weights: weightsWith(1), languages: [] });
    expect(ranked.map((r) => r.teamFit)).toEqual(solo.ranked.map((r) => r.fit));
  });
});

describe("disagreements", () => {
  it("puts each criterion's weights side by side, largest spread first", () => {
    const found = disagreements([ana, ben]);
    expect(found.slice(0, 4)).toEqual([
      { criterion: "realtime", weights: [5, 0], spread: 5 },
      { criterion: "flexibility", weights: [5, 0], spread: 5 },
      { criterion: "ecosystem", weights: [0, 2], spread: 2 },
      { criterion: "security", weights: [0, 2], spread: 2 },
    ]);
    expect(found.slice(4).every((d) => d.spread === 0)).toBe(true);
    expect(found).toHaveLength(CRITERION_IDS.length);
  });
});

describe("teamStability", () => {
  it("is 100 when every nudge keeps the pick, and the same for the same team", () => {
    // Two Anas: Alpha leads by 50 points; a one-step nudge cannot close that.
    expect(teamStability(FIXTURE_DATASET, [ana, ana])).toBe(100);
    const once = teamStability(FIXTURE_DATASET, [ana, ben], 300);
    expect(teamStability(FIXTURE_DATASET, [ana, ben], 300)).toBe(once);
    expect(once).toBeGreaterThanOrEqual(0);
    expect(once).toBeLessThanOrEqual(100);
  });

  it("is below 100 when the pick leads by a hair", () => {
    // Cy weighs only ecosystem: Charlie, Delta and Echo tie at 100; Delta's lead over Charlie
    // comes from Ben and is small enough for nudges to flip.
    const cy = member("Cy", weightsWith(0, { ecosystem: 1 }));
    expect(teamStability(FIXTURE_DATASET, [ben, cy], 400)).toBeLessThan(100);
  });
});

const weightsArb = fc
  .array(fc.integer({ min: 0, max: 5 }), { minLength: 9, maxLength: 9 })
  .map((values) => Object.fromEntries(CRITERION_IDS.map((id, i) => [id, values[i]])) as Weights);
const languagesArb = fc.subarray(["python", "ruby", "javascript", "java", "elixir"]);
const teamArb = fc.array(
  fc.record({ name: fc.string({ maxLength: 8 }), weights: weightsArb, languages: languagesArb }),
  { minLength: 2, maxLength: 12 },
);

describe("teamRanking properties", () => {
  it("team fit is the mean of member fits, bounded, ordered, and independent of member order", () => {
    fc.assert(
      fc.property(teamArb, (team) => {
        const { ranked } = teamRanking(FIXTURE_DATASET, team);
        for (const r of ranked) {
          const mean = r.memberFits.reduce((a, b) => a + b, 0) / team.length;
          expect(r.teamFit).toBeCloseTo(mean, 9);
          expect(r.teamFit).toBeGreaterThanOrEqual(0);
          expect(r.teamFit).toBeLessThanOrEqual(100);
          expect(r.lowest.fit).toBe(Math.min(...r.memberFits));
        }
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i - 1]!.teamFit).toBeGreaterThanOrEqual(ranked[i]!.teamFit - 1e-9);
        }
        const reversed = teamRanking(FIXTURE_DATASET, [...team].reverse()).ranked;
        expect(reversed.map((r) => r.framework.id)).toEqual(ranked.map((r) => r.framework.id));
      }),
      { numRuns: 500 },
    );
  });

  it("a team of one person's copies ranks as that person does", () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 2, max: 12 }), (weights, size) => {
        const team = Array.from({ length: size }, () => member("Same", weights));
        const solo = rankFrameworks(FIXTURE_DATASET, { weights, languages: [] }).ranked;
        const together = teamRanking(FIXTURE_DATASET, team).ranked;
        expect(together.map((r) => r.framework.id)).toEqual(solo.map((r) => r.framework.id));
      }),
      { numRuns: 300 },
    );
  });
});
