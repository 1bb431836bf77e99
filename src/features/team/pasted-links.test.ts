import { describe, expect, it } from "vitest";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { FIXTURE_DATASET, weightsWith } from "../../testing/fixtures.ts";
import { readPastedLinks, shownPiece } from "./pasted-links.ts";

const vocabulary = linkVocabularyOf(FIXTURE_DATASET);
const named = (position: number, ordinary: number) => `P${position}O${ordinary}`;
const WEIGHTS =
  "performance=5&scalability=1&realtime=1&orm=1&learning=1&productivity=1&ecosystem=1&security=1&flexibility=1";

describe("readPastedLinks", () => {
  it.each([
    ["a whole URL", `https://x.example/app/?v=1&${WEIGHTS}&lang=ruby`, ["P0O0"], []],
    ["a bare query", `?${WEIGHTS}`, ["P0O0"], []],
    ["a query without ?", WEIGHTS, ["P0O0"], []],
    [
      "a team link and a results link",
      `?m=111111111..Ana&m=555555555.ruby.Ben ${WEIGHTS}`,
      ["Ana", "Ben", "P2O0"],
      [],
    ],
    [
      "a link without priorities",
      "https://x.example/?view=matrix",
      [],
      ["https://x.example/?view=matrix"],
    ],
    ["a broken URL", "https://[::1/?a", [], ["https://[::1/?a"]],
    ["words", "hello there", [], ["hello", "there"]],
    ["only white space", " \n\t ", [], []],
  ])("reads %s", (_, text, names, unreadable) => {
    const pasted = readPastedLinks(text, vocabulary, named);
    expect(pasted.members.map((m) => m.name)).toEqual(names);
    expect(pasted.unreadable).toEqual(unreadable);
  });

  it("keeps a results link's weights and languages", () => {
    const [member] = readPastedLinks(`?${WEIGHTS}&lang=ruby,python`, vocabulary, named).members;
    expect(member).toEqual({
      name: "P0O0",
      weights: weightsWith(1, { performance: 5 }),
      languages: ["ruby", "python"],
    });
  });

  it("shortens long pieces for a notice", () => {
    expect(shownPiece("a".repeat(100))).toHaveLength(60);
    expect(shownPiece("short")).toBe("short");
  });
});
