import { describe, expect, it } from "vitest";
import type { RankMove } from "../../domain/rank-movement.ts";
import { movesMessage } from "./moves-message.ts";

/** Moves in rank order from [name, places] pairs (null: newly in the ranking). */
const moves = (...pairs: [string, number | null][]): RankMove[] =>
  pairs.map(([name, places], i) => ({ name, id: name, rank: i + 1, fit: 0, places, move: "" }));

describe("movesMessage", () => {
  it.each<{ name: string; moves: RankMove[]; left?: string[]; expected: string }>([
    {
      name: "nothing moved",
      moves: moves(["A", 0], ["B", 0]),
      expected: "The order did not change.",
    },
    {
      name: "a swap below the leader",
      moves: moves(["A", 0], ["Express.js", 2], ["C", -1], ["Django", -1]),
      expected: "Express.js moved up 2; C moved down 1; Django moved down 1.",
    },
    {
      name: "a new leader",
      moves: moves(["B", 1], ["A", -1], ["C", 0]),
      expected: "B is now first. B moved up 1; A moved down 1.",
    },
    {
      name: "more moves than are named",
      moves: moves(["E", 4], ["A", -1], ["B", -1], ["C", -1], ["D", -1]),
      expected: "E is now first. E moved up 4; A moved down 1; B moved down 1; 2 more moved.",
    },
    {
      name: "frameworks joining and leaving with a language",
      moves: moves(["A", 0], ["New", null]),
      left: ["Gone"],
      expected: "New joined the ranking; Gone left the ranking.",
    },
    {
      name: "many joining",
      moves: moves(["N1", null], ["A", -1], ["N2", null], ["N3", null]),
      expected: "N1 is now first. A moved down 1; 3 frameworks joined the ranking.",
    },
  ])("says $name", ({ moves: m, left = [], expected }) => {
    expect(
      movesMessage(
        m,
        left.map((name) => ({ name })),
      ),
    ).toBe(expected);
  });
});
