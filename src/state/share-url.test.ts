import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../domain/default-profile.ts";
import type { Weights } from "../domain/types.ts";
import { CRITERION_IDS, FRAMEWORK_IDS, FRAMEWORK_KINDS, LANGUAGE_IDS } from "../domain/types.ts";
import type { ShareState } from "./share-state.ts";
import { DEFAULT_SORT, MAX_COMPARE, MIN_COMPARE, SORT_COLUMNS, VIEWS } from "./share-state.ts";
import {
  decodeShareUrl,
  defaultShareState,
  encodeShareUrl,
  MAX_LINK_LENGTH,
  MAX_SEARCH_LENGTH,
  MAX_VALUE_LENGTH,
  normalizeShareState,
} from "./share-url.ts";

const KEYS = ["v", ...CRITERION_IDS, "lang", "view", "compare", "sort", "kind", "q"];
const HOSTILE_KEYS = ["__proto__", "constructor", "toString", "prototype", "valueOf", ""];
const RUNS = { numRuns: 10000 };

/** Independent oracle for "a state the app can render", written without the codec's helpers. */
function isValidShareState(value: unknown): value is ShareState {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Record<string, unknown>;
  const fields = ["compare", "kinds", "languages", "query", "sort", "view", "weights"];
  if (Object.keys(s).sort().join() !== fields.join()) return false;
  const weights = s.weights as Record<string, unknown> | null;
  if (typeof weights !== "object" || weights === null) return false;
  if (Object.keys(weights).sort().join() !== [...CRITERION_IDS].sort().join()) return false;
  if (!CRITERION_IDS.every((id) => [0, 1, 2, 3, 4, 5].includes(weights[id] as number))) {
    return false;
  }
  const sort = s.sort as Record<string, unknown> | null;
  if (typeof sort !== "object" || sort === null) return false;
  const compareOk = isIdList(s.compare, FRAMEWORK_IDS) && [0, 2, 3, 4].includes(s.compare.length);
  return (
    isIdList(s.languages, LANGUAGE_IDS) &&
    isIdList(s.kinds, FRAMEWORK_KINDS) &&
    compareOk &&
    (VIEWS as readonly unknown[]).includes(s.view) &&
    (SORT_COLUMNS as readonly unknown[]).includes(sort.column) &&
    (sort.direction === "asc" || sort.direction === "desc") &&
    typeof s.query === "string" &&
    s.query.length <= 100 &&
    !/\p{Cs}/u.test(s.query)
  );
}

function isIdList(value: unknown, known: readonly string[]): value is string[] {
  return (
    Array.isArray(value) &&
    value.every((item) => known.includes(item)) &&
    new Set(value).size === value.length
  );
}

