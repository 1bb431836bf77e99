import { describe, expect, it } from "vitest";
import { FIXTURE_DATASET, weightsWith } from "../testing/fixtures.ts";
import { leftTheRanking, rankMovements } from "./rank-movement.ts";
import { rankFrameworks } from "./scoring.ts";

const rank = (weights = weightsWith(1), languages: string[] = []) =>
  rankFrameworks(FIXTURE_DATASET, { weights, languages });

describe("rankMovements", () => {
  it("says no change for the same weighting", () => {
    const moves = rankMovements(rank(), rank());
    expect(moves.map((m) => m.move)).toEqual(
      Array(FIXTURE_DATASET.frameworks.length).fill("no change"),
    );
    expect(moves.every((m) => m.places === 0)).toBe(true);
  });

  it("counts places gained and lost from the two positions, and names the new leader", () => {
    const before = rank(weightsWith(0, { performance: 5 }));
    const after = rank(weightsWith(0, { orm: 5, learning: 5 }));
    const oldPlace = new Map(before.ranked.map((r, i) => [r.framework.id, i + 1]));
    const moves = rankMovements(before, after);
    expect(moves.map((m) => m.id)).toEqual(after.ranked.map((r) => r.framework.id));
    moves.forEach((m) => {
      const was = oldPlace.get(m.id) ?? 0;
      expect(m.places).toBe(was - m.rank);
      const expected =
        m.rank === 1 && was !== 1
          ? "new leader"
          : was === m.rank
            ? "no change"
            : was > m.rank
              ? `up ${was - m.rank}`
              : `down ${m.rank - was}`;
      expect(m.move).toBe(expected);
    });
    expect(moves[0]?.move).toBe("new leader");
    expect(moves.some((m) => m.places !== null && m.places < 0)).toBe(true);
  });

  it.each<{ name: string; before: string[]; after: string[]; places: (number | null)[] }>([
    { name: "a swap", before: ["a", "b", "c"], after: ["b", "a", "c"], places: [1, -1, 0] },
    { name: "last to first", before: ["a", "b", "c"], after: ["c", "a", "b"], places: [2, -1, -1] },
    { name: "a newcomer", before: ["a", "b"], after: ["a", "n", "b"], places: [0, null, -1] },
  ])("gives the places moved for $name", ({ before, after, places }) => {
    const ranking = (ids: string[]) =>
      ({
        ranked: ids.map((id, i) => ({
          framework: { id, name: id.toUpperCase() },
          rank: i + 1,
          fit: 0,
        })),
        excluded: [],
      }) as unknown as Parameters<typeof rankMovements>[0];
    expect(rankMovements(ranking(before), ranking(after)).map((m) => m.places)).toEqual(places);
  });

  it("marks frameworks that only the second weighting's languages include", () => {
    const moves = rankMovements(rank(weightsWith(1), ["python"]), rank(weightsWith(1), []));
    const newcomers = moves.filter((m) => m.move === "newly in the ranking");
    expect(newcomers.length).toBeGreaterThan(0);
    expect(newcomers.every((m) => m.places === null)).toBe(true);
  });
});

describe("leftTheRanking", () => {
  it("names the frameworks a narrower language filter leaves out, in their earlier order", () => {
    const before = rank(weightsWith(1), []);
    const after = rank(weightsWith(1), ["python"]);
    const kept = new Set(after.ranked.map((r) => r.framework.id));
    const left = leftTheRanking(before, after);
    expect(left.length).toBeGreaterThan(0);
    expect(left.map((l) => l.id)).toEqual(
      before.ranked.map((r) => r.framework.id).filter((id) => !kept.has(id)),
    );
  });

  it("is empty when nothing is left out", () => {
    expect(leftTheRanking(rank(weightsWith(1), ["python"]), rank())).toEqual([]);
  });
});
