import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../domain/default-profile.ts";
import { MAX_OWN_NAME_LENGTH, MAX_OWN_OPTIONS, type OwnOption } from "../domain/own-options.ts";
import { MAX_SCORE_OVERRIDES, type ScoreOverride } from "../domain/score-overrides.ts";
import type { Weights } from "../domain/types.ts";
import { CRITERION_IDS, FRAMEWORK_KINDS } from "../domain/types.ts";
import { LINK_KEYS } from "../testing/arbitraries.ts";
import { weightsWith } from "../testing/fixtures.ts";
import type { LinkParams } from "./link-params.ts";
import { MAX_VALUE_LENGTH } from "./link-params.ts";
import { describeLinkProblem } from "./link-problem-text.ts";
import type { LinkVocabulary, ShareState } from "./share-state.ts";
import {
  DEFAULT_SORT,
  MATRIX_DETAILS,
  MAX_COMPARE,
  MAX_SEARCH_LENGTH,
  MIN_COMPARE,
  SORT_COLUMNS,
  VIEWS,
} from "./share-state.ts";
import {
  decodeShareUrl,
  defaultShareState,
  encodeShareUrl,
  MAX_LINK_LENGTH,
  normalizeShareState,
  SHARE_URL_VERSION,
  upgradeLinkParams,
} from "./share-url.ts";
import type { ShareUrlProblem } from "./share-url-problem.ts";

/** A small made-up catalogue: what most cases decode against. */
const FIXTURE: LinkVocabulary = {
  frameworkIds: ["alpha", "beta", "gamma", "delta", "epsilon"],
  languageIds: ["python", "ruby", "gleam"],
};

/** The ids that links were first written with, so that real old links stay covered. */
const FIRST_IDS: LinkVocabulary = {
  frameworkIds: [
    "nodejs",
    "express",
    "django",
    "aspnet-core",
    "laravel",
    "flask",
    "spring-boot",
    "cakephp",
    "rails",
    "phoenix",
  ],
  languageIds: [
    "javascript",
    "typescript",
    "python",
    "csharp",
    "php",
    "java",
    "kotlin",
    "ruby",
    "elixir",
  ],
};

const KEYS = LINK_KEYS;
const HOSTILE_KEYS = ["__proto__", "constructor", "toString", "prototype", "valueOf", ""];
const RUNS = { numRuns: 10000 };

/** Independent oracle for "a state the app can render", written without the codec's helpers. */
function isValidShareState(value: unknown, vocabulary: LinkVocabulary): value is ShareState {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Record<string, unknown>;
  const fields = [
    "compare",
    "detail",
    "kinds",
    "languages",
    "members",
    "own",
    "scores",
    "search",
    "sort",
    "view",
    "weights",
  ];
  if (Object.keys(s).sort().join() !== fields.join()) return false;
  const weights = s.weights as Record<string, unknown> | null;
  if (typeof weights !== "object" || weights === null) return false;
  if (Object.keys(weights).sort().join() !== [...CRITERION_IDS].sort().join()) return false;
  if (!CRITERION_IDS.every((id) => [0, 1, 2, 3, 4, 5].includes(weights[id] as number))) {
    return false;
  }
  const sort = s.sort as Record<string, unknown> | null;
  if (typeof sort !== "object" || sort === null) return false;
  const own = s.own as { name: unknown; languages: unknown; scores: unknown }[];
  const ownOk =
    Array.isArray(own) &&
    own.length <= 3 &&
    own.every(
      (o) =>
        typeof o.name === "string" &&
        o.name === o.name.trim() &&
        !/[\p{Cc}\p{Cf}\p{Cs}]/u.test(o.name) &&
        Array.from(o.name).length >= 1 &&
        Array.from(o.name).length <= 40 &&
        isIdList(o.languages, vocabulary.languageIds) &&
        Array.isArray(o.scores) &&
        o.scores.length === 9 &&
        o.scores.every((v) => [1, 2, 3, 4, 5].includes(v)),
    );
  const scores = s.scores as { framework: unknown; criterion: unknown; value: unknown }[];
  const pairs = Array.isArray(scores) ? scores.map((o) => `${o.framework}.${o.criterion}`) : [];
  const scoresOk =
    Array.isArray(scores) &&
    scores.length <= 30 &&
    new Set(pairs).size === pairs.length &&
    scores.every(
      (o) =>
        vocabulary.frameworkIds.includes(o.framework as string) &&
        (CRITERION_IDS as readonly unknown[]).includes(o.criterion) &&
        [1, 2, 3, 4, 5].includes(o.value as number),
    );
  const comparable = [...vocabulary.frameworkIds, ...["own1", "own2", "own3"].slice(0, own.length)];
  const compareOk = isIdList(s.compare, comparable) && [0, 2, 3, 4].includes(s.compare.length);
  const members = s.members as { name: unknown; languages: unknown; weights: unknown }[];
  const membersOk =
    Array.isArray(members) &&
    members.length <= 12 &&
    members.every(
      (m) =>
        typeof m.name === "string" &&
        m.name === m.name.trim() &&
        !/[\p{Cc}\p{Cf}\p{Cs}]/u.test(m.name) &&
        Array.from(m.name).length >= 1 &&
        Array.from(m.name).length <= 40 &&
        isIdList(m.languages, vocabulary.languageIds) &&
        typeof m.weights === "object" &&
        m.weights !== null &&
        Object.keys(m.weights).sort().join() === [...CRITERION_IDS].sort().join() &&
        CRITERION_IDS.every((id) =>
          [0, 1, 2, 3, 4, 5].includes((m.weights as Record<string, unknown>)[id] as number),
        ),
    );
  return (
    membersOk &&
    ownOk &&
    scoresOk &&
    isIdList(s.languages, vocabulary.languageIds) &&
    isIdList(s.kinds, FRAMEWORK_KINDS) &&
    compareOk &&
    (VIEWS as readonly unknown[]).includes(s.view) &&
    (SORT_COLUMNS as readonly unknown[]).includes(sort.column) &&
    (sort.direction === "asc" || sort.direction === "desc") &&
    typeof s.search === "string" &&
    s.search.length <= 100 &&
    !/\p{Cs}/u.test(s.search) &&
    (s.detail === "short" || s.detail === "full")
  );
}

