/** Decision-record inputs built from the fixture datasets: one per kind of record the app writes. */
import type { DecisionRecordInput } from "../domain/decision-record.ts";
import { withOwnOptions } from "../domain/own-options.ts";
import { applyScoreOverrides } from "../domain/score-overrides.ts";
import type { TeamMember } from "../domain/team-members.ts";
import { FIXTURE_DATASET, weightsWith } from "./fixtures.ts";

const DATE = "2026-12-01";
const ORIGIN = "https://fit.example/";

/** A team member from weights in link order (nine digits) and languages. */
export function member(name: string, digits: string, languages: readonly string[]): TeamMember {
  return {
    name,
    weights: weightsWith(0, {
      performance: Number(digits[0]),
      scalability: Number(digits[1]),
      realtime: Number(digits[2]),
      orm: Number(digits[3]),
      learning: Number(digits[4]),
      productivity: Number(digits[5]),
      ecosystem: Number(digits[6]),
      security: Number(digits[7]),
      flexibility: Number(digits[8]),
    }),
    languages: [...languages],
  };
}

/** One person's record: a language filter, one own score and one own option. */
export function profileRecordInput(): DecisionRecordInput {
  const dataset = withOwnOptions(
    applyScoreOverrides(FIXTURE_DATASET, [{ framework: "bravo", criterion: "realtime", value: 5 }]),
    [{ name: "Our stack", languages: [], scores: [3, 3, 4, 4, 3, 3, 2, 4, 3] }],
  );
  return {
    dataset,
    weights: weightsWith(0, { performance: 2, realtime: 5, orm: 4, ecosystem: 1, security: 4 }),
    languages: ["python", "ruby", "javascript"],
    decisionMakers: ["Ana", "Ben"],
    context: "",
    date: DATE,
    link: `${ORIGIN}?v=1&performance=2&scalability=0&realtime=5&orm=4&learning=0&productivity=0&ecosystem=1&security=4&flexibility=0&lang=python,ruby,javascript&score=bravo.realtime.5&own=334433243..Our%20stack`,
  };
}

/** A team of three whose languages leave two frameworks out. */
export function teamRecordInput(): DecisionRecordInput {
  const members = [
    member("Ana", "355105040", ["python", "ruby", "javascript"]),
    member("Ben", "102540330", []),
    member("Chloé", "333232321", ["python", "ruby", "javascript", "elixir"]),
  ];
  return {
    dataset: FIXTURE_DATASET,
    weights: weightsWith(3),
    languages: [],
    members,
    decisionMakers: ["Someone typed"],
    context: "",
    date: DATE,
    link: `${ORIGIN}?v=1&view=team&m=355105040.python-ruby-javascript.Ana&m=102540330..Ben&m=333232321.python-ruby-javascript-elixir.Chlo%C3%A9`,
  };
}

/** A team whose members share no language, so every framework is ranked. */
export function teamWithoutCommonLanguageInput(): DecisionRecordInput {
  return {
    ...teamRecordInput(),
    members: [member("Ana", "552000000", ["python"]), member("Ben", "000055500", ["ruby"])],
    link: `${ORIGIN}?v=1&view=team&m=552000000.python.Ana&m=000055500.ruby.Ben`,
  };
}

/** A language filter that leaves one framework: no runner-up; nobody named as decision-maker. */
export function oneOptionRecordInput(): DecisionRecordInput {
  return {
    dataset: FIXTURE_DATASET,
    weights: weightsWith(3, { realtime: 5 }),
    languages: ["python"],
    decisionMakers: [],
    context: "",
    date: DATE,
    link: `${ORIGIN}?v=1&performance=3&scalability=3&realtime=5&orm=3&learning=3&productivity=3&ecosystem=3&security=3&flexibility=3&lang=python`,
  };
}

/** Every weight 0 and no language: every criterion counts the same; the user wrote the context. */
export function unweightedRecordInput(): DecisionRecordInput {
  return {
    dataset: FIXTURE_DATASET,
    weights: weightsWith(0),
    languages: [],
    decisionMakers: ["Dana"],
    context:
      "We are replacing the **old** billing service.\n\n  It must go live by March;\nthe team knows Python best.\n",
    date: DATE,
    link: `${ORIGIN}?v=1&performance=0&scalability=0&realtime=0&orm=0&learning=0&productivity=0&ecosystem=0&security=0&flexibility=0`,
  };
}

/** The golden records: file name (without .md) and input. */
export const RECORD_GOLDENS: readonly (readonly [string, () => DecisionRecordInput])[] = [
  ["profile", profileRecordInput],
  ["team", teamRecordInput],
  ["team-no-common-language", teamWithoutCommonLanguageInput],
  ["one-option", oneOptionRecordInput],
  ["unweighted", unweightedRecordInput],
];
