import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import { CRITERION_IDS } from "../../domain/types.ts";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { decodeShareUrl, defaultShareState, encodeShareUrl } from "../../state/share-url.ts";
import { LINK_KEYS, weightsArb } from "../../testing/arbitraries.ts";
import { FIXTURE_DATASET } from "../../testing/fixtures.ts";
import { readFastLink } from "./fast-link.ts";

const vocabulary = linkVocabularyOf(FIXTURE_DATASET);
const languageIds = FIXTURE_DATASET.languages.map((l) => l.id);
const frameworkIds = FIXTURE_DATASET.frameworks.map((f) => f.id);

/** Keys of every kind: the app's, in any case, and ones it ignores. */
const keyArb = fc.constantFrom(...LINK_KEYS, "utm_source", "Performance", "");
/** Values that are right for some keys and wrong for others, and arbitrary text. */
const valueArb = fc.oneof(
  fc.constantFrom(
    ..."0123456".split(""),
    "-1",
    "05",
    "3.0",
    " 3",
    "results",
    "quiz",
    "matrix",
    "team",
    "about",
    ...languageIds,
    languageIds.join(","),
    `${languageIds[0]},${languageIds[0]}`,
    `${languageIds[0]},`,
    "cobol",
    frameworkIds.slice(0, 2).join(","),
    "",
  ),
  fc.string({ maxLength: 6 }),
);
/** Pairs a plain results link holds: weights, languages, the version and the view. */
const plainPairArb = fc.oneof(
  fc.tuple(fc.constantFrom(...CRITERION_IDS), fc.constantFrom(..."012345".split(""))),
  fc.tuple(
    fc.constant("lang"),
    fc.subarray(languageIds).map((ids) => ids.join(",")),
  ),
  fc.constant(["v", "1"] as [string, string]),
  fc.tuple(
    fc.constant("compare"),
    fc.subarray(frameworkIds).map((ids) => ids.join(",")),
  ),
  fc.constant(["view", "results"] as [string, string]),
);
/** Mostly plain links, some with a pair of any key and value mixed in. */
const queryArb = fc
  .tuple(
    fc.array(plainPairArb, { maxLength: 10 }),
    fc.array(fc.tuple(keyArb, valueArb), { maxLength: 2 }),
    fc.nat(),
  )
  .map(([plain, wild, at]) => {
    const pairs: [string, string][] = [...plain];
    pairs.splice(at % (pairs.length + 1), 0, ...wild);
    return pairs
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
      .join("&");
  });

describe("readFastLink", () => {
  it("reads a link exactly as the app does, or leaves it to the app", () => {
    let taken = 0;
    fc.assert(
      fc.property(queryArb, fc.boolean(), (query, mark) => {
        const search = mark ? `?${query}` : query;
        const fast = readFastLink(search, FIXTURE_DATASET);
        if (fast === null) return;
        taken++;
        const { state, problems } = decodeShareUrl(search, vocabulary);
        expect(problems).toEqual([]);
        expect(state.view).toBe("results");
        expect(fast.weights).toEqual(state.weights);
        expect([...fast.languages].sort()).toEqual([...state.languages].sort());
        // Nothing the ranking alone could not show (a comparison shows below it, in the app).
        expect([state.scores, state.own, state.members]).toEqual([[], [], []]);
      }),
      { numRuns: 3000 },
    );
    // The property says something only if many generated links take the fast way.
    expect(taken).toBeGreaterThan(150);
  });

  it("takes every results link the app writes for weights and languages", () => {
    const languagesArb = fc.subarray(languageIds);
    fc.assert(
      fc.property(weightsArb, languagesArb, (weights, languages) => {
        const link = encodeShareUrl(
          { ...defaultShareState(), weights, languages, view: "results" },
          vocabulary,
        );
        const fast = readFastLink(link, FIXTURE_DATASET);
        expect(fast).not.toBeNull();
        expect(fast?.weights).toEqual(weights);
        expect([...(fast?.languages ?? [])].sort()).toEqual([...languages].sort());
      }),
    );
  });

  it("takes a results link with frameworks chosen to compare", () => {
    const [a, b] = frameworkIds;
    expect(
      readFastLink(`?performance=5&compare=${a},${b}`, FIXTURE_DATASET)?.weights.performance,
    ).toBe(5);
  });

  it("reads the link of a results page with no weights given as the default profile", () => {
    expect(readFastLink("?view=results", FIXTURE_DATASET)).toEqual({
      weights: DEFAULT_WEIGHTS,
      languages: [],
    });
  });

  it.each([
    ["the quiz (no weights, no view)", "?lang=python"],
    ["another view", "?performance=3&view=matrix"],
    ["a comparison of one", "?performance=3&compare=alpha"],
    ["a comparison of unknown frameworks", "?performance=3&compare=alpha,nope"],
    ["your scores", "?performance=3&score=django.realtime.5"],
    ["a team", "?m=543233422..Ana&m=335244231..Ben"],
    ["a weight out of range", "?performance=6"],
    ["a repeated key", "?performance=3&performance=4"],
    ["an unknown language", "?performance=3&lang=cobol"],
    ["a later format version", "?v=2&performance=3"],
    ["a very long link", `?performance=3&x=${"a".repeat(2000)}`],
  ])("leaves %s to the app", (_, search) => {
    expect(readFastLink(search, FIXTURE_DATASET)).toBeNull();
  });
});
