import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNames, orderByFit } from "./order-by-fit.ts";

const COMPARATOR = Number.POSITIVE_INFINITY;
const PACKED = 0;

describe("compareNames", () => {
  it.each([
    ["a", "b", -1],
    ["b", "a", 1],
    ["a", "a", 0],
    ["B", "a", -1],
    ["Z", "É", -1],
    ["ab", "a", 1],
  ])("compares %j with %j as %d", (a, b, expected) => {
    expect(compareNames(a, b)).toBe(expected);
  });
});

describe("orderByFit", () => {
  it.each<{ name: string; fits: number[]; names: string[]; order: number[] }>([
    { name: "best fit first", fits: [10, 30, 20], names: ["a", "b", "c"], order: [1, 2, 0] },
    { name: "exact tie by name", fits: [50, 50], names: ["b", "a"], order: [1, 0] },
    {
      name: "near tie (< 1e-9) by name",
      fits: [50, 50 + 5e-10],
      names: ["a", "b"],
      order: [0, 1],
    },
    {
      name: "2e-9 apart is not a tie",
      fits: [50, 50 + 2e-9],
      names: ["a", "b"],
      order: [1, 0],
    },
    {
      name: "ties chain through a neighbour: 0, 0.6e-9, 1.2e-9 all tie",
      fits: [0, 6e-10, 1.2e-9],
      names: ["c", "b", "a"],
      order: [2, 1, 0],
    },
    {
      name: "equal names keep index order",
      fits: [1, 2, 1],
      names: ["x", "x", "x"],
      order: [1, 0, 2],
    },
    { name: "empty", fits: [], names: [], order: [] },
  ])("$name", ({ fits, names, order }) => {
    expect(orderByFit(fits, names, COMPARATOR)).toEqual(order);
    expect(orderByFit(fits, names, PACKED)).toEqual(order);
  });

  it("packed keys give the comparator's order, near-ties and exact ties included (1,000 runs)", () => {
    const base = fc.constantFrom(0, 12.5, 50, 62.5, 100, 100 / 3, 1700 / 27);
    const fit = fc.oneof(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.constantFrom(0, 5e-324, 1e-300, 100 - 1e-13),
      fc.tuple(base, fc.constantFrom(0, 1e-12, 3e-10, -3e-10, 9e-10, 2e-9)).map(([b, d]) => b + d),
    );
    const input = fc.array(fit, { minLength: 1, maxLength: 600, size: "max" }).chain((fits) =>
      fc.tuple(
        fc.constant(fits),
        fc.array(fc.constantFrom("a", "b", "B"), {
          minLength: fits.length,
          maxLength: fits.length,
        }),
      ),
    );
    fc.assert(
      fc.property(input, ([fits, names]) => {
        expect(orderByFit(fits, names, PACKED)).toEqual(orderByFit(fits, names, COMPARATOR));
      }),
      { numRuns: 1000 },
    );
  });

  it("falls back to the comparator when a fit is not a number", () => {
    expect(orderByFit([1, Number.NaN, 3], ["a", "b", "c"], PACKED)).toHaveLength(3);
  });
});