function isIdList(value: unknown, known: readonly string[]): value is string[] {
  return (
    Array.isArray(value) &&
    value.every((item) => known.includes(item)) &&
    new Set(value).size === value.length
  );
}

/** Every problem names a known key (or "" for the whole link), echoes short values, has words. */
function expectReadableProblems(problems: readonly ShareUrlProblem[]) {
  for (const p of problems) {
    expect(["", ...KEYS]).toContain(p.key);
    expect(Array.from(p.value).length).toBeLessThanOrEqual(41);
    if (p.kind === "unknown-ids") {
      for (const id of p.ids) expect(Array.from(id).length).toBeLessThanOrEqual(41);
    }
    expect(p).not.toHaveProperty("message");
    expect(describeLinkProblem(p).length).toBeGreaterThan(0);
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
  /** The catalogue the link is read against; FIXTURE unless a case needs the first ids. */
  vocabulary?: LinkVocabulary;
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
    name: "v=01 is read as 1 and the rest of the link still counts",
    search: "?v=01&orm=1",
    state: stateWith({ weights: { orm: 1 }, view: "results" }),
    problems: ["v"],
    weightsGiven: true,
  },
  {
    name: "only one ? is stripped",
    search: "??view=matrix",
    state: stateWith({}),
    problems: [],
  },
  // Real links written with the first catalogue's ids.
  {
    name: "the documented example link",
    search: "?v=1&performance=5&realtime=4&orm=3&lang=python,ruby&view=results",
    state: stateWith({
      weights: { performance: 5, realtime: 4, orm: 3 },
      languages: ["python", "ruby"],
      view: "results",
    }),
    problems: [],
    weightsGiven: true,
    vocabulary: FIRST_IDS,
  },
  {
    name: "README example",
    search: `?v=1&${DEFAULT_WEIGHT_PAIRS.replace("realtime=2", "realtime=4").replace("performance=3", "performance=5")}&lang=python,ruby`,
    state: stateWith({
      weights: { performance: 5, realtime: 4 },
      languages: ["python", "ruby"],
      view: "results",
    }),
    problems: [],
    weightsGiven: true,
    vocabulary: FIRST_IDS,
  },
  {
    name: "compare two of the first frameworks",
    search: "?compare=django,rails",
    state: stateWith({ compare: ["django", "rails"] }),
    problems: [],
    vocabulary: FIRST_IDS,
  },
  {
    name: "compare four of the first frameworks",
    search: "?compare=phoenix,nodejs,aspnet-core,spring-boot",
    state: stateWith({ compare: ["phoenix", "nodejs", "aspnet-core", "spring-boot"] }),
    problems: [],
    vocabulary: FIRST_IDS,
  },
  {
    name: "the first catalogue's languages, with an unknown one",
    search: "?lang=elixir,klingon,csharp",
    state: stateWith({ languages: ["elixir", "csharp"] }),
    problems: ["lang"],
    vocabulary: FIRST_IDS,
  },
  // Weights.
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
    search: "?lang=Python,klingon,gleam",
    state: stateWith({ languages: ["gleam"] }),
    problems: ["lang"],
  },
  {
    name: "a language outside the catalogue is unknown",
    search: "?lang=elixir",
    state: stateWith({}),
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
    search: "?compare=alpha,beta",
    state: stateWith({ compare: ["alpha", "beta"] }),
    problems: [],
  },
  {
    name: "compare four",
    search: "?compare=epsilon,alpha,delta,gamma",
    state: stateWith({ compare: ["epsilon", "alpha", "delta", "gamma"] }),
    problems: [],
  },
  { name: "empty compare = none", search: "?compare=", state: stateWith({}), problems: [] },
  {
    name: "compare five is too many",
    search: "?compare=alpha,beta,gamma,delta,epsilon",
    state: stateWith({}),
    problems: ["compare"],
  },
  {
    name: "compare one is too few",
    search: "?compare=alpha",
    state: stateWith({}),
    problems: ["compare"],
  },
  {
    name: "compare duplicates collapse before counting",
    search: "?compare=alpha,alpha",
    state: stateWith({}),
    problems: ["compare"],
  },
  {
    name: "compare drops unknown ids and keeps the rest",
    search: "?compare=alpha,django,beta",
    state: stateWith({ compare: ["alpha", "beta"] }),
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
    state: stateWith({ search: "rest api" }),
    problems: [],
  },
  {
    name: "q with +",
    search: "?q=rest+api",
    state: stateWith({ search: "rest api" }),
    problems: [],
  },
  {
    name: "q with %2B and %26",
    search: "?q=c%2B%2B%26",
    state: stateWith({ search: "c++&" }),
    problems: [],
  },
  {
    name: "q at the search limit",
    search: `?q=${"é".repeat(MAX_SEARCH_LENGTH)}`,
    state: stateWith({ search: "é".repeat(MAX_SEARCH_LENGTH) }),
    problems: [],
  },
  {
    name: "q over the search limit",
    search: `?q=${"a".repeat(MAX_SEARCH_LENGTH + 1)}`,
    state: stateWith({}),
    problems: ["q"],
  },
  // Matrix detail; links from before the key existed show the short lists.
  {
    name: "detail=full",
    search: "?view=matrix&detail=full",
    state: stateWith({ view: "matrix", detail: "full" }),
    problems: [],
  },
  {
    name: "detail=short is the default, said out loud",
    search: "?detail=short",
    state: stateWith({ detail: "short" }),
    problems: [],
  },
  ...["FULL", "", "long", "full,short", " full"].map(
    (bad): DecodeCase => ({
      name: `detail "${bad}" falls back to short`,
      search: `?detail=${encodeURIComponent(bad)}`,
      state: stateWith({}),
      problems: ["detail"],
    }),
  ),
  {
    name: "repeated detail falls back to short",
    search: "?detail=full&detail=full",
    state: stateWith({}),
    problems: ["detail"],
  },
  {
    name: "a matrix link written before detail existed opens the short lists, sort and search kept",
    search: `?v=1&${DEFAULT_WEIGHT_PAIRS}&view=matrix&sort=realtime:desc&kind=micro&q=websocket`,
    state: stateWith({
      view: "matrix",
      sort: { column: "realtime", direction: "desc" },
      kinds: ["micro"],
      search: "websocket",
      detail: "short",
    }),
    problems: [],
    weightsGiven: true,
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
    name: "link of exactly the longest length read is read",
    search: `?view=matrix&q=${"a".repeat(MAX_LINK_LENGTH - 14)}`,
    state: stateWith({ view: "matrix" }),
    problems: ["q"],
  },
  {
    name: "link over the longest length read opens the defaults",
    search: `?performance=5&view=matrix&q=${"a".repeat(MAX_LINK_LENGTH)}`,
    state: stateWith({}),
    problems: [""],
    weightsGiven: false,
  },
  // Malformed percent-encoding.
  {
    name: "malformed percent-encoding in a value",
    search: "?q=%E0%A4%A",
    state: stateWith({ search: "\uFFFD%A" }),
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
    vocabulary: FIRST_IDS,
  },
  // Your scores (`score`).
  {
    name: "score overrides in link order",
    search: "?score=beta.realtime.5,alpha.orm.1",
    state: stateWith({
      scores: [
        { framework: "beta", criterion: "realtime", value: 5 },
        { framework: "alpha", criterion: "orm", value: 1 },
      ],
    }),
    problems: [],
  },
  {
    name: "bad score entries are dropped, good ones kept",
    search: "?score=beta.realtime.6,nope.orm.2,alpha.speed.3,alpha.orm.2,alpha.orm.4,gamma.orm",
    state: stateWith({ scores: [{ framework: "alpha", criterion: "orm", value: 2 }] }),
    problems: ["score"],
  },
  {
    name: "more than 30 overrides keeps the first 30",
    search: `?score=${["alpha", "beta", "gamma", "delta"]
      .flatMap((f) => CRITERION_IDS.map((c) => `${f}.${c}.3`))
      .join(",")}`,
    state: stateWith({
      scores: ["alpha", "beta", "gamma", "delta"]
        .flatMap((framework) =>
          CRITERION_IDS.map((criterion) => ({ framework, criterion, value: 3 })),
        )
        .slice(0, 30),
    }),
    problems: ["score"],
  },
  {
    name: "a repeated score key keeps the dataset's scores",
    search: "?score=alpha.orm.1&score=beta.orm.2",
    state: stateWith({}),
    problems: ["score"],
  },
  // Your own options (`own`).
  {
    name: "own options, with dots and spaces in the name",
    search: "?own=543233422.python-ruby.Our%20stack%20v2.1&own=111111111..In-house",
    state: stateWith({
      own: [
        {
          name: "Our stack v2.1",
          languages: ["python", "ruby"],
          scores: [5, 4, 3, 2, 3, 3, 4, 2, 2],
        },
        { name: "In-house", languages: [], scores: [1, 1, 1, 1, 1, 1, 1, 1, 1] },
      ],
    }),
    problems: [],
  },
  {
    name: "own options can be compared as own1 and own2",
    search: "?own=555555555..Mine&compare=own1,alpha",
    state: stateWith({
      own: [{ name: "Mine", languages: [], scores: [5, 5, 5, 5, 5, 5, 5, 5, 5] }],
      compare: ["own1", "alpha"],
    }),
    problems: [],
  },
  {
    name: "compare naming an own option the link does not have",
    search: "?own=555555555..Mine&compare=own2,alpha,beta",
    state: stateWith({
      own: [{ name: "Mine", languages: [], scores: [5, 5, 5, 5, 5, 5, 5, 5, 5] }],
      compare: ["alpha", "beta"],
    }),
    problems: ["compare"],
  },
  {
    name: "malformed own options are dropped and named",
    search: `?own=12345.python.Short&own=603233422..Six&own=543233422..&own=543233422.python&own=543233422..${"x".repeat(41)}&own=543233422..Good`,
    state: stateWith({
      own: [{ name: "Good", languages: [], scores: [5, 4, 3, 2, 3, 3, 4, 2, 2] }],
    }),
    problems: ["own"],
  },
  {
    name: "an own option keeps its known languages and reports the unknown",
    search: "?own=543233422.klingon-python.Mine",
    state: stateWith({
      own: [{ name: "Mine", languages: ["python"], scores: [5, 4, 3, 2, 3, 3, 4, 2, 2] }],
    }),
    problems: ["own"],
  },
  {
    name: "an own name is plain text: controls and bidi marks are removed",
    search: "?own=543233422..%E2%80%AEevil%0A%20name%20",
    state: stateWith({
      own: [{ name: "evil name", languages: [], scores: [5, 4, 3, 2, 3, 3, 4, 2, 2] }],
    }),
    problems: [],
  },
  {
    name: "a fourth own option is dropped",
    search: "?own=111111111..A&own=222222222..B&own=333333333..C&own=444444444..D",
    state: stateWith({
      own: ["A", "B", "C"].map((name, i) => ({
        name,
        languages: [],
        scores: Array<number>(9).fill(i + 1),
      })),
    }),
    problems: ["own"],
  },
  // Team members (`m`).
  {
    name: "the documented team link",
    search: "?v=1&view=team&m=543233422.python-ruby.Ana&m=335244231..Ben",
    state: stateWith({
      view: "team",
      members: [
        {
          name: "Ana",
          weights: {
            performance: 5,
            scalability: 4,
            realtime: 3,
            orm: 2,
            learning: 3,
            productivity: 3,
            ecosystem: 4,
            security: 2,
            flexibility: 2,
          },
          languages: ["python", "ruby"],
        },
        {
          name: "Ben",
          weights: {
            performance: 3,
            scalability: 3,
            realtime: 5,
            orm: 2,
            learning: 4,
            productivity: 4,
            ecosystem: 2,
            security: 3,
            flexibility: 1,
          },
          languages: [],
        },
      ],
    }),
    problems: [],
  },
  {
    name: "malformed members are dropped and named; a name may hold dots",
    search: "?m=12345.python.Short&m=603233422..Six&m=543233422..&m=000000000..Dr.%20No",
    state: stateWith({
      view: "team",
      members: [{ name: "Dr. No", weights: weightsWith(0), languages: [] }],
    }),
    problems: ["m"],
  },
  {
    name: "a thirteenth member is dropped",
    search: `?${Array.from({ length: 13 }, (_, i) => `m=333333333..P${i}`).join("&")}`,
    state: stateWith({
      view: "team",
      members: Array.from({ length: 12 }, (_, i) => ({
        name: `P${i}`,
        weights: weightsWith(3),
        languages: [],
      })),
    }),
    problems: ["m"],
  },
];

