import { describe, expect, it } from "vitest";
import { ownOptionFramework } from "../../domain/own-options.ts";
import { applyScoreOverrides } from "../../domain/score-overrides.ts";
import { rankFrameworks } from "../../domain/scoring.ts";
import type { Dataset, Framework } from "../../domain/types.ts";
import { makeDataset, makeFramework, weightsWith } from "../../testing/fixtures.ts";
import { toMatrixRows } from "./matrix-rows.ts";
import { matchRow, matchRows, readMatrixSearch, visibleItems } from "./search.ts";

/** Scores in link order; only real-time (third) varies between these frameworks. */
const withRealtime = (value: number) => [3, 3, value, 3, 3, 3, 3, 3, 3];

const FRAMEWORKS: Framework[] = [
  {
    ...makeFramework({
      id: "strong-quiet",
      name: "Strong Quiet",
      languages: ["elixir"],
      scores: withRealtime(5),
    }),
    realtime: "Channels and presence, first-party",
  },
  makeFramework({
    id: "weak-lacking",
    name: "Weak Lacking",
    languages: ["php"],
    scores: withRealtime(2),
    kind: "micro",
    cons: ["No WebSockets or push in the box.", "Slow.", "Deliverables pile up."],
  }),
  {
    ...makeFramework({
      id: "strong-said",
      name: "Strong Said",
      languages: ["ruby"],
      scores: withRealtime(4),
      pros: ["Native WebSockets.", "Tiny.", "Typed.", "Quick to learn."],
      cons: ["No admin panel.", "Few guides.", "Young."],
    }),
    templating: "Blade templates",
  },
  {
    ...makeFramework({
      id: "middling",
      name: "Middling",
      languages: ["python"],
      scores: withRealtime(3),
      kind: "runtime",
    }),
    adminInterface: true,
    license: "BSD-3-Clause",
  },
];

const DATASET: Dataset = makeDataset(FRAMEWORKS);

function rowsOf(dataset: Dataset) {
  const ranked = rankFrameworks(dataset, { weights: weightsWith(1), languages: [] }).ranked;
  return toMatrixRows(ranked, dataset);
}

/** Each matching row's id and why, in the dataset's order. */
function matchesOf(query: string, dataset: Dataset = DATASET) {
  const search = readMatrixSearch(query, dataset.criteria);
  if (!search) throw new Error(`"${query}" is blank`);
  const rows = rowsOf(dataset).sort((a, b) => a.id.localeCompare(b.id));
  return rows.flatMap((row) => {
    const match = matchRow(row, search);
    if (!match) return [];
    const strong = match.strong.map((s) => `${s.criterion} ${s.value}`);
    return [{ id: row.id, strong, fields: match.fields, facts: match.facts.map((f) => f.label) }];
  });
}

describe("matchRow", () => {
  it("finds frameworks strong in real-time for 'websocket', and says a con is a con", () => {
    expect(matchesOf("websocket")).toEqual([
      { id: "strong-quiet", strong: ["realtime 5"], fields: [], facts: [] },
      { id: "strong-said", strong: ["realtime 4"], fields: ["pros"], facts: [] },
      { id: "weak-lacking", strong: [], fields: ["cons"], facts: [] },
    ]);
  });

  it.each(["websockets", "realtime", "Real-time", "real time", "live"])(
    "'%s' names the real-time criterion too",
    (query) => {
      const strong = matchesOf(query).filter((m) => m.strong.length > 0);
      expect(strong.map((m) => m.id)).toEqual(["strong-quiet", "strong-said"]);
    },
  );

  it("matches words at their start only: 'live' is not in 'Deliverables'", () => {
    expect(matchesOf("live").find((m) => m.id === "weak-lacking")).toBeUndefined();
    expect(matchesOf("deliverable").map((m) => m.id)).toEqual(["weak-lacking"]);
  });

  it("looks in facts the matrix does not show, and names them", () => {
    expect(matchesOf("blade")).toEqual([
      { id: "strong-said", strong: [], fields: [], facts: ["templates"] },
    ]);
    expect(matchesOf("presence")).toContainEqual({
      id: "strong-quiet",
      strong: ["realtime 5"],
      fields: [],
      facts: ["real-time support"],
    });
    expect(matchesOf("bsd")).toEqual([
      { id: "middling", strong: [], fields: [], facts: ["license"] },
    ]);
  });

  it("finds a generated admin as a fact and 'no admin panel' as a con", () => {
    expect(matchesOf("admin")).toEqual([
      { id: "middling", strong: [], fields: [], facts: ["admin interface"] },
      { id: "strong-said", strong: [], fields: ["cons"], facts: [] },
    ]);
  });

  it("looks in names, languages and kinds", () => {
    expect(matchesOf("quiet")).toEqual([
      { id: "strong-quiet", strong: [], fields: ["name"], facts: [] },
    ]);
    expect(matchesOf("python").map((m) => [m.id, m.fields])).toEqual([["middling", ["languages"]]]);
    expect(matchesOf("runtime").map((m) => [m.id, m.fields])).toEqual([["middling", ["kind"]]]);
  });

  it("matches nothing for text nowhere and no criterion", () => {
    expect(matchesOf("kubernetes")).toEqual([]);
  });

  it("judges strength by the user's own scores", () => {
    const overridden = applyScoreOverrides(DATASET, [
      { framework: "middling", criterion: "realtime", value: 5 },
      { framework: "strong-quiet", criterion: "realtime", value: 1 },
    ]);
    const strong = matchesOf("realtime", overridden).filter((m) => m.strong.length > 0);
    expect(strong.map((m) => m.id)).toEqual(["middling", "strong-said"]);
  });

  it("never finds an own option by the placeholder facts it lacks", () => {
    const own = ownOptionFramework(
      { name: "Our stack", languages: [], scores: withRealtime(5) },
      0,
    );
    const dataset = { ...DATASET, frameworks: [...DATASET.frameworks, own] };
    expect(matchesOf("none", dataset)).toEqual([]);
    expect(matchesOf("our", dataset).map((m) => [m.id, m.fields])).toEqual([["own1", ["name"]]]);
    expect(matchesOf("live", dataset).map((m) => m.id)).toContain("own1");
  });
});

describe("readMatrixSearch", () => {
  it.each(["", "   ", " - "])("reads %j as no search", (text) => {
    expect(readMatrixSearch(text, DATASET.criteria)).toBeUndefined();
  });

  it("trims the text and names the criteria it means", () => {
    expect(readMatrixSearch("  SQL ", DATASET.criteria)).toEqual({
      text: "SQL",
      folded: "sql",
      criteria: ["orm"],
    });
  });
});

describe("matchRows", () => {
  it("keeps only the rows that match, by id", () => {
    const search = readMatrixSearch("websocket", DATASET.criteria);
    if (!search) throw new Error("blank");
    const matches = matchRows(rowsOf(DATASET), search);
    expect([...matches.keys()].sort()).toEqual(["strong-quiet", "strong-said", "weak-lacking"]);
  });
});

describe("visibleItems", () => {
  const items = ["One.", "Two.", "Three.", "Has WebSockets.", "Five."];
  const search = readMatrixSearch("websocket", DATASET.criteria);

  it("shows the first few, plus any the search matched, in their order", () => {
    expect(visibleItems(items, 2, undefined)).toEqual(["One.", "Two."]);
    expect(visibleItems(items, 2, search)).toEqual(["One.", "Two.", "Has WebSockets."]);
  });

  it("shows every item in full detail", () => {
    expect(visibleItems(items, "all", undefined)).toEqual(items);
  });
});
