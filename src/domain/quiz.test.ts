import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "./default-profile.ts";
import type { Answers, QuestionId } from "./quiz.ts";
import { answersToWeights, quizQuestions } from "./quiz.ts";
import type { Weights } from "./types.ts";
import { CRITERION_IDS } from "./types.ts";

const catalogue = {
  languages: [
    { id: "python", name: "Python" },
    { id: "csharp", name: "C#" },
    { id: "ruby", name: "Ruby" },
    { id: "elixir", name: "Elixir" },
  ],
};
const LANGUAGE_IDS = catalogue.languages.map((l) => l.id);
const QUESTIONS = quizQuestions(catalogue);

const withDefaults = (overrides: Partial<Weights>): Weights => ({
  ...DEFAULT_WEIGHTS,
  ...overrides,
});

describe("QUESTIONS", () => {
  it("asks languages first as checkboxes with the catalogue's languages, in its order", () => {
    const [languages] = QUESTIONS;
    expect(languages?.id).toBe("languages");
    expect(languages?.multiple).toBe(true);
    expect(languages?.options.map((o) => o.id)).toEqual(LANGUAGE_IDS);
    expect(languages?.options.map((o) => o.label)).toContain("C#");
  });

  it("asks what is being built right after the languages", () => {
    expect(QUESTIONS[1]?.id).toBe("building");
    expect(QUESTIONS[1]?.options.map((o) => o.id)).toEqual(["api", "pages", "both"]);
  });

  it("asks every other question once as a radio group of 3 or 4 options with unique ids", () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(10);
    for (const q of QUESTIONS.slice(1)) {
      expect(q.multiple).toBe(false);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(4);
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
      expect(q.prompt.length).toBeLessThan(60);
      expect(q.hint.length).toBeLessThan(100);
    }
  });
});