describe("decodeShareUrl", () => {
  it.each(decodeCases)("$name", ({ search, state, problems, weightsGiven = false, vocabulary }) => {
    const decoded = decodeShareUrl(search, vocabulary ?? FIXTURE);
    expect(decoded.state).toEqual(state);
    expect(decoded.problems.map((p) => p.key)).toEqual(problems);
    expect(decoded.weightsGiven).toBe(weightsGiven);
    expectReadableProblems(decoded.problems);
  });

  it("explains the hostile link in plain words", () => {
    const { problems } = decodeShareUrl(
      "?performance=99&lang=klingon,python&view=<script>alert(1)</script>&compare=django",
      FIRST_IDS,
    );
    expect(problems.map(describeLinkProblem)).toEqual([
      '"performance=99" is not a weight from 0 to 5; used 3 instead.',
      '"lang=klingon,python" names an unknown language (klingon); it was left out.',
      '"view=<script>alert(1)</script>" is not a view (quiz, results, matrix, compare, team, about); ' +
        "opened the results view instead.",
      '"compare=django" does not name 2 to 4 known frameworks; compared no frameworks instead.',
    ]);
  });

  it("reports problems as data: kind, key, shown value and what was used", () => {
    const decode = (search: string) => decodeShareUrl(search, FIXTURE).problems;
    expect(decode("?v=7&orm=9&compare=alpha,zeta,omega&sort=up&view=x&lang=Ruby")).toEqual([
      { kind: "bad-version", key: "v", value: "7", latest: 1, fallback: "1" },
      { kind: "bad-weight", key: "orm", value: "9", fallback: "3" },
      { kind: "unknown-ids", key: "lang", value: "Ruby", ids: ["Ruby"] },
      { kind: "bad-view", key: "view", value: "x", fallback: "results" },
      { kind: "unknown-ids", key: "compare", value: "alpha,zeta,omega", ids: ["zeta", "omega"] },
      {
        kind: "bad-compare-count",
        key: "compare",
        value: "alpha,zeta,omega",
        count: 1,
        fallback: "",
      },
      { kind: "bad-sort", key: "sort", value: "up", fallback: "fit:desc" },
    ]);
    expect(decode("?view=quiz&view=matrix&q=é")).toEqual([
      { kind: "repeated", key: "view", value: "quiz, matrix", count: 2, fallback: "quiz" },
    ]);
  });

  it("names repeats, over-long values and over-long links", () => {
    const messages = (search: string) =>
      decodeShareUrl(search, FIXTURE).problems.map(describeLinkProblem);
    expect(messages("?orm=1&orm=2")).toEqual([
      '"orm" is given 2 times in the link; used 3 instead.',
    ]);
    expect(messages(`?view=${"x".repeat(MAX_VALUE_LENGTH + 1)}`)[0]).toMatch(
      /^"view=x{40}…" is longer than 200 characters; opened the quiz view instead\.$/,
    );
    expect(messages(`?q=${"a".repeat(12500)}`)).toEqual([
      "The link is 12502 characters long, more than the 12000 this app reads; " +
        "opened the default settings instead.",
    ]);
  });

  it("names the score and own-option entries it left out, and the ones over the limit", () => {
    const messages = (search: string) =>
      decodeShareUrl(search, FIXTURE).problems.map(describeLinkProblem);
    expect(messages("?score=alpha.orm.9,alpha.realtime.4")).toEqual([
      '"score=alpha.orm.9,alpha.realtime.4" has a score that could not be read ("alpha.orm.9"); it was left out.',
    ]);
    expect(messages("?own=12..A&own=123451234..B&own=9..C")).toEqual([
      '"own=12..A, 123451234..B, 9..C" has 2 own options that could not be read ("12..A", "9..C"); they were left out.',
    ]);
    expect(messages("?own=111111111.klingon.A")).toEqual([
      '"own=111111111.klingon.A" names an unknown language (klingon); it was left out.',
    ]);
    expect(
      messages("?own=111111111..A&own=111111111..B&own=111111111..C&own=111111111..D"),
    ).toEqual([
      '"own=111111111..A, 111111111..B, 111111111..C…" gives 4 own options, more than 3; the first 3 were kept.',
    ]);
  });

  it("shortens echoed values and masks control characters", () => {
    const [problem] = decodeShareUrl(`?sort=a%0Ab%E2%80%AEc${"z".repeat(100)}`, FIXTURE).problems;
    expect(problem?.value).toBe(`a\uFFFDb\uFFFDc${"z".repeat(35)}…`);
    expect(problem && describeLinkProblem(problem)).not.toContain("\n");
  });

  it("masks and shortens unknown ids too", () => {
    const [problem] = decodeShareUrl(`?lang=a%0Ab,${"z".repeat(60)}`, FIXTURE).problems;
    expect(problem).toMatchObject({ kind: "unknown-ids", ids: ["a\uFFFDb", `${"z".repeat(40)}…`] });
    expect(problem && describeLinkProblem(problem)).toBe(
      `"lang=a\uFFFDb,${"z".repeat(36)}…" names unknown languages ` +
        `(a\uFFFDb, ${"z".repeat(35)}…); they were left out.`,
    );
  });

  it.each([undefined, null, 42, {}, ["?v=2"], Symbol("x")])(
    "treats %s as an empty link",
    (input) => {
      const decoded = decodeShareUrl(input as unknown as string, FIXTURE);
      expect(decoded).toEqual({ state: defaultShareState(), problems: [], weightsGiven: false });
    },
  );

  it("does not pollute Object.prototype", () => {
    decodeShareUrl(
      "?__proto__=x&__proto__[polluted]=1&constructor[prototype][polluted]=1",
      FIXTURE,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("knows only the ids of the catalogue it is given", () => {
    const search = "?lang=gleam,elixir&compare=alpha,django";
    expect(decodeShareUrl(search, FIXTURE).state).toMatchObject({ languages: ["gleam"] });
    expect(decodeShareUrl(search, FIRST_IDS).state).toMatchObject({ languages: ["elixir"] });
    const grown = { ...FIXTURE, frameworkIds: [...FIXTURE.frameworkIds, "django"] };
    expect(decodeShareUrl(search, grown)).toMatchObject({
      state: { compare: ["alpha", "django"] },
      problems: [{ kind: "unknown-ids", key: "lang", ids: ["elixir"] }],
    });
  });
});

describe("upgradeLinkParams", () => {
  const params = (entries: [string, string[]][]): LinkParams => new Map(entries);

  it.each<{ name: string; input: [string, string[]][]; from: number; problems: string[] }>([
    { name: "no v is version 1", input: [["orm", ["1"]]], from: 1, problems: [] },
    { name: "v=1", input: [["v", ["1"]]], from: 1, problems: [] },
    { name: "unknown v is read as 1", input: [["v", ["9"]]], from: 1, problems: ["bad-version"] },
    {
      name: "repeated v is read as 1",
      input: [["v", ["1", "1"]]],
      from: 1,
      problems: ["repeated"],
    },
    {
      name: "over-long v is read as 1",
      input: [["v", ["1".repeat(MAX_VALUE_LENGTH + 1)]]],
      from: 1,
      problems: ["too-long"],
    },
  ])("$name", ({ input, from, problems }) => {
    const upgraded = upgradeLinkParams(params(input));
    expect(upgraded.from).toBe(from);
    expect(upgraded.problems.map((p) => p.kind)).toEqual(problems);
    expect(upgraded.params.get("v")).toEqual([String(SHARE_URL_VERSION)]);
    for (const [key, values] of input) {
      if (key !== "v") expect(upgraded.params.get(key)).toEqual(values);
    }
  });

  it("leaves the parameters it was given untouched", () => {
    const input = params([["orm", ["1"]]]);
    upgradeLinkParams(input);
    expect([...input]).toEqual([["orm", ["1"]]]);
  });

  it("reads a link without v as the same link with v=1", () => {
    expect(decodeShareUrl("?orm=1&lang=ruby", FIXTURE)).toEqual(
      decodeShareUrl("?v=1&orm=1&lang=ruby", FIXTURE),
    );
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
    search: "c++ & rest=api #1 100%",
    detail: "full",
    scores: [
      { framework: "rails", criterion: "realtime", value: 2 },
      { framework: "django", criterion: "orm", value: 4 },
    ],
    own: [{ name: "Our stack v2.1", languages: ["python"], scores: [1, 2, 3, 4, 5, 5, 4, 3, 2] }],
    members: [
      { name: "Ana", weights: { ...DEFAULT_WEIGHTS, realtime: 5 }, languages: ["python", "ruby"] },
      { name: "Ben", weights: { ...DEFAULT_WEIGHTS, orm: 0 }, languages: [] },
    ],
  };

  it.each<{ name: string; state: ShareState; url: string; vocabulary?: LinkVocabulary }>([
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
      name: "languages and frameworks in the state's order, not the catalogue's",
      state: stateWith({ languages: ["gleam", "python"], compare: ["gamma", "alpha"] }),
      url: "?v=1&lang=gleam,python&compare=gamma,alpha",
    },
    {
      name: "every key, in the fixed order, with the first catalogue's ids",
      state: everything,
      url:
        "?v=1&performance=5&scalability=3&realtime=2&orm=3&learning=3&productivity=3" +
        "&ecosystem=4&security=0&flexibility=2&lang=python,ruby&view=compare" +
        "&compare=django,rails&sort=performance:asc&kind=full-stack" +
        "&q=c%2B%2B%20%26%20rest%3Dapi%20%231%20100%25&detail=full" +
        "&score=rails.realtime.2,django.orm.4&own=123455432.python.Our%20stack%20v2.1" +
        "&m=335333442.python-ruby.Ana&m=332033442..Ben",
      vocabulary: FIRST_IDS,
    },
  ])("$name", ({ state, url, vocabulary = FIXTURE }) => {
    expect(encodeShareUrl(state, vocabulary)).toBe(url);
    expect(decodeShareUrl(url, vocabulary)).toMatchObject({ state, problems: [] });
  });

  it("writes a valid link for an invalid state and never throws", () => {
    const broken = {
      weights: { ...DEFAULT_WEIGHTS, performance: 7, orm: 2.5, learning: Number.NaN, security: 0 },
      languages: ["python", "klingon", "python", 3],
      view: "charts",
      compare: ["alpha"],
      sort: { column: "bogus", direction: "desc" },
      kinds: ["micro", "tiny"],
      search: "\uD800bad",
      detail: "everything",
    } as unknown as ShareState;
    const url = encodeShareUrl(broken, FIXTURE);
    expect(url).toBe(
      `?v=1&${DEFAULT_WEIGHT_PAIRS.replace("security=4", "security=0")}` +
        "&lang=python&view=quiz&kind=micro&q=%EF%BF%BDbad",
    );
    expect(decodeShareUrl(url, FIXTURE).problems).toEqual([]);
  });

  it("drops ids the catalogue does not know", () => {
    const state = stateWith({ languages: ["elixir", "ruby"], compare: ["alpha", "django"] });
    expect(encodeShareUrl(state, FIXTURE)).toBe("?v=1&lang=ruby");
    expect(normalizeShareState(state, FIRST_IDS)).toMatchObject({ languages: ["elixir", "ruby"] });
  });

  it("keeps the first 100 units of an over-long search without splitting a pair", () => {
    const search = `${"a".repeat(MAX_SEARCH_LENGTH - 1)}😀tail`;
    const { state } = decodeShareUrl(encodeShareUrl(stateWith({ search }), FIXTURE), FIXTURE);
    expect(state.search).toBe("a".repeat(MAX_SEARCH_LENGTH - 1));
  });

  it("stays under the link limit in the worst case of the first catalogue", () => {
    const worst: ShareState = {
      weights: { ...DEFAULT_WEIGHTS },
      languages: [...FIRST_IDS.languageIds],
      view: "compare",
      compare: ["aspnet-core", "spring-boot", "express", "laravel"],
      sort: { column: "productivity", direction: "asc" },
      kinds: [...FRAMEWORK_KINDS],
      search: "€".repeat(MAX_SEARCH_LENGTH),
      detail: "full",
      scores: FIRST_IDS.frameworkIds
        .flatMap((framework) =>
          CRITERION_IDS.map((criterion) => ({ framework, criterion, value: 5 })),
        )
        .slice(0, MAX_SCORE_OVERRIDES),
      own: [1, 2, 3].map(() => ({
        name: "€".repeat(MAX_OWN_NAME_LENGTH),
        languages: [...FIRST_IDS.languageIds],
        scores: Array<number>(9).fill(5),
      })),
      members: Array.from({ length: 12 }, () => ({
        name: "€".repeat(40),
        weights: { ...DEFAULT_WEIGHTS },
        languages: [...FIRST_IDS.languageIds],
      })),
    };
    const url = encodeShareUrl(worst, FIRST_IDS);
    expect(url.length - 1).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decodeShareUrl(url, FIRST_IDS)).toEqual({
      state: worst,
      problems: [],
      weightsGiven: true,
    });
  });

  it("defaultShareState returns a fresh copy each time", () => {
    const first = defaultShareState();
    first.weights.performance = 0;
    first.languages.push("python");
    first.sort.direction = "asc";
    expect(defaultShareState()).toEqual(stateWith({}));
    expect(defaultShareState().sort).toEqual(DEFAULT_SORT);
  });
});

const ALPHANUMERIC = [..."abcdefghijklmnopqrstuvwxyz0123456789"];

/** A framework id as the dataset's schema allows: lower-case words joined by "-". */
const frameworkIdArb = fc
  .array(fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: 1, maxLength: 8 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((words) => words.join("-"));

/** A language id as the dataset's schema allows: a letter, then letters and digits. */
const languageIdArb = fc
  .tuple(
    fc.constantFrom(...ALPHANUMERIC.slice(0, 26)),
    fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), maxLength: 9 }),
  )
  .map(([first, rest]) => first + rest);

