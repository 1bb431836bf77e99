import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogueOf } from "../domain/catalogue.ts";
import { CRITERION_IDS, FRAMEWORK_KINDS } from "../domain/types.ts";
import { weightsArb } from "../testing/arbitraries.ts";
import { FIXTURE_DATASET, weightsWith } from "../testing/fixtures.ts";
import {
  DECISION_FILE_FORMAT,
  type DecisionFileMeta,
  decisionFileJson,
  MAX_DECISION_FILE_LENGTH,
} from "./decision-file.ts";
import { linkVocabularyOf } from "./link-vocabulary.ts";
import { readDecisionFile } from "./read-decision-file.ts";
import { MATRIX_DETAILS, type ShareState, SORT_COLUMNS, VIEWS } from "./share-state.ts";
import { decodeShareUrl, defaultShareState, encodeShareUrl } from "./share-url.ts";

const VOCABULARY = linkVocabularyOf(catalogueOf(FIXTURE_DATASET));
const AS_OF = FIXTURE_DATASET.asOf;
/** What the reader says when something inside it threw: a hostile file must never get there. */
/** Property tests share two cores with a build now and then: room beyond the 5 s default. */
const PROPERTY_TIMEOUT = 30_000;
const INTERNAL_ERROR = "The file could not be read as a saved decision.";

/** A state using every input: weights, languages, compare (with an own option), sort, filters, scores, own options, members. */
const RICH: ShareState = {
  weights: weightsWith(3, { realtime: 5, orm: 0, security: 4 }),
  languages: ["python", "ruby"],
  view: "compare",
  compare: ["alpha", "own1", "bravo"],
  sort: { column: "realtime", direction: "asc" },
  kinds: ["micro", "full-stack"],
  search: "web & <b>api</b>",
  detail: "full",
  scores: [
    { framework: "alpha", criterion: "realtime", value: 2 },
    { framework: "bravo", criterion: "orm", value: 4 },
  ],
  own: [{ name: "Our stack <v2>", languages: ["python"], scores: [4, 4, 3, 5, 2, 3, 1, 4, 3] }],
  members: [
    { name: "Ana", weights: weightsWith(2, { performance: 5 }), languages: ["python", "ruby"] },
    { name: "Ben O'Neil", weights: weightsWith(4, { learning: 0 }), languages: [] },
  ],
};

function metaFor(state: ShareState, asOf = AS_OF): DecisionFileMeta {
  return {
    datasetAsOf: asOf,
    datasetSchemaVersion: FIXTURE_DATASET.schemaVersion,
    exportedAt: "2026-11-30T09:15:00.000Z",
    link: `https://fit.example/${encodeShareUrl(state, VOCABULARY)}`,
    ranking: [
      { id: "alpha", name: "Alpha", fit: 71 },
      { id: "own1", name: "Our stack <v2>", fit: 64 },
      { id: "bravo", name: "Bravo", fit: 40 },
    ],
    appVersion: "0.1.0",
  };
}

type JsonObject = Record<string, any>;

/** The rich file as an object, changed by `edit`, written back as JSON. */
function richFileWith(edit: (file: JsonObject) => void): string {
  const file = JSON.parse(decisionFileJson(RICH, metaFor(RICH))) as JsonObject;
  edit(file);
  return JSON.stringify(file);
}

function read(text: string) {
  return readDecisionFile(text, VOCABULARY, AS_OF);
}

function errorOf(text: string): string {
  const result = read(text);
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.error;
}

