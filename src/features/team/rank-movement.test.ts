import { describe, expect, it } from "vitest";
import { rankFrameworks } from "../../domain/scoring.ts";
import { FIXTURE_DATASET, weightsWith } from "../../testing/fixtures.ts";
import { rankMovements } from "./rank-movement.ts";

const rank = (weights = weightsWith(1), languages: string[] = []) =>
  rankFrameworks(FIXTURE_DATASET, { weights, languages });

describe("rankMovements", () => {
  it("says no change for the same weighting", () => {
    expect(rankMovements(rank(), rank()).map((m) => m.move)).toEqual(
      Array(FIXTURE_DATASET.frameworks.length).fill("no change"),
    );
  });

  it("names the new leader and every other move from the positions", () => {
    const before = rank(weightsWith(0, { performance: 5 }));
    const after = rank(weightsWith(0, { orm: 5, learning: 5 }));
    const oldPlace = new Map(before.ranked.map((r, i) => [r.framework.id, i + 1]));
    const moves = rankMovements(before, after);
    moves.forEach((m) => {
      const was = oldPlace.get(m.id) ?? 0;
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
  });

  it("marks frameworks that only the second weighting's languages include", () => {
    const moves = rankMovements(rank(weightsWith(1), ["python"]), rank(weightsWith(1), []));
    expect(moves.filter((m) => m.move === "newly in the ranking").length).toBeGreaterThan(0);
  });
});