/** Any catalogue: made-up slug ids of any number (within what a link can hold), or a fixture. */
const vocabularyArb: fc.Arbitrary<LinkVocabulary> = fc.oneof(
  fc.record({
    frameworkIds: fc.uniqueArray(frameworkIdArb, { maxLength: 40 }),
    languageIds: fc.uniqueArray(languageIdArb, { maxLength: 12 }),
  }),
  fc.constantFrom(FIXTURE, FIRST_IDS),
);

const weightsArb: fc.Arbitrary<Weights> = fc
  .tuple(...CRITERION_IDS.map(() => fc.integer({ min: 0, max: 5 })))
  .map((values) => Object.fromEntries(CRITERION_IDS.map((id, i) => [id, values[i]])) as Weights);

const searchArb = fc.oneof(
  fc.string({ maxLength: MAX_SEARCH_LENGTH }),
  fc.string({ unit: "binary", maxLength: MAX_SEARCH_LENGTH / 2 }),
  fc.string({ unit: "grapheme", maxLength: 30 }).filter((s) => s.length <= MAX_SEARCH_LENGTH),
);

/** Some of `ids`, unique, in any order (none when the catalogue has none). */
function someOf(
  ids: readonly string[],
  constraints: { minLength?: number; maxLength?: number },
): fc.Arbitrary<string[]> {
  if (ids.length < (constraints.minLength ?? 0) || ids.length === 0) return fc.constant([]);
  return fc.uniqueArray(fc.constantFrom(...ids), constraints);
}

