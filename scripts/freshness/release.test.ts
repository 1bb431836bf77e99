import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pickNewestStable, readAnswer, release, utcDay } from "./release.ts";

describe("utcDay", () => {
  it.each<[unknown, string | undefined]>([
    ["2026-10-28", "2026-10-28"],
    ["2026-11-03T14:11:31", "2026-11-03"],
    ["2026-11-03T14:11:31.483211Z", "2026-11-03"],
    ["2026-05-13T23:30:00-05:00", "2026-05-14"],
    ["2026-11-10T17:09:30.387+00:00", "2026-11-10"],
    [Date.UTC(2026, 7, 20, 10), "2026-08-20"],
    ["2026-02-31", undefined],
    ["yesterday", undefined],
    [`2026-01-01T${"0".repeat(100)}`, undefined],
    [1e20, undefined],
    [-1e15, undefined],
    [null, undefined],
    [{ date: "2026-01-01" }, undefined],
  ])("reads %j as %j", (value, day) => {
    expect(utcDay(value)).toBe(day);
  });
});

describe("release", () => {
  it.each([
    ["v27.2.0", "2026-11-18", { version: "27.2.0", date: "2026-11-18" }],
    ["1.8.5", undefined, { version: "1.8.5" }],
  ])("makes %j, %j", (version, date, expected) => {
    expect(release(version, date)).toEqual(expected);
  });
});

describe("readAnswer", () => {
  const schema = z.object({ list: z.array(z.object({ v: z.string() })) });
  const pick = (answer: z.infer<typeof schema>) =>
    pickNewestStable(
      answer.list,
      (entry) => entry.v,
      () => undefined,
    );

  it.each<{ name: string; answer: unknown; expected: unknown }>([
    {
      name: "picks from a good answer",
      answer: { list: [{ v: "1.0.0" }] },
      expected: { release: { version: "1.0.0" } },
    },
    {
      name: "names where the shape is wrong",
      answer: { list: [{ v: 1 }] },
      expected: { problem: "unexpected shape at list.0.v" },
    },
    {
      name: "a bare string",
      answer: "<html>",
      expected: { problem: "unexpected shape at the top level" },
    },
    {
      name: "no stable release",
      answer: { list: [{ v: "2.0.0-rc.1" }] },
      expected: { problem: "no stable release listed" },
    },
  ])("$name", ({ answer, expected }) => {
    expect(readAnswer(schema, answer, pick)).toEqual(expected);
  });
});