describe("answersToWeights", () => {
  it.each<{ name: string; answers: Answers; weights: Weights }>([
    { name: "no answers keep the defaults", answers: {}, weights: { ...DEFAULT_WEIGHTS } },
    {
      name: "realtime none -> 0",
      answers: { realtime: "none" },
      weights: withDefaults({ realtime: 0 }),
    },
    {
      name: "realtime some -> 3",
      answers: { realtime: "some" },
      weights: withDefaults({ realtime: 3 }),
    },
    {
      name: "realtime core -> 5",
      answers: { realtime: "core" },
      weights: withDefaults({ realtime: 5 }),
    },
    { name: "data light -> orm 1", answers: { data: "light" }, weights: withDefaults({ orm: 1 }) },
    { name: "data heavy -> orm 5", answers: { data: "heavy" }, weights: withDefaults({ orm: 5 }) },
    {
      name: "experience new -> learning 5",
      answers: { experience: "new" },
      weights: withDefaults({ learning: 5 }),
    },
    {
      name: "experience senior -> learning 1",
      answers: { experience: "senior" },
      weights: withDefaults({ learning: 1 }),
    },
    {
      name: "load small -> performance 1, scalability 1",
      answers: { load: "small" },
      weights: withDefaults({ performance: 1, scalability: 1 }),
    },
    {
      name: "load high -> performance 4, scalability 4",
      answers: { load: "high" },
      weights: withDefaults({ performance: 4, scalability: 4 }),
    },
    {
      name: "load extreme -> performance 5, scalability 5",
      answers: { load: "extreme" },
      weights: withDefaults({ performance: 5, scalability: 5 }),
    },
    {
      name: "time to market weeks -> productivity 5",
      answers: { timeToMarket: "weeks" },
      weights: withDefaults({ productivity: 5 }),
    },
    {
      name: "time to market relaxed -> productivity 1",
      answers: { timeToMarket: "relaxed" },
      weights: withDefaults({ productivity: 1 }),
    },
    {
      name: "security regulated -> 5",
      answers: { security: "regulated" },
      weights: withDefaults({ security: 5 }),
    },
    {
      name: "security basic -> 2",
      answers: { security: "basic" },
      weights: withDefaults({ security: 2 }),
    },
    {
      name: "conventions -> flexibility 0, default productivity 3 + 1 = 4",
      answers: { conventions: "conventions" },
      weights: withDefaults({ flexibility: 0, productivity: 4 }),
    },
    {
      name: "freedom -> flexibility 5, default productivity 3 - 1 = 2",
      answers: { conventions: "freedom" },
      weights: withDefaults({ flexibility: 5, productivity: 2 }),
    },
    {
      name: "weeks + conventions -> productivity 5 + 1 clamped to 5",
      answers: { timeToMarket: "weeks", conventions: "conventions" },
      weights: withDefaults({ productivity: 5, flexibility: 0 }),
    },
    {
      name: "relaxed + freedom -> productivity 1 - 1 = 0",
      answers: { timeToMarket: "relaxed", conventions: "freedom" },
      weights: withDefaults({ productivity: 0, flexibility: 5 }),
    },
    {
      name: "ecosystem low -> 1",
      answers: { ecosystem: "low" },
      weights: withDefaults({ ecosystem: 1 }),
    },
    {
      name: "ecosystem high -> 5",
      answers: { ecosystem: "high" },
      weights: withDefaults({ ecosystem: 5 }),
    },
    {
      name: "building api -> productivity 3 - 1 = 2, flexibility 2 + 1 = 3",
      answers: { building: "api" },
      weights: withDefaults({ productivity: 2, flexibility: 3 }),
    },
    {
      name: "building pages -> productivity 3 + 1 = 4, orm 3 + 1 = 4",
      answers: { building: "pages" },
      weights: withDefaults({ productivity: 4, orm: 4 }),
    },
    {
      name: "building both -> the defaults",
      answers: { building: "both" },
      weights: { ...DEFAULT_WEIGHTS },
    },
    {
      name: "api nudges the answers of later questions, whatever the order they are given in",
      answers: { conventions: "balanced", timeToMarket: "weeks", building: "api" },
      weights: withDefaults({ productivity: 4, flexibility: 3 }),
    },
    {
      name: "api + freedom: flexibility 5 + 1 clamped to 5, productivity 3 - 1 - 1 = 1",
      answers: { building: "api", conventions: "freedom" },
      weights: withDefaults({ productivity: 1, flexibility: 5 }),
    },
    {
      name: "api + relaxed + freedom: productivity 1 - 1 - 1 clamped to 0",
      answers: { building: "api", timeToMarket: "relaxed", conventions: "freedom" },
      weights: withDefaults({ productivity: 0, flexibility: 5 }),
    },
    {
      name: "pages + weeks + conventions: productivity 5 + 1 + 1 clamped to 5",
      answers: { building: "pages", timeToMarket: "weeks", conventions: "conventions" },
      weights: withDefaults({ productivity: 5, flexibility: 0, orm: 4 }),
    },
    {
      name: "pages + heavy data: orm 5 + 1 clamped to 5",
      answers: { building: "pages", data: "heavy" },
      weights: withDefaults({ productivity: 4, orm: 5 }),
    },
    {
      name: "api + light data: orm untouched by api",
      answers: { building: "api", data: "light" },
      weights: withDefaults({ productivity: 2, flexibility: 3, orm: 1 }),
    },
    {
      name: "api weighs batteries less than pages for the same other answers",
      answers: { building: "api", timeToMarket: "months" },
      weights: withDefaults({ productivity: 2, flexibility: 3 }),
    },
    {
      name: "unknown option ids and arrays on radio questions are ignored",
      answers: { realtime: "always", load: ["high"], security: "__proto__", building: "spa" },
      weights: { ...DEFAULT_WEIGHTS },
    },
  ])("$name", ({ answers, weights }) => {
    expect(answersToWeights(answers, catalogue).weights).toEqual(weights);
  });

  it.each<{ languages: Answers["languages"]; expected: string[] }>([
    { languages: undefined, expected: [] },
    { languages: [], expected: [] },
    { languages: ["ruby", "python", "ruby", "cobol"], expected: ["python", "ruby"] },
    { languages: "elixir", expected: ["elixir"] },
  ])("languages $languages -> $expected", ({ languages, expected }) => {
    const answers: Answers = languages === undefined ? {} : { languages };
    expect(answersToWeights(answers, catalogue).languages).toEqual(expected);
  });

  it("does not share state with DEFAULT_WEIGHTS", () => {
    answersToWeights({}, catalogue).weights.orm = 0;
    expect(DEFAULT_WEIGHTS.orm).toBe(3);
  });

  it("always gives integer weights 0..5 for any answers (1,000 runs)", () => {
    const optionIds = QUESTIONS.flatMap((q) => q.options.map((o) => o.id));
    const answer = fc.oneof(
      fc.constantFrom(...optionIds),
      fc.string(),
      fc.array(fc.constantFrom(...optionIds, "x")),
    );
    const questionIds = QUESTIONS.map((q) => q.id) as QuestionId[];
    const answersArb = fc.dictionary(
      fc.constantFrom(...questionIds),
      answer,
    ) as fc.Arbitrary<Answers>;
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { weights, languages } = answersToWeights(answers, catalogue);
        for (const id of CRITERION_IDS) {
          expect(Number.isInteger(weights[id]) && weights[id] >= 0 && weights[id] <= 5).toBe(true);
        }
        for (const language of languages) expect(LANGUAGE_IDS).toContain(language);
      }),
      { numRuns: 1000 },
    );
  });
});