/** Every problem names a known key (or "" for the whole link) and echoes a short value. */
function expectReadableProblems(problems: ReturnType<typeof decodeShareUrl>["problems"]) {
  for (const p of problems) {
    expect(["", ...KEYS]).toContain(p.key);
    expect(Array.from(p.value).length).toBeLessThanOrEqual(41);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

/** The default state with some fields replaced (weights merged over the defaults). */
function stateWith(patch: Partial<Omit<ShareState, "weights">> & { weights?: Partial<Weights> }) {
  const base = defaultShareState();
  return { ...base, ...patch, weights: { ...base.weights, ...patch.weights } };
}

const ALL_WEIGHTS_3 = "performance=3&scalability=3&realtime=2&orm=3&learning=3&productivity=3";
const DEFAULT_WEIGHT_PAIRS = `${ALL_WEIGHTS_3}&ecosystem=4&security=4&flexibility=2`;

interface DecodeCase {
  name: string;
  search: string;
  state: ShareState;
  problems: string[];
  weightsGiven?: boolean;
}

const decodeCases: DecodeCase[] = [
  // Empty links and the version key.
  { name: "empty string", search: "", state: stateWith({}), problems: [] },
  { name: "lone question mark", search: "?", state: stateWith({}), problems: [] },
  { name: "v=1", search: "?v=1", state: stateWith({}), problems: [] },
  {
    name: "no leading ?",
    search: "v=1&view=matrix",
    state: stateWith({ view: "matrix" }),
    problems: [],
  },
  { name: "v=2 is read as 1", search: "?v=2", state: stateWith({}), problems: ["v"] },
  { name: "empty v", search: "?v=", state: stateWith({}), problems: ["v"] },
  {
    name: "only one ? is stripped",
    search: "??view=matrix",
    state: stateWith({}),
    problems: [],
  },
  // Weights.
  {
    name: "DESIGN example",
    search: "?v=1&performance=5&realtime=4&orm=3&lang=python,ruby&view=results",
    state: stateWith({
      weights: { performance: 5, realtime: 4, orm: 3 },
      languages: ["python", "ruby"],
      view: "results",
    }),
    problems: [],
    weightsGiven: true,
  },
  {
    name: "a weight makes results the default view",
    search: "?performance=0&flexibility=5",
    state: stateWith({ weights: { performance: 0, flexibility: 5 }, view: "results" }),
    problems: [],
    weightsGiven: true,
  },
  ...["99", "6", "-1", "3.5", "3e0", "%203", "+3", "%2B3", "03", "", "three", "%D9%A3"].map(
    (bad): DecodeCase => ({
      name: `weight "${bad}" falls back to the default`,
      search: `?scalability=${bad}`,
      state: stateWith({ view: "results" }),
      problems: ["scalability"],
      weightsGiven: true,
    }),
  ),
  // Languages.
  { name: "empty lang = any", search: "?lang=", state: stateWith({}), problems: [] },
  {
    name: "lang duplicates collapse, order kept, blanks and spaces ignored",
    search: "?lang=ruby,python,,%20ruby%20,",
    state: stateWith({ languages: ["ruby", "python"] }),
    problems: [],
  },
  {
    name: "unknown and differently-cased languages are dropped and reported",
    search: "?lang=Python,klingon,elixir",
    state: stateWith({ languages: ["elixir"] }),
    problems: ["lang"],
  },
  // Views.
  ...VIEWS.map(
    (view): DecodeCase => ({
      name: `view=${view}`,
      search: `?view=${view}`,
      state: stateWith({ view }),
      problems: [],
    }),
  ),
  {
    name: "unknown view, no weights",
    search: "?view=QUIZ",
    state: stateWith({}),
    problems: ["view"],
  },
  {
    name: "unknown view with weights falls back to results",
    search: "?orm=1&view=charts",
    state: stateWith({ weights: { orm: 1 }, view: "results" }),
    problems: ["view"],
    weightsGiven: true,
  },
  // Compare.
  {
    name: "compare two",
    search: "?compare=django,rails",
    state: stateWith({ compare: ["django", "rails"] }),
    problems: [],
  },
  {
    name: "compare four",
    search: "?compare=phoenix,nodejs,aspnet-core,spring-boot",
    state: stateWith({ compare: ["phoenix", "nodejs", "aspnet-core", "spring-boot"] }),
    problems: [],
  },
  { name: "empty compare = none", search: "?compare=", state: stateWith({}), problems: [] },
  {
    name: "compare five is too many",
    search: "?compare=django,rails,flask,express,laravel",
    state: stateWith({}),
    problems: ["compare"],
  },
  {
    name: "compare one is too few",
    search: "?compare=django",
    state: stateWith({}),
    problems: ["compare"],
  },
  {
    name: "compare duplicates collapse before counting",
    search: "?compare=django,django",
    state: stateWith({}),
    problems: ["compare"],
  },
  {
    name: "compare drops unknown ids and keeps the rest",
    search: "?compare=django,symfony,rails",
    state: stateWith({ compare: ["django", "rails"] }),
    problems: ["compare"],
  },
  {
    name: "compare with only unknown ids",
    search: "?compare=symfony,gin",
    state: stateWith({}),
    problems: ["compare", "compare"],
  },
  // Sort.
  {
    name: "sort by name ascending",
    search: "?sort=name:asc",
    state: stateWith({ sort: { column: "name", direction: "asc" } }),
    problems: [],
  },
  {
    name: "sort by a criterion",
    search: "?sort=security:desc",
    state: stateWith({ sort: { column: "security", direction: "desc" } }),
    problems: [],
  },
  ...["fit", "fit:up", "bogus:asc", "fit:asc:desc", ":desc", "", "FIT:DESC", "%20fit:desc"].map(
    (bad): DecodeCase => ({
      name: `sort "${bad}" falls back to fit:desc`,
      search: `?sort=${bad}`,
      state: stateWith({}),
      problems: ["sort"],
    }),
  ),
  // Kinds.
  {
    name: "kind list",
    search: "?kind=micro,runtime,micro",
    state: stateWith({ kinds: ["micro", "runtime"] }),
    problems: [],
  },
  {
    name: "unknown kind dropped",
    search: "?kind=tiny,full-stack",
    state: stateWith({ kinds: ["full-stack"] }),
    problems: ["kind"],
  },
  // Search text.
  {
    name: "q with %20",
    search: "?q=rest%20api",
    state: stateWith({ query: "rest api" }),
    problems: [],
  },
  {
    name: "q with +",
    search: "?q=rest+api",
    state: stateWith({ query: "rest api" }),
    problems: [],
  },
  {
    name: "q with %2B and %26",
    search: "?q=c%2B%2B%26",
    state: stateWith({ query: "c++&" }),
    problems: [],
  },
  {
    name: "q at the search limit",
    search: `?q=${"é".repeat(MAX_SEARCH_LENGTH)}`,
    state: stateWith({ query: "é".repeat(MAX_SEARCH_LENGTH) }),
    problems: [],
  },
  {
    name: "q over the search limit",
    search: `?q=${"a".repeat(MAX_SEARCH_LENGTH + 1)}`,
    state: stateWith({}),
    problems: ["q"],
  },
  // Unknown keys, hostile keys, repeated keys, over-long values and links.
  {
    name: "unknown and prototype-ish keys are ignored",
    search: "?foo=bar&__proto__=x&constructor=y&toString=z&hasOwnProperty=1&Performance=5",
    state: stateWith({}),
    problems: [],
    weightsGiven: false,
  },
  {
    name: "repeated weight uses the default",
    search: "?performance=5&performance=4&orm=1",
    state: stateWith({ weights: { orm: 1 }, view: "results" }),
    problems: ["performance"],
    weightsGiven: true,
  },
  {
    name: "repeated identical view still reported",
    search: "?view=matrix&view=matrix",
    state: stateWith({}),
    problems: ["view"],
  },
  { name: "repeated v", search: "?v=1&v=1", state: stateWith({}), problems: ["v"] },
  {
    name: "value over 200 characters",
    search: `?lang=${"python,".repeat(30)}`,
    state: stateWith({}),
    problems: ["lang"],
  },
  {
    name: "link of exactly 2,000 characters is read",
    search: `?view=matrix&q=${"a".repeat(MAX_LINK_LENGTH - 14)}`,
    state: stateWith({ view: "matrix" }),
    problems: ["q"],
  },
  {
    name: "link over 2,000 characters opens the defaults",
    search: `?performance=5&view=matrix&q=${"a".repeat(MAX_LINK_LENGTH)}`,
    state: stateWith({}),
    problems: [""],
    weightsGiven: false,
  },
  // Malformed percent-encoding.
  {
    name: "malformed percent-encoding in a value",
    search: "?q=%E0%A4%A",
    state: stateWith({ query: "\uFFFD%A" }),
    problems: [],
  },
  {
    name: "malformed percent-encoding in a weight",
    search: "?performance=%E0%A4%A&view=%",
    state: stateWith({ view: "results" }),
    problems: ["performance", "view"],
    weightsGiven: true,
  },
  {
    name: "malformed percent-encoding in a key",
    search: "?%E0%A4%A=5&%=%%",
    state: stateWith({}),
    problems: [],
  },
  // The hostile link.
  {
    name: "hostile link",
    search: "?performance=99&lang=klingon,python&view=<script>alert(1)</script>&compare=django",
    state: stateWith({ languages: ["python"], view: "results" }),
    problems: ["performance", "lang", "view", "compare"],
    weightsGiven: true,
  },
];

describe("decodeShareUrl", () => {
  it.each(decodeCases)("$name", ({ search, state, problems, weightsGiven = false }) => {
    const decoded = decodeShareUrl(search);
    expect(decoded.state).toEqual(state);
    expect(decoded.problems.map((p) => p.key)).toEqual(problems);
    expect(decoded.weightsGiven).toBe(weightsGiven);
    expectReadableProblems(decoded.problems);
  });

  it("explains the hostile link in plain words", () => {
    const { problems } = decodeShareUrl(
      "?performance=99&lang=klingon,python&view=<script>alert(1)</script>&compare=django",
    );
    expect(problems.map((p) => p.message)).toEqual([
      '"performance=99" is not a weight from 0 to 5; used 3 instead.',
      '"lang=klingon,python" names an unknown language (klingon); it was left out.',
      '"view=<script>alert(1)</script>" is not a view (quiz, results, matrix, compare); ' +
        "opened the results view instead.",
      '"compare=django" does not name 2 to 4 known frameworks; compared no frameworks instead.',
    ]);
  });

  it("names repeats, over-long values and over-long links", () => {
    const messages = (search: string) => decodeShareUrl(search).problems.map((p) => p.message);
    expect(messages("?orm=1&orm=2")).toEqual([
      '"orm" is given 2 times in the link; used 3 instead.',
    ]);
    expect(messages(`?view=${"x".repeat(MAX_VALUE_LENGTH + 1)}`)[0]).toMatch(
      /^"view=x{40}…" is longer than 200 characters; opened the quiz view instead\.$/,
    );
    expect(messages(`?q=${"a".repeat(2500)}`)).toEqual([
      "The link is 2502 characters long, more than the 2000 this app reads; " +
        "opened the default settings instead.",
    ]);
  });

  it("shortens echoed values and masks control characters", () => {
    const [problem] = decodeShareUrl(`?sort=a%0Ab%E2%80%AEc${"z".repeat(100)}`).problems;
    expect(problem?.value).toBe(`a\uFFFDb\uFFFDc${"z".repeat(35)}…`);
    expect(problem?.message).not.toContain("\n");
  });

  it.each([undefined, null, 42, {}, ["?v=2"], Symbol("x")])(
    "treats %s as an empty link",
    (input) => {
      const decoded = decodeShareUrl(input as unknown as string);
      expect(decoded).toEqual({ state: defaultShareState(), problems: [], weightsGiven: false });
    },
  );

  it("does not pollute Object.prototype", () => {
    decodeShareUrl("?__proto__=x&__proto__[polluted]=1&constructor[prototype][polluted]=1");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("encodeShareUrl", () => {
  const everything: ShareState = {
    weights: { ...DEFAULT_WEIGHTS, performance: 5, security: 0 },
    languages: ["python", "ruby"],
    view: "compare",
    compare: ["django", "rails"],
    sort: { column: "performance", direction: "asc" },
    kinds: ["full-stack"],
    query: "c++ & rest=api #1 100%",
  };

  it.each<{ name: string; state: ShareState; url: string }>([
    { name: "default state", state: defaultShareState(), url: "?v=1" },
    {
      name: "results pins all nine weights even when they are the defaults",
      state: stateWith({ view: "results" }),
      url: `?v=1&${DEFAULT_WEIGHT_PAIRS}`,
    },
    {
      name: "quiz with changed weights pins them and names the view",
      state: stateWith({ weights: { orm: 5 } }),
      url: `?v=1&${DEFAULT_WEIGHT_PAIRS.replace("orm=3", "orm=5")}&view=quiz`,
    },
    {
      name: "matrix names its view",
      state: stateWith({ view: "matrix" }),
      url: `?v=1&${DEFAULT_WEIGHT_PAIRS}&view=matrix`,
    },
    {
      name: "every key, in the fixed order",
      state: everything,
      url:
        "?v=1&performance=5&scalability=3&realtime=2&orm=3&learning=3&productivity=3" +
        "&ecosystem=4&security=0&flexibility=2&lang=python,ruby&view=compare" +
        "&compare=django,rails&sort=performance:asc&kind=full-stack" +
        "&q=c%2B%2B%20%26%20rest%3Dapi%20%231%20100%25",
    },
  ])("$name", ({ state, url }) => {
    expect(encodeShareUrl(state)).toBe(url);
    expect(decodeShareUrl(url)).toMatchObject({ state, problems: [] });
  });

  it("writes a valid link for an invalid state and never throws", () => {
    const broken = {
      weights: { ...DEFAULT_WEIGHTS, performance: 7, orm: 2.5, learning: Number.NaN, security: 0 },
      languages: ["python", "klingon", "python"],
      view: "charts",
      compare: ["django"],
      sort: { column: "bogus", direction: "desc" },
      kinds: ["micro", "tiny"],
      query: "\uD800bad",
    } as unknown as ShareState;
    const url = encodeShareUrl(broken);
    expect(url).toBe(
      `?v=1&${DEFAULT_WEIGHT_PAIRS.replace("security=4", "security=0")}` +
        "&lang=python&view=quiz&kind=micro&q=%EF%BF%BDbad",
    );
    expect(decodeShareUrl(url).problems).toEqual([]);
  });

  it("keeps the first 100 units of an over-long search without splitting a pair", () => {
    const query = `${"a".repeat(MAX_SEARCH_LENGTH - 1)}😀tail`;
    const { state } = decodeShareUrl(encodeShareUrl(stateWith({ query })));
    expect(state.query).toBe("a".repeat(MAX_SEARCH_LENGTH - 1));
  });

  it("stays under the link limit in the worst case", () => {
    const worst: ShareState = {
      weights: { ...DEFAULT_WEIGHTS },
      languages: [...LANGUAGE_IDS],
      view: "compare",
      compare: ["aspnet-core", "spring-boot", "express", "laravel"],
      sort: { column: "productivity", direction: "asc" },
      kinds: [...FRAMEWORK_KINDS],
      query: "€".repeat(MAX_SEARCH_LENGTH),
    };
    const url = encodeShareUrl(worst);
    expect(url.length - 1).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decodeShareUrl(url)).toEqual({ state: worst, problems: [], weightsGiven: true });
  });

  it("defaultShareState returns a fresh copy each time", () => {
    const first = defaultShareState();
    first.weights.performance = 0;
    first.languages.push("php");
    first.sort.direction = "asc";
    expect(defaultShareState()).toEqual(stateWith({}));
    expect(defaultShareState().sort).toEqual(DEFAULT_SORT);
  });
});

const weightsArb: fc.Arbitrary<Weights> = fc
  .tuple(...CRITERION_IDS.map(() => fc.integer({ min: 0, max: 5 })))
  .map((values) => Object.fromEntries(CRITERION_IDS.map((id, i) => [id, values[i]])) as Weights);

const searchArb = fc.oneof(
  fc.string({ maxLength: MAX_SEARCH_LENGTH }),
  fc.string({ unit: "binary", maxLength: MAX_SEARCH_LENGTH / 2 }),
  fc.string({ unit: "grapheme", maxLength: 30 }).filter((s) => s.length <= MAX_SEARCH_LENGTH),
);

const shareStateArb: fc.Arbitrary<ShareState> = fc.record({
  weights: weightsArb,
  languages: fc.uniqueArray(fc.constantFrom(...LANGUAGE_IDS)),
  view: fc.constantFrom(...VIEWS),
  compare: fc.oneof(
    fc.constant<string[]>([]),
    fc.uniqueArray(fc.constantFrom(...FRAMEWORK_IDS), {
      minLength: MIN_COMPARE,
      maxLength: MAX_COMPARE,
    }),
  ),
  sort: fc.record({
    column: fc.constantFrom(...SORT_COLUMNS),
    direction: fc.constantFrom("asc" as const, "desc" as const),
  }),
  kinds: fc.uniqueArray(fc.constantFrom(...FRAMEWORK_KINDS)),
  query: searchArb,
});

/** Any string at all: full Unicode, lone surrogates, URL punctuation, and lengths near 2,000. */
const anyStringArb = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.string({
    unit: fc.constantFrom("?", "&", "=", "%", "%E0", "%A", ",", ":", "+", "#", "v", "q"),
  }),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 1990, max: 2010 }))
    .map(([chunk, length]) => `?q=${chunk.repeat(2010)}`.slice(0, length)),
);

const valueArb = fc.oneof(
  fc.constantFrom("", "0", "1", "5", "6", "3.5", "+3", "03", ...VIEWS, "fit:desc", "name:asc"),
  fc.constantFrom("%E0%A4%A", "%", "%%", "%zz", "%F0%9F%98", "<script>alert(1)</script>"),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...LANGUAGE_IDS, ...FRAMEWORK_IDS, ...FRAMEWORK_KINDS, "klingon", " "),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 6 },
    )
    .map((items) => items.join(",")),
  fc
    .tuple(fc.constantFrom(...SORT_COLUMNS, "x"), fc.constantFrom("asc", "desc", "up"))
    .map((parts) => parts.join(":")),
  fc.string({ unit: "binary" }),
  fc.integer({ min: 95, max: 260 }).map((n) => "x".repeat(n)),
);

