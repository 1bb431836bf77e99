/**
 * The decision record (DESIGN §5): the ranking written down as a MADR 4.0 Markdown document.
 * Pure: every fact comes from the input, including the date, so the same input gives the same text.
 */
import { joinNames } from "./catalogue.ts";
import {
  chosenFramework,
  type DecisionChoiceInput,
  type DecisionModel,
  decisionModel,
  meanWeights,
  memberLanguages,
  requiredLanguageNames,
  teamOf,
  usableBy,
} from "./decision-record/decision-model.ts";
import { markdownParagraphs, markdownText, yamlString } from "./decision-record/markdown-text.ts";
import {
  labelOf,
  scoreList,
  standouts,
  tradeOffs,
  weightText,
} from "./decision-record/option-lines.ts";
import {
  consideredOptions,
  decisionOutcome,
  driverLines,
  moreInformation,
  prosAndCons,
} from "./decision-record/sections.ts";
import { cleanName } from "./plain-name.ts";
import { displayFit } from "./scoring.ts";
import type { TeamMember } from "./team.ts";
import type { CriterionId, Dataset, Weights } from "./types.ts";
import { CRITERION_IDS } from "./types.ts";

export interface DecisionRecordInput {
  /** The dataset as ranked: the user's own scores already applied (score-overrides.ts marks them with their published value) and own options included. */
  dataset: Dataset;
  weights: Weights;
  languages: readonly string[];
  /** When given (2..12), the record is the team's: team ranking, members as decision-makers. */
  members?: readonly TeamMember[];
  /** Names typed by the user; used when there are no members. May be empty. */
  decisionMakers: readonly string[];
  /** The user's own text for Context and Problem Statement; empty => a default built from the answers. */
  context: string;
  /** ISO date yyyy-mm-dd (passed in: the module never reads the clock). */
  date: string;
  /** Absolute link that reopens exactly this decision. */
  link: string;
  /** Perturbations behind the stability figure; defaults to the page's (2,000, or 500 for a team). */
  stabilitySamples?: number;
}

/** The part of the input that decides what is chosen (enough for the default context and the file name). */
export type DecisionChoice = Pick<
  DecisionRecordInput,
  "dataset" | "weights" | "languages" | "members"
>;

/** Criteria named in the summary sentence's priorities. */
const NAMED_PRIORITIES = 3;
/** Options the summary sentence names as neglected; more are counted. */
const NAMED_OPTIONS = 3;

/** The decision as a MADR 4.0 Markdown document, ending with one newline. */
export function decisionRecordMarkdown(input: DecisionRecordInput): string {
  const model = decisionModel(choiceOf(input));
  const context = input.context.trim() === "" ? defaultContext(input) : input.context;
  const text = [
    frontMatter(input, model),
    title(model),
    summary(model),
    section("Context and Problem Statement", [markdownParagraphs(context)]),
    section("Decision Drivers", [driverLines(model).join("\n")]),
    section("Considered Options", consideredOptions(model)),
    section("Decision Outcome", decisionOutcome(model)),
    section("Pros and Cons of the Options", prosAndCons(model)),
    section("More Information", [moreInformation(model, input.link).join("\n")]),
  ].join("\n\n");
  return `${text.replace(/[ \t]+$/gm, "")}\n`;
}

/** The default Context and Problem Statement, as plain text for the user to edit. */
export function defaultContext(input: DecisionChoice): string {
  const team = teamOf(input);
  const weights = team ? meanWeights(team) : input.weights;
  const who = team
    ? `Our team of ${team.length} (${joinNames(
        team.map((m) => m.name),
        "conjunction",
      )}) needs to choose a backend framework.`
    : "We need to choose a backend framework.";
  const languages = team
    ? teamLanguageSentence(input.dataset, team)
    : input.languages.length > 0
      ? `It must be written in ${joinNames(requiredLanguageNames(input.dataset, input.languages), "disjunction")}.`
      : "Any language will do.";
  const question = team
    ? "Which framework fits the team best?"
    : "Which framework fits these priorities best?";
  return [who, prioritySentence(input.dataset, weights, team !== null), languages, question].join(
    " ",
  );
}

/** "0001-use-django-as-the-backend-framework.md": lowercase letters, digits and dashes only. */
export function decisionRecordFileName(input: DecisionChoice): string {
  const chosen = chosenFramework(choiceOf(input));
  if (!chosen) return "0001-choose-a-backend-framework.md";
  const slug = fileSlug(chosen.name) || fileSlug(chosen.id) || "option";
  return `0001-use-${slug}-as-the-backend-framework.md`;
}

function choiceOf(input: DecisionChoice & { stabilitySamples?: number }): DecisionChoiceInput {
  const choice: DecisionChoiceInput = {
    dataset: input.dataset,
    weights: input.weights,
    languages: input.languages,
  };
  if (input.members) choice.members = input.members;
  if (input.stabilitySamples !== undefined) choice.stabilitySamples = input.stabilitySamples;
  return choice;
}

/** A name as a file-name part: accents dropped, anything but a-z and 0-9 a dash, at most 40 characters. */
function fileSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/^-+|-+$/g, "");
}

function section(heading: string, blocks: readonly string[]): string {
  return [`## ${heading}`, ...blocks.filter((b) => b !== "")].join("\n\n");
}