/** An own option's name: plain text, trimmed, 1..40 code points, any script. */
const ownNameArb = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .map((name) =>
    name
      .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, "")
      .replace(/\s+/gu, " ")
      .trim(),
  )
  .filter((name) => name.length > 0 && Array.from(name).length <= MAX_OWN_NAME_LENGTH);

function ownOptionArb(vocabulary: LinkVocabulary): fc.Arbitrary<OwnOption> {
  return fc.record({
    name: fc.oneof(ownNameArb, fc.constantFrom("a.b.c", "Our 100% stack & co", "..x..")),
    languages: someOf(vocabulary.languageIds, {}),
    scores: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 9, maxLength: 9 }),
  });
}

function overridesArb(vocabulary: LinkVocabulary): fc.Arbitrary<ScoreOverride[]> {
  if (vocabulary.frameworkIds.length === 0) return fc.constant([]);
  return fc.uniqueArray(
    fc.record({
      framework: fc.constantFrom(...vocabulary.frameworkIds),
      criterion: fc.constantFrom(...CRITERION_IDS),
      value: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: MAX_SCORE_OVERRIDES, selector: (o) => `${o.framework}.${o.criterion}` },
  );
}

function shareStateArb(vocabulary: LinkVocabulary): fc.Arbitrary<ShareState> {
  return fc
    .array(ownOptionArb(vocabulary), { maxLength: MAX_OWN_OPTIONS })
    .chain((own) => baseShareStateArb(vocabulary, own));
}

function baseShareStateArb(vocabulary: LinkVocabulary, own: OwnOption[]): fc.Arbitrary<ShareState> {
  const comparable = [...vocabulary.frameworkIds, ...["own1", "own2", "own3"].slice(0, own.length)];
  return fc.record({
    scores: overridesArb(vocabulary),
    own: fc.constant(own),
    members: fc.array(
      fc.record({
        name: fc.oneof(ownNameArb, fc.constantFrom("Ana", "B.e.n", "Zoë 2")),
        weights: weightsArb,
        languages: someOf(vocabulary.languageIds, {}),
      }),
      { maxLength: 12 },
    ),
    weights: weightsArb,
    languages: someOf(vocabulary.languageIds, {}),
    view: fc.constantFrom(...VIEWS),
    compare: fc.oneof(
      fc.constant<string[]>([]),
      someOf(comparable, { minLength: MIN_COMPARE, maxLength: MAX_COMPARE }),
    ),
    sort: fc.record({
      column: fc.constantFrom(...SORT_COLUMNS),
      direction: fc.constantFrom("asc" as const, "desc" as const),
    }),
    kinds: fc.uniqueArray(fc.constantFrom(...FRAMEWORK_KINDS)),
    search: searchArb,
    detail: fc.constantFrom(...MATRIX_DETAILS),
  });
}

/** A catalogue and a valid state of it. */
const stateInVocabularyArb = vocabularyArb.chain((vocabulary) =>
  fc.tuple(fc.constant(vocabulary), shareStateArb(vocabulary)),
);

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

function valueArb(vocabulary: LinkVocabulary): fc.Arbitrary<string> {
  const ids = [...vocabulary.languageIds, ...vocabulary.frameworkIds, ...FRAMEWORK_KINDS];
  return fc.oneof(
    fc.constantFrom("", "0", "1", "2", "5", "6", "3.5", "+3", "03", ...VIEWS, "fit:desc"),
    fc.constantFrom(...MATRIX_DETAILS, "Full", "all"),
    fc.constantFrom("%E0%A4%A", "%", "%%", "%zz", "%F0%9F%98", "<script>alert(1)</script>"),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...ids, "klingon", " "),
          fc.constantFrom(...ids).map((id) => id.toUpperCase()),
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
    fc
      .array(
        fc
          .tuple(
            fc.constantFrom(...ids, "own1", "x"),
            fc.constantFrom(...CRITERION_IDS, "speed"),
            fc.constantFrom("1", "5", "0", "6", "x"),
          )
          .map((parts) => parts.join(".")),
        { maxLength: 40 },
      )
      .map((entries) => entries.join(",")),
    fc
      .tuple(
        fc.constantFrom("123451234", "555555555", "12345", "023451234", ""),
        fc.array(fc.constantFrom(...vocabulary.languageIds, "cobol"), { maxLength: 3 }),
        fc.oneof(fc.string({ maxLength: 45 }), fc.constantFrom("", " ", "a.b", "\u202Eevil")),
      )
      .map(([digits, langs, name]) => `${digits}.${langs.join("-")}.${name}`),
    fc
      .tuple(
        fc.constantFrom("012345012", "555555555", "000000000", "66", "01234501x"),
        fc.array(fc.constantFrom(...vocabulary.languageIds, "cobol"), { maxLength: 3 }),
        fc.oneof(fc.string({ maxLength: 45 }), fc.constantFrom("", "Ana", "a.b")),
      )
      .map(([digits, langs, name]) => `${digits}.${langs.join("-")}.${name}`),
  );
}