describe("decisionFileJson", () => {
  it("writes the format, version, dataset, inputs, ranking and link in a fixed order", () => {
    const text = decisionFileJson(RICH, metaFor(RICH));
    const file = JSON.parse(text) as JsonObject;
    expect(Object.keys(file)).toEqual([
      "format",
      "version",
      "exportedAt",
      "appVersion",
      "dataset",
      "inputs",
      "ranking",
      "link",
    ]);
    expect(file.format).toBe(DECISION_FILE_FORMAT);
    expect(file.version).toBe(1);
    expect(file.dataset).toEqual({ asOf: AS_OF, schemaVersion: 2 });
    expect(file.inputs).toEqual(RICH);
    expect(Object.keys(file.inputs.weights)).toEqual([...CRITERION_IDS]);
    expect(file.ranking[1]).toEqual({ id: "own1", name: "Our stack <v2>", fit: 64 });
    expect(file.link).toBe(metaFor(RICH).link);
    expect(text).toContain('\n  "format"');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("writes the same text for the same state whatever the order of its keys", () => {
    const shuffled = Object.fromEntries(Object.entries(RICH).reverse()) as unknown as ShareState;
    shuffled.weights = Object.fromEntries(
      Object.entries(RICH.weights).reverse(),
    ) as ShareState["weights"];
    expect(decisionFileJson(shuffled, metaFor(RICH))).toBe(decisionFileJson(RICH, metaFor(RICH)));
  });

  it("leaves out the app version when none is given", () => {
    const { appVersion: _, ...meta } = metaFor(RICH);
    expect(JSON.parse(decisionFileJson(RICH, meta))).not.toHaveProperty("appVersion");
  });
});

describe("readDecisionFile: round trip", () => {
  it("restores every input of a rich state, with no notes", () => {
    expect(read(decisionFileJson(RICH, metaFor(RICH)))).toEqual({
      ok: true,
      state: RICH,
      notes: [],
    });
  });

  it("restores the default state", () => {
    const state = defaultShareState();
    expect(read(decisionFileJson(state, metaFor(state)))).toEqual({ ok: true, state, notes: [] });
  });

  it("notes a file saved with another dataset date, and still opens it", () => {
    const result = read(decisionFileJson(RICH, metaFor(RICH, "2026-11-26")));
    expect(result).toEqual({
      ok: true,
      state: RICH,
      notes: ["saved with the data of 2026-11-26; the scores may have changed since"],
    });
  });

  it("ignores the ranking and link in the file: they are derived again from the inputs", () => {
    const tampered = richFileWith((file) => {
      file.ranking = [
        { id: "echo", name: "<img src=x onerror=alert(1)>", fit: 100 },
        { id: "zeta", name: 42, fit: -7 },
      ];
      file.link = "javascript:alert(1)";
      file.exportedAt = { not: "a date" };
    });
    expect(read(tampered)).toEqual(read(decisionFileJson(RICH, metaFor(RICH))));
    expect(read(tampered)).toMatchObject({ ok: true, state: RICH });
  });

  it("keeps HTML in names as the plain text it is", () => {
    const name = '<script>alert("x")</script>';
    const state: ShareState = {
      ...defaultShareState(),
      view: "team",
      members: [
        { name, weights: weightsWith(3), languages: [] },
        { name: "Ben", weights: weightsWith(1), languages: [] },
      ],
    };
    const result = read(decisionFileJson(state, metaFor(state)));
    expect(result.ok && result.state.members[0]?.name).toBe(name);
  });
});

/** Rejected files and the words that name the problem. */
const REJECTIONS: [string, string, string][] = [
  ["not JSON", "{ format: 1", "The file is not JSON, so it is not a saved decision."],
  ["a JSON list", "[1, 2]", "The file holds no JSON object, so it is not a saved decision."],
  ["JSON null", "null", "The file holds no JSON object, so it is not a saved decision."],
  [
    "another format",
    richFileWith((f) => {
      f.format = "madr";
    }),
    'format must be "framework-fit-decision": this is not a saved decision.',
  ],
  [
    "a newer version",
    richFileWith((f) => {
      f.version = 2;
    }),
    "version is 2: the file was saved by a newer version of this app, which reads version 1.",
  ],
  [
    "a version as text",
    richFileWith((f) => {
      f.version = "1";
    }),
    "version must be 1.",
  ],
  [
    "no inputs",
    richFileWith((f) => {
      delete f.inputs;
    }),
    "inputs is missing.",
  ],
  [
    "inputs that are a list",
    richFileWith((f) => {
      f.inputs = [];
    }),
    "inputs must be an object with the inputs of a decision.",
  ],
  [
    "an unknown top-level entry",
    richFileWith((f) => {
      f.extra = true;
    }),
    'The file has an entry this file format does not know: "extra".',
  ],
  [
    "a dataset date that is not a date",
    richFileWith((f) => {
      f.dataset.asOf = "<b>yesterday</b>";
    }),
    "dataset.asOf must be a date YYYY-MM-DD.",
  ],
  [
    "a weight out of range",
    richFileWith((f) => {
      f.inputs.weights.realtime = 7;
    }),
    "inputs.weights.realtime must be a whole number from 0 to 5.",
  ],
  [
    "a weight as text",
    richFileWith((f) => {
      f.inputs.weights.realtime = "3";
    }),
    "inputs.weights.realtime must be a whole number from 0 to 5.",
  ],
  [
    "a fractional weight",
    richFileWith((f) => {
      f.inputs.weights.orm = 2.5;
    }),
    "inputs.weights.orm must be a whole number from 0 to 5.",
  ],
  [
    "a missing weight",
    richFileWith((f) => {
      delete f.inputs.weights.orm;
    }),
    "inputs.weights.orm is missing.",
  ],
  [
    "an unknown language",
    richFileWith((f) => {
      f.inputs.languages = ["python", "cobol"];
    }),
    'inputs.languages names "cobol", which is not in this dataset.',
  ],
  [
    "a repeated language",
    richFileWith((f) => {
      f.inputs.languages = ["python", "python"];
    }),
    'inputs.languages names "python" more than once.',
  ],
  [
    "an unknown view",
    richFileWith((f) => {
      f.inputs.view = "home";
    }),
    `inputs.view must be one of ${VIEWS.join(", ")}.`,
  ],
  [
    "an unknown framework to compare",
    richFileWith((f) => {
      f.inputs.compare = ["alpha", "foo"];
    }),
    'inputs.compare names "foo", which is not in this dataset.',
  ],
  [
    "an own option the file does not hold",
    richFileWith((f) => {
      f.inputs.compare = ["alpha", "own2"];
    }),
    'inputs.compare names "own2", but inputs.own holds 1 option.',
  ],
  [
    "one framework to compare",
    richFileWith((f) => {
      f.inputs.compare = ["alpha"];
    }),
    "inputs.compare must name 2 to 4 frameworks, or none.",
  ],
  [
    "a bad sort direction",
    richFileWith((f) => {
      f.inputs.sort.direction = "up";
    }),
    'inputs.sort.direction must be "asc" or "desc".',
  ],
  [
    "an unknown sort column",
    richFileWith((f) => {
      f.inputs.sort.column = "price";
    }),
    `inputs.sort.column must be one of ${SORT_COLUMNS.join(", ")}.`,
  ],
  [
    "an unknown kind",
    richFileWith((f) => {
      f.inputs.kinds = ["huge"];
    }),
    `inputs.kinds[0] must be one of ${FRAMEWORK_KINDS.join(", ")}.`,
  ],
  [
    "an unknown matrix detail",
    richFileWith((f) => {
      f.inputs.detail = "all";
    }),
    `inputs.detail must be one of ${MATRIX_DETAILS.join(", ")}.`,
  ],
  [
    "an over-long search",
    richFileWith((f) => {
      f.inputs.search = "x".repeat(101);
    }),
    "inputs.search must be text of at most 100 characters.",
  ],
  [
    "a search with half a character",
    richFileWith((f) => {
      f.inputs.search = "ab\uD800";
    }),
    "inputs.search must not hold broken characters.",
  ],
  [
    "a score of an unknown framework",
    richFileWith((f) => {
      f.inputs.scores[0].framework = "zeta";
    }),
    'inputs.scores[0].framework names "zeta", which is not in this dataset.',
  ],
  [
    "a score out of range",
    richFileWith((f) => {
      f.inputs.scores[1].value = 0;
    }),
    "inputs.scores[1].value must be a whole number from 1 to 5.",
  ],
  [
    "the same score twice",
    richFileWith((f) => {
      f.inputs.scores[1] = { framework: "alpha", criterion: "realtime", value: 5 };
    }),
    'inputs.scores gives "alpha.realtime" more than once.',
  ],
  [
    "more than 30 scores",
    richFileWith((f) => {
      f.inputs.scores = ["alpha", "bravo", "charlie", "delta"].flatMap((framework) =>
        CRITERION_IDS.map((criterion) => ({ framework, criterion, value: 3 })),
      );
    }),
    "inputs.scores must hold at most 30 scores.",
  ],
  [
    "an own option with eight scores",
    richFileWith((f) => {
      f.inputs.own[0].scores = [1, 2, 3, 4, 5, 1, 2, 3];
    }),
    "inputs.own[0].scores must hold 9 scores, one per criterion.",
  ],
  [
    "more than three own options",
    richFileWith((f) => {
      f.inputs.own = [1, 2, 3, 4].map((n) => ({ ...f.inputs.own[0], name: `Own ${n}` }));
    }),
    "inputs.own must hold at most 3 options.",
  ],
  [
    "an own option with an empty name",
    richFileWith((f) => {
      f.inputs.own[0].name = "";
    }),
    "inputs.own[0].name must be plain text of 1 to 40 characters, without line breaks, control characters or spaces at either end.",
  ],
  [
    "a member name with a bidirectional control",
    richFileWith((f) => {
      f.inputs.members[1].name = "Ben\u202Egnp.exe";
    }),
    "inputs.members[1].name must be plain text of 1 to 40 characters, without line breaks, control characters or spaces at either end.",
  ],
  [
    "a member name over 40 characters",
    richFileWith((f) => {
      f.inputs.members[0].name = "A".repeat(41);
    }),
    "inputs.members[0].name must be plain text of 1 to 40 characters, without line breaks, control characters or spaces at either end.",
  ],
  [
    "a member weight out of range",
    richFileWith((f) => {
      f.inputs.members[0].weights.performance = 9;
    }),
    "inputs.members[0].weights.performance must be a whole number from 0 to 5.",
  ],
  [
    "more than twelve members",
    richFileWith((f) => {
      f.inputs.members = Array.from({ length: 13 }, (_, i) => ({
        ...f.inputs.members[0],
        name: `M${i}`,
      }));
    }),
    "inputs.members must hold at most 12 members.",
  ],
  [
    "an unknown input",
    richFileWith((f) => {
      f.inputs.theme = "dark";
    }),
    'inputs has an entry this file format does not know: "theme".',
  ],
];

describe("readDecisionFile: rejections", () => {
  it.each(REJECTIONS)("rejects %s", (_, text, error) => {
    expect(read(text)).toEqual({ ok: false, error });
  });

  it("counts further problems after the first", () => {
    const text = richFileWith((f) => {
      f.inputs.weights.realtime = 7;
      f.inputs.view = "home";
    });
    expect(errorOf(text)).toBe(
      "inputs.weights.realtime must be a whole number from 0 to 5 (and 1 more problem).",
    );
  });

  it("rejects a file over 200 KB before reading it as JSON", () => {
    const big = richFileWith((f) => {
      f.link = "x".repeat(MAX_DECISION_FILE_LENGTH);
    });
    expect(errorOf(big)).toBe(
      "The file is larger than 200 KB, far more than a saved decision holds.",
    );
    expect(errorOf(`{${" ".repeat(MAX_DECISION_FILE_LENGTH)}`)).toMatch(/larger than 200 KB/);
  });

  it("rejects inputs that pass the schema but that a link cannot carry", () => {
    // Links join an option's languages with "-", so a language id holding "-" cannot travel in one.
    const vocabulary = { ...VOCABULARY, languageIds: [...VOCABULARY.languageIds, "objective-c"] };
    const text = richFileWith((f) => {
      f.inputs.own[0].languages = ["objective-c"];
    });
    const result = readDecisionFile(text, vocabulary, AS_OF);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe(
      'inputs cannot be carried by a link: "own=443523143.objective-c.Our stack <v2>" names unknown languages (objective, c); they were left out.',
    );
    expect(
      readDecisionFile(
        richFileWith(() => {}),
        vocabulary,
        AS_OF,
      ).ok,
    ).toBe(true);
  });
});

describe("readDecisionFile: hostile files", () => {
  it("rejects prototype keys without polluting any prototype", () => {
    const at = (where: string) =>
      richFileWith(() => {}).replace(where, `${where}"__proto__": {"polluted": true}, `);
    expect(errorOf(at('"weights":{'))).toBe(
      'inputs.weights has an entry this file format does not know: "__proto__".',
    );
    expect(errorOf(at('"inputs":{'))).toBe(
      'inputs has an entry this file format does not know: "__proto__".',
    );
    expect(errorOf(`{"__proto__": {"polluted": true}, ${richFileWith(() => {}).slice(1)}`)).toBe(
      'The file has an entry this file format does not know: "__proto__".',
    );
    const withConstructor = richFileWith((f) => {
      f.inputs.members[0].constructor = { prototype: { polluted: true } };
    });
    expect(errorOf(withConstructor)).toBe(
      'inputs.members[0] has an entry this file format does not know: "constructor".',
    );
    expect(({} as JsonObject).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("rejects deep nesting and huge lists without throwing", () => {
    const deep = richFileWith((f) => {
      f.inputs.weights = "DEEP";
    }).replace('"DEEP"', `${"[".repeat(50_000)}${"]".repeat(50_000)}`);
    expect(errorOf(deep)).toBe(
      "inputs.weights must be an object with a weight for each criterion.",
    );
    const huge = richFileWith((f) => {
      f.inputs.members = Array.from({ length: 30_000 }, () => 0);
    });
    expect(huge.length).toBeLessThan(MAX_DECISION_FILE_LENGTH);
    expect(errorOf(huge)).toBe("inputs.members must hold at most 12 members.");
    const manyIds = richFileWith((f) => {
      f.inputs.languages = Array.from({ length: 20_000 }, (_, i) => `l${i}`);
    });
    expect(errorOf(manyIds)).toBe('inputs.languages names "l0", which is not in this dataset.');
  });

  it("quotes hostile values as shortened plain text", () => {
    const text = richFileWith((f) => {
      f.inputs.compare = ["alpha", `<img src=x onerror=alert(1)>\u0000${"y".repeat(100)}`];
    });
    expect(errorOf(text)).toBe(
      'inputs.compare names "<img src=x onerror=alert(1)>\uFFFDyyyyyyyyyyy…", which is not in this dataset.',
    );
  });

  it(
    "never throws on arbitrary text",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
          const result = read(text);
          expect(result.ok || result.error !== INTERNAL_ERROR).toBe(true);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on arbitrary JSON values",
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
          const result = read(JSON.stringify(value) ?? "");
          expect(result.ok).toBe(false);
          expect(!result.ok && result.error).not.toBe(INTERNAL_ERROR);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on a saved decision with one value replaced by arbitrary JSON, and accepts only link states",
    () => {
      const original = JSON.parse(decisionFileJson(RICH, metaFor(RICH))) as JsonObject;
      const paths = leafPaths(original.inputs).map((path) => ["inputs", ...path]);
      fc.assert(
        fc.property(
          fc.constantFrom(...paths),
          fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom("__proto__", "own2", "python")),
          (path, value) => {
            const file = structuredClone(original);
            setAt(file, path, value);
            const result = read(JSON.stringify(file));
            if (!result.ok) {
              expect(result.error).not.toBe(INTERNAL_ERROR);
              return;
            }
            const decoded = decodeShareUrl(encodeShareUrl(result.state, VOCABULARY), VOCABULARY);
            expect(decoded.problems).toEqual([]);
            expect(decoded.state).toEqual(result.state);
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "opens every state a link carries, unchanged",
    () => {
      fc.assert(
        fc.property(shareStateArb, (state) => {
          expect(read(decisionFileJson(state, metaFor(state)))).toEqual({
            ok: true,
            state,
            notes: [],
          });
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

const nameArb = fc
  .string({ unit: fc.constantFrom("a", "Z", "é", " ", ".", "<", "&", "😀"), maxLength: 12 })
  .map((name) => name.replace(/\s+/g, " ").trim())
  .filter((name) => name.length > 0);

const languageIdsArb = fc.subarray([...VOCABULARY.languageIds], { maxLength: 3 });

/** Valid states of the fixture vocabulary, as a decoded link would hold them. */
const shareStateArb: fc.Arbitrary<ShareState> = fc
  .record({
    weights: weightsArb,
    languages: languageIdsArb,
    view: fc.constantFrom(...VIEWS),
    sort: fc.record({
      column: fc.constantFrom(...SORT_COLUMNS),
      direction: fc.constantFrom("asc" as const, "desc" as const),
    }),
    kinds: fc.subarray([...FRAMEWORK_KINDS]),
    search: fc.string({ maxLength: 100 }),
    detail: fc.constantFrom(...MATRIX_DETAILS),
    scores: fc.uniqueArray(
      fc.record({
        framework: fc.constantFrom(...VOCABULARY.frameworkIds),
        criterion: fc.constantFrom(...CRITERION_IDS),
        value: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 30, selector: (s) => `${s.framework}.${s.criterion}` },
    ),
    own: fc.array(
      fc.record({
        name: nameArb,
        languages: languageIdsArb,
        scores: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 9, maxLength: 9 }),
      }),
      { maxLength: 3 },
    ),
    members: fc.array(
      fc.record({ name: nameArb, weights: weightsArb, languages: languageIdsArb }),
      { maxLength: 12 },
    ),
    compareCount: fc.integer({ min: 0, max: 4 }),
  })
  .chain(({ compareCount, ...state }) => {
    const ids = [
      ...VOCABULARY.frameworkIds,
      ...["own1", "own2", "own3"].slice(0, state.own.length),
    ];
    const count = compareCount === 1 ? 0 : compareCount;
    return fc
      .shuffledSubarray(ids, { minLength: count, maxLength: count })
      .map((compare) => ({ ...state, compare }));
  });

/** Paths to every value in a JSON tree, objects and lists included. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [path];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, v]) => leafPaths(v, [...path, key]))];
}

function setAt(root: JsonObject, path: readonly (string | number)[], value: unknown): void {
  let node: any = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1] as string] = value;
}
