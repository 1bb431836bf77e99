import { type Catalogue, languageOptions, languageSet } from "./catalogue.ts";
import { DEFAULT_WEIGHTS } from "./default-profile.ts";
import type { Profile } from "./scoring.ts";
import type { CriterionId, Weights } from "./types.ts";
import { MAX_WEIGHT, MIN_WEIGHT } from "./types.ts";

export type QuestionId =
  | "languages"
  | "building"
  | "realtime"
  | "data"
  | "experience"
  | "load"
  | "timeToMarket"
  | "security"
  | "conventions"
  | "ecosystem";

export interface QuizOption {
  id: string;
  label: string;
  hint?: string;
}

export interface Question {
  id: QuestionId;
  prompt: string;
  hint: string;
  /** True for checkboxes ("languages"), false for a radio group. */
  multiple: boolean;
  options: QuizOption[];
}

/** Answer per question: option id, or option ids for "languages"; missing = unanswered. */
export type Answers = Partial<Record<QuestionId, string | string[]>>;

type SingleQuestionId = Exclude<QuestionId, "languages">;

interface WeightedOption extends QuizOption {
  /** Weights this answer sets; criteria not listed keep their current value. */
  sets: Partial<Weights>;
  /** Added after every answer's `sets` is applied, then clamped to 0..5. */
  nudges?: Partial<Weights>;
}

interface WeightedQuestion {
  id: SingleQuestionId;
  prompt: string;
  hint: string;
  options: WeightedOption[];
}

const WEIGHTED_QUESTIONS: readonly WeightedQuestion[] = [
  {
    id: "building",
    prompt: "What are you building?",
    hint: "Pages and an admin gain most from built-in helpers; an API for a separate front end, less.",
    options: [
      {
        id: "api",
        label: "An API for a separate front end or mobile app",
        sets: {},
        nudges: { productivity: -1, flexibility: 1 },
      },
      {
        id: "pages",
        label: "Server-rendered pages, with an admin for staff",
        sets: {},
        nudges: { productivity: 1, orm: 1 },
      },
      { id: "both", label: "Both, or not sure yet", sets: {} },
    ],
  },
  {
    id: "realtime",
    prompt: "Do users need live updates?",
    hint: "Chat, live dashboards, notifications pushed from the server.",
    options: [
      { id: "none", label: "No, pages and plain requests are enough", sets: { realtime: 0 } },
      { id: "some", label: "A few live features", sets: { realtime: 3 } },
      { id: "core", label: "Yes, live updates are the heart of it", sets: { realtime: 5 } },
    ],
  },
  {
    id: "data",
    prompt: "How much of the work is database work?",
    hint: "Tables, relations and migrations handled by the framework's data layer.",
    options: [
      { id: "light", label: "Little: we mostly call other services", sets: { orm: 1 } },
      { id: "typical", label: "Typical forms and lists over a database", sets: { orm: 3 } },
      { id: "heavy", label: "A rich data model with many tables", sets: { orm: 5 } },
    ],
  },
  {
    id: "experience",
    prompt: "How experienced is the team with backend work?",
    hint: "Newer teams gain most from a gentle learning curve.",
    options: [
      { id: "new", label: "Mostly new to backend work", sets: { learning: 5 } },
      { id: "mixed", label: "A mix of seniors and juniors", sets: { learning: 3 } },
      { id: "senior", label: "Seasoned backend developers", sets: { learning: 1 } },
    ],
  },
  {
    id: "load",
    prompt: "What load do you expect?",
    hint: "Requests per second and open connections at busy times.",
    options: [
      {
        id: "small",
        label: "Small: an internal tool or a prototype",
        sets: { performance: 1, scalability: 1 },
      },
      {
        id: "moderate",
        label: "Moderate and growing steadily",
        sets: { performance: 3, scalability: 3 },
      },
      { id: "high", label: "High: many users at once", sets: { performance: 4, scalability: 4 } },
      {
        id: "extreme",
        label: "Very high: big spikes or huge numbers of connections",
        sets: { performance: 5, scalability: 5 },
      },
    ],
  },
  {
    id: "timeToMarket",
    prompt: "How soon must the first version ship?",
    hint: "Built-in auth, admin and scaffolding save the most time early on.",
    options: [
      { id: "weeks", label: "In weeks", sets: { productivity: 5 } },
      { id: "months", label: "In a few months", sets: { productivity: 3 } },
      { id: "relaxed", label: "No rush: it is a long-term project", sets: { productivity: 1 } },
    ],
  },
  {
    id: "security",
    prompt: "How sensitive is the data?",
    hint: "Safe defaults against common attacks matter more as the stakes rise.",
    options: [
      { id: "basic", label: "Ordinary: nothing personal or costly", sets: { security: 2 } },
      { id: "personal", label: "Personal data or payments", sets: { security: 4 } },
      { id: "regulated", label: "Regulated: health, finance or government", sets: { security: 5 } },
    ],
  },
  {
    id: "conventions",
    prompt: "Conventions or freedom?",
    hint: "One obvious way to do things, or pieces you assemble yourselves.",
    options: [
      {
        id: "conventions",
        label: "Conventions: give us one obvious way",
        sets: { flexibility: 0 },
        nudges: { productivity: 1 },
      },
      { id: "balanced", label: "A balance of both", sets: { flexibility: 2 } },
      {
        id: "freedom",
        label: "Freedom: a minimal core we shape ourselves",
        sets: { flexibility: 5 },
        nudges: { productivity: -1 },
      },
    ],
  },
  {
    id: "ecosystem",
    prompt: "How much do packages and hiring matter?",
    hint: "A large community means more libraries, answers and people to hire.",
    options: [
      { id: "low", label: "Little: a small team with few dependencies", sets: { ecosystem: 1 } },
      { id: "medium", label: "Useful, but not decisive", sets: { ecosystem: 3 } },
      { id: "high", label: "A lot: we must hire and integrate widely", sets: { ecosystem: 5 } },
    ],
  },
];

