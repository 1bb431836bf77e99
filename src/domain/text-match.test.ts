import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTerm, foldTerm, hasTerm } from "./text-match.ts";

/** The matched stretches, as text. */
const found = (text: string, term: string) =>
  findTerm(text, term).map(({ start, end }) => text.slice(start, end));

describe("foldTerm", () => {
  it.each([
    ["Real-Time", "realtime"],
    ["real time", "realtime"],
    ["  WebSockets ", "websockets"],
    ["Zoë", "zoe"],
    ["server_sent—events", "serversentevents"],
    ["- -", ""],
  ])("%j folds to %j", (term, folded) => {
    expect(foldTerm(term)).toBe(folded);
  });
});

describe("findTerm", () => {
  it.each<[string, string, string[]]>([
    ["Native WebSockets and a websocket client", "websocket", ["WebSocket", "websocket"]],
    ["Socket.IO attached to Express", "socket", ["Socket"]],
    ["Built-in WebSocket client", "socket", ["Socket"]],
    ["real-time features", "realtime", ["real-time"]],
    ["Realtime or real time", "real-time", ["Realtime", "real time"]],
    ["deliver live updates", "live", ["live"]],
    ["Works with PostgreSQL", "sql", ["SQL"]],
    ["Café au lait", "cafe", ["Café"]],
    ["aaaa", "aa", ["aa"]],
    ["no match here", "xyz", []],
    ["anything", "", []],
    ["anything", " - ", []],
    ["emoji 😀 then go", "go", ["go"]],
  ])("in %j, %j finds %j", (text, term, expected) => {
    expect(found(text, term)).toEqual(expected);
  });

  it("skips matches inside words", () => {
    expect(hasTerm("Deliverables", "live")).toBe(false);
    expect(hasTerm("unsafe", "safe")).toBe(false);
    expect(hasTerm("The Safe way", "safe")).toBe(true);
  });

  it("returns ordered, non-overlapping ranges whose text folds to the term", () => {
    const alphabet = fc.constantFrom("a", "b", "A", "-", " ", "é", "x", ".", "B");
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 30 }),
        fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }),
        (text, term) => {
          const ranges = findTerm(text, term);
          let end = 0;
          for (const range of ranges) {
            expect(range.start).toBeGreaterThanOrEqual(end);
            expect(range.end).toBeGreaterThan(range.start);
            expect(foldTerm(text.slice(range.start, range.end))).toBe(foldTerm(term));
            end = range.end;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