function frontMatter(input: DecisionRecordInput, model: DecisionModel): string {
  const names = model.team ? model.team.map((m) => m.name) : input.decisionMakers.map(cleanName);
  const makers = [...new Set(names.filter((n) => n !== ""))];
  const date = /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? input.date : yamlString(input.date);
  return [
    "---",
    "status: proposed",
    `date: ${date}`,
    makers.length > 0
      ? ["decision-makers:", ...makers.map((n) => `  - ${yamlString(n)}`)].join("\n")
      : "decision-makers: [] # fill in everyone involved in the decision",
    "---",
  ].join("\n");
}

function title(model: DecisionModel): string {
  const chosen = model.options[0]?.framework;
  return chosen
    ? `# Use ${markdownText(chosen.name)} as the backend framework`
    : "# Choose a backend framework";
}

/** The weighted criteria grouped by weight, heaviest group first, each in the order of links. */
function weightGroups(weights: Weights): { weight: number; criteria: CriterionId[] }[] {
  const levels = [...new Set(CRITERION_IDS.map((id) => weights[id]).filter((w) => w > 0))];
  return levels
    .sort((a, b) => b - a)
    .map((weight) => ({ weight, criteria: CRITERION_IDS.filter((id) => weights[id] === weight) }));
}

/** "Real-time (5 of 5), then Data & ORM and Security defaults (4 of 5) as the heaviest priorities". */
function heaviestPriorities(model: DecisionModel): string {
  const [first, second] = weightGroups(model.weights);
  if (model.unweighted || !first) return "priorities that all count the same";
  const groups =
    second && first.criteria.length + second.criteria.length <= NAMED_PRIORITIES + 1
      ? [first, second]
      : [first];
  const named = groups.map((g) =>
    g.criteria.length > NAMED_PRIORITIES + 2
      ? `${g.criteria.length} criteria (${weightText(g.weight)} of 5 each)`
      : `${joinNames(
          g.criteria.map((id) => labelOf(model, id)),
          "conjunction",
        )} (${weightText(g.weight)} of 5)`,
  );
  const count = groups.reduce((sum, g) => sum + g.criteria.length, 0);
  return `${named.join(", then ")} as the heaviest ${count === 1 ? "priority" : "priorities"}${model.team ? " on average" : ""}`;
}

/** The one-sentence Y-statement: context, concern, choice, what it achieves and what it accepts. */
function summary(model: DecisionModel): string {
  const audience = model.team
    ? `a team of ${model.team.length} (${joinNames(
        model.team.map((m) => markdownText(m.name)),
        "conjunction",
      )})`
    : model.languages.length > 0
      ? `a project written in ${markdownText(joinNames(requiredLanguageNames(model.dataset, model.languages), "disjunction"))}`
      : "a project open to any language";
  const facing = heaviestPriorities(model);
  const opening = `In the context of choosing a backend framework for ${audience}, facing ${facing}`;
  const [chosen, ...others] = model.options;
  if (!chosen)
    return `${opening}, no option could be chosen, as no framework meets the language requirement.`;
  const neglected =
    others.length === 0
      ? model.leftOut.length > 0
        ? ", the only option that meets the language requirement"
        : ", the only option considered"
      : others.length <= NAMED_OPTIONS
        ? ` and neglected ${joinNames(
            others.map((o) => markdownText(o.framework.name)),
            "conjunction",
          )}`
        : ` and neglected ${joinNames(
            [
              ...others.slice(0, NAMED_OPTIONS - 1).map((o) => markdownText(o.framework.name)),
              `${others.length - NAMED_OPTIONS + 1} other options`,
            ],
            "conjunction",
          )}`;
  const { strong, weak } = standouts(model, chosen.framework);
  const strengths =
    strong.length > 0 ? `, with strong scores on ${scoreList(model, strong.slice(0, 2))}` : "";
  const [offered] = tradeOffs(model);
  const accepting =
    weak.length > 0
      ? `${weak.length === 1 ? "a weak score" : "weak scores"} on ${scoreList(model, weak.slice(0, 2))}`
      : offered
        ? `that ${markdownText(offered.best.framework.name)} scores higher on ${labelOf(model, offered.criterion)} (${offered.best.score} of 5 against ${offered.score})`
        : "no weak score on any weighted criterion";
  const fit = `${model.team ? "team fit" : "fit"} (${displayFit(chosen.fit)} of 100)`;
  return `${opening}, we decided for ${markdownText(chosen.framework.name)}${neglected}, to achieve the best ${fit}${strengths}, accepting ${accepting}.`;
}

/** "What matters most is Real-time (5 of 5), then Data & ORM (4 of 5)." as plain text. */
function prioritySentence(dataset: Dataset, weights: Weights, team: boolean): string {
  const unweighted = CRITERION_IDS.every((id) => !(weights[id] > 0));
  if (unweighted) {
    return team
      ? "None of us weighted any criterion, so every criterion counts the same."
      : "We have not weighted any criterion, so every criterion counts the same.";
  }
  const label = (id: CriterionId) => dataset.criteria.find((c) => c.id === id)?.label ?? id;
  const groups = weightGroups(weights)
    .slice(0, 2)
    .map(
      (g) => `${joinNames(g.criteria.map(label), "conjunction")} (${weightText(g.weight)} of 5)`,
    );
  const lead = team ? "On average, what matters most to us is" : "What matters most is";
  return `${lead} ${groups.join(", then ")}.`;
}

function teamLanguageSentence(dataset: Dataset, team: readonly TeamMember[]): string {
  if (team.every((m) => m.languages.length === 0)) return "Any language will do.";
  const each = memberLanguages(dataset, team);
  const common = dataset.frameworks.some((f) => team.every((m) => usableBy(m, f)));
  return common
    ? `It must be written in a language each of us can use (${each}).`
    : `No framework is written in a language all of us can use (${each}), so we compare them all.`;
}