const PRIORITY_QUESTIONS: readonly Question[] = WEIGHTED_QUESTIONS.map((q) => ({
  id: q.id,
  prompt: q.prompt,
  hint: q.hint,
  multiple: false,
  options: q.options.map((o) => ({ id: o.id, label: o.label })),
}));

/** The quiz, in the order it is asked: the catalogue's languages, then one radio group per priority. */
export function quizQuestions(catalogue: Pick<Catalogue, "languages">): Question[] {
  const languages: Question = {
    id: "languages",
    prompt: "Which languages can your team use?",
    hint: "Tick every language you would accept; leave all unticked for any.",
    multiple: true,
    options: languageOptions(catalogue),
  };
  return [languages, ...PRIORITY_QUESTIONS];
}

function clampWeight(weight: number): number {
  return Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, weight));
}

/**
 * Turns quiz answers into a profile. Unanswered questions, unknown option ids and arrays given to
 * single-choice questions leave the criteria at `DEFAULT_WEIGHTS`; every weight is an integer 0..5.
 *
 * | question | answer | weights set |
 * |---|---|---|
 * | languages | any ticked ids | `languages` (none ticked = any) |
 * | building | api / pages / both | productivity -1, flexibility +1 / productivity +1, orm +1 / none |
 * | realtime | none / some / core | realtime 0 / 3 / 5 |
 * | data | light / typical / heavy | orm 1 / 3 / 5 |
 * | experience | new / mixed / senior | learning 5 / 3 / 1 |
 * | load | small / moderate / high / extreme | performance and scalability 1 / 3 / 4 / 5 |
 * | timeToMarket | weeks / months / relaxed | productivity 5 / 3 / 1 |
 * | security | basic / personal / regulated | security 2 / 4 / 5 |
 * | conventions | conventions / balanced / freedom | flexibility 0 / 2 / 5; productivity +1 / 0 / -1 |
 * | ecosystem | low / medium / high | ecosystem 1 / 3 / 5 |
 *
 * The building and conventions answers nudge (+/-) the weights the other answers (or the defaults)
 * set; the nudges add up and the sum is clamped to 0..5.
 */
export function answersToWeights(
  answers: Answers,
  catalogue: Pick<Catalogue, "languages">,
): Profile {
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  const nudges: Partial<Weights> = {};
  for (const question of WEIGHTED_QUESTIONS) {
    const answer = answers[question.id];
    const option = question.options.find((o) => o.id === answer);
    if (option === undefined) continue;
    for (const [criterion, weight] of Object.entries(option.sets)) {
      weights[criterion as CriterionId] = weight;
    }
    for (const [criterion, step] of Object.entries(option.nudges ?? {})) {
      const id = criterion as CriterionId;
      nudges[id] = (nudges[id] ?? 0) + step;
    }
  }
  for (const [criterion, step] of Object.entries(nudges)) {
    const id = criterion as CriterionId;
    weights[id] = clampWeight(weights[id] + step);
  }
  const picked = answers.languages;
  const languages = languageSet(catalogue, typeof picked === "string" ? [picked] : (picked ?? []));
  return { weights, languages };
}