const keyArb = fc.oneof(fc.constantFrom(...KEYS, ...HOSTILE_KEYS), fc.string({ maxLength: 8 }));

/** Query strings mixing real and hostile keys with junk values, raw or percent-encoded. */
const builtQueryArb = fc
  .tuple(
    fc.constantFrom("", "?"),
    fc.array(fc.tuple(keyArb, valueArb, fc.boolean()), { maxLength: 14 }),
  )
  .map(
    ([prefix, pairs]) =>
      prefix +
      pairs
        .map(([k, v, encode]) =>
          encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`,
        )
        .join("&"),
  );

describe("share URL properties", () => {
  it("decoding any string never throws and yields a valid state", () => {
    fc.assert(
      fc.property(anyStringArb, (search) => {
        const decoded = decodeShareUrl(search);
        expect(isValidShareState(decoded.state)).toBe(true);
        expectReadableProblems(decoded.problems);
      }),
      RUNS,
    );
  });

  it("decoding queries of real keys and junk values never throws and yields a valid state", () => {
    fc.assert(
      fc.property(builtQueryArb, (search) => {
        const decoded = decodeShareUrl(search);
        expect(isValidShareState(decoded.state)).toBe(true);
        expectReadableProblems(decoded.problems);
      }),
      RUNS,
    );
  });

  it("encoding then decoding a valid state gives it back with no problems", () => {
    fc.assert(
      fc.property(shareStateArb, (state) => {
        expect(isValidShareState(state)).toBe(true);
        const url = encodeShareUrl(state);
        expect(url.startsWith("?v=1")).toBe(true);
        expect(url.length - 1).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        const decoded = decodeShareUrl(url);
        expect(decoded.state).toEqual(state);
        expect(decoded.problems).toEqual([]);
        expect(normalizeShareState(state)).toEqual(state);
      }),
      RUNS,
    );
  });

  it("decoding is idempotent through a re-encode", () => {
    fc.assert(
      fc.property(fc.oneof(anyStringArb, builtQueryArb), (search) => {
        const once = decodeShareUrl(search).state;
        const url = encodeShareUrl(once);
        const twice = decodeShareUrl(url);
        expect(twice.state).toEqual(once);
        expect(twice.problems).toEqual([]);
        expect(encodeShareUrl(twice.state)).toBe(url);
      }),
      RUNS,
    );
  });
});
