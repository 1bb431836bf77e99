import { describe, expect, it } from "vitest";
import { createSeededRandom, hashString, randomStep, randomUnit } from "./seeded-random.ts";

describe("hashString (FNV-1a 32-bit)", () => {
  it.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("hashes %j to the published value %d", (text, expected) => {
    expect(hashString(text)).toBe(expected);
  });
});

describe("createSeededRandom", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const take = (seed: number) => {
      const next = createSeededRandom(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    for (const value of take(7)) {
      expect(Number.isInteger(value) && value >= 0 && value < 2 ** 32).toBe(true);
    }
  });

  it("gives units in [0, 1)", () => {
    const next = createSeededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const u = randomUnit(next);
      expect(u >= 0 && u < 1).toBe(true);
    }
  });
});

describe("randomStep", () => {
  it("redraws the one value that would bias the split: 2^32 - 1", () => {
    const draws = [0xffffffff, 0xffffffff, 4];
    expect(randomStep(() => draws.shift() ?? 0)).toBe(0);
  });

  it.each([
    [0, -1],
    [1, 0],
    [2, 1],
    [0xfffffffe, 1],
  ])("maps draw %d to %d", (draw, step) => {
    expect(randomStep(() => draw)).toBe(step);
  });

  it("gives -1, 0 and +1 about a third of the time each over 30,000 draws", () => {
    const next = createSeededRandom(2026);
    const counts = new Map<number, number>();
    for (let i = 0; i < 30000; i++) {
      const step = randomStep(next);
      counts.set(step, (counts.get(step) ?? 0) + 1);
    }
    for (const step of [-1, 0, 1])
      expect(Math.abs((counts.get(step) ?? 0) - 10000)).toBeLessThan(400);
  });
});