const keyArb = fc.oneof(fc.constantFrom(...KEYS, ...HOSTILE_KEYS), fc.string({ maxLength: 8 }));

/** Query strings mixing real and hostile keys with junk values, raw or percent-encoded. */
function builtQueryArb(vocabulary: LinkVocabulary): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom("", "?"),
      fc.array(fc.tuple(keyArb, valueArb(vocabulary), fc.boolean()), { maxLength: 14 }),
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
}

/** A catalogue and any query at all, junk or built from real keys and that catalogue's ids. */
const queryInVocabularyArb = vocabularyArb.chain((vocabulary) =>
  fc.tuple(fc.constant(vocabulary), fc.oneof(anyStringArb, builtQueryArb(vocabulary))),
);

/** Parameter sets as a link may hold them, `v` often among them. */
const paramsArb: fc.Arbitrary<LinkParams> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constant("v"), keyArb),
      fc.array(fc.oneof(fc.constantFrom("1", "2", "", "01", "v1"), valueArb(FIXTURE)), {
        minLength: 1,
        maxLength: 3,
      }),
    ),
    { maxLength: 12 },
  )
  .map((entries) => new Map(entries));

describe("share URL properties", () => {
  it("decoding any string never throws and yields a valid state, whatever the catalogue", () => {
    fc.assert(
      fc.property(vocabularyArb, anyStringArb, (vocabulary, search) => {
        const decoded = decodeShareUrl(search, vocabulary);
        expect(isValidShareState(decoded.state, vocabulary)).toBe(true);
        expectReadableProblems(decoded.problems);
      }),
      RUNS,
    );
  });

  it("decoding queries of real keys and junk values never throws and yields a valid state", () => {
    fc.assert(
      fc.property(
        vocabularyArb.chain((v) => fc.tuple(fc.constant(v), builtQueryArb(v))),
        ([vocabulary, search]) => {
          const decoded = decodeShareUrl(search, vocabulary);
          expect(isValidShareState(decoded.state, vocabulary)).toBe(true);
          expectReadableProblems(decoded.problems);
        },
      ),
      RUNS,
    );
  });

  it("encoding then decoding a valid state gives it back with no problems", () => {
    fc.assert(
      fc.property(stateInVocabularyArb, ([vocabulary, state]) => {
        expect(isValidShareState(state, vocabulary)).toBe(true);
        const url = encodeShareUrl(state, vocabulary);
        expect(url.startsWith(`?v=${SHARE_URL_VERSION}`)).toBe(true);
        expect(url.length - 1).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        const decoded = decodeShareUrl(url, vocabulary);
        expect(decoded.state).toEqual(state);
        expect(decoded.problems).toEqual([]);
        expect(normalizeShareState(state, vocabulary)).toEqual(state);
      }),
      RUNS,
    );
  });

  it("decoding is idempotent through a re-encode", () => {
    fc.assert(
      fc.property(queryInVocabularyArb, ([vocabulary, search]) => {
        const once = decodeShareUrl(search, vocabulary).state;
        const url = encodeShareUrl(once, vocabulary);
        const twice = decodeShareUrl(url, vocabulary);
        expect(twice.state).toEqual(once);
        expect(twice.problems).toEqual([]);
        expect(encodeShareUrl(twice.state, vocabulary)).toBe(url);
      }),
      RUNS,
    );
  });

  it("upgrading is idempotent and ends at the current version, so it cannot loop", () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const upgraded = upgradeLinkParams(params);
        expect(upgraded.from).toBeGreaterThanOrEqual(1);
        expect(upgraded.from).toBeLessThanOrEqual(SHARE_URL_VERSION);
        expect(upgraded.params.get("v")).toEqual([String(SHARE_URL_VERSION)]);
        const again = upgradeLinkParams(upgraded.params);
        expect(again.from).toBe(SHARE_URL_VERSION);
        expect(again.problems).toEqual([]);
        expect([...again.params]).toEqual([...upgraded.params]);
      }),
      RUNS,
    );
  });
});
