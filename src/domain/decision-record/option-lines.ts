/** The record's bullet lines about options: each criterion's verdict, and the chosen option's consequences. */
import { joinNames } from "../catalogue.ts";
import {
  leaderTradeOffs,
  STRENGTH_FROM,
  strengthsAndWeaknesses,
  type TradeOff,
  WEAKNESS_UP_TO,
  type WeighedScore,
} from "../explanation.ts";
import { TIE_EPSILON } from "../order-by-fit.ts";
import { isOwnOptionId } from "../own-options.ts";
import { publishedValueOf } from "../score-overrides.ts";
import { displayFit, normalisedScore } from "../scoring.ts";
import type { CriterionId, Framework } from "../types.ts";
import { CRITERION_IDS } from "../types.ts";
import { effectiveWeights, weightVector } from "../weights.ts";
import type { ConsideredOption, DecisionModel } from "./decision-model.ts";
import { markdownLink, markdownText } from "./markdown-text.ts";

/** How many strengths, weaknesses and members' other choices the consequences name. */
const CONSEQUENCES_EACH = 3;

/** A criterion as the record counts it: the weight as set (the mean, for a team) and as counted. */
export interface WeighedCriterion {
  criterion: CriterionId;
  weight: number;
  /** With the all-zero rule applied (every weight 0 counts as 1 each). */
  counted: number;
}

/** The criteria that count, heaviest first, then in the order of links. */
export function weighedCriteria(model: DecisionModel): WeighedCriterion[] {
  const counted = effectiveWeights(weightVector(model.weights));
  return CRITERION_IDS.map((criterion, c) => ({
    criterion,
    weight: model.weights[criterion],
    counted: counted[c] as number,
  }))
    .filter((w) => w.counted > 0)
    .sort((a, b) => b.counted - a.counted);
}

/** "4" or "4.5": a weight as set, or a team's mean weight to one decimal. */
export function weightText(weight: number): string {
  return String(Math.round(weight * 10) / 10);
}

/** A criterion's label as Markdown text. */
export function labelOf(model: DecisionModel, criterion: CriterionId): string {
  return markdownText(model.labels[criterion] ?? criterion);
}

/** " (weight 4)", " (mean weight 4.5)", or nothing when no criterion is weighted. */
function weightNote(model: DecisionModel, criterion: CriterionId): string {
  if (model.unweighted) return "";
  const weight = weightText(model.weights[criterion]);
  return model.team ? ` (mean weight ${weight})` : ` (weight ${weight})`;
}

/** Where a score comes from: the user's own, or the dataset's reason with its sources as links. */
function scoreReason(framework: Framework, criterion: CriterionId): string {
  const score = framework.scores[criterion];
  if (isOwnOptionId(framework.id)) return "your own score";
  const published = publishedValueOf(score);
  if (published !== undefined) return `your score ${score.value}; the dataset says ${published}`;
  const links = score.sources.flatMap((id) => {
    const source = framework.sources[id];
    return source ? [markdownLink(source.title, source.url)] : [];
  });
  const why = markdownText(score.why);
  return links.length > 0 ? `${why} (${links.join("; ")})` : why;
}

/** One line per counted criterion: Good (4-5), then Neutral (3), then Bad (1-2), heaviest first in each. */
export function scoreLines(model: DecisionModel, framework: Framework): string[] {
  const verdicts = { Good: [] as string[], Neutral: [] as string[], Bad: [] as string[] };
  for (const { criterion } of weighedCriteria(model)) {
    const value = framework.scores[criterion].value;
    const verdict = value >= STRENGTH_FROM ? "Good" : value <= WEAKNESS_UP_TO ? "Bad" : "Neutral";
    verdicts[verdict].push(
      `* ${verdict}, because ${labelOf(model, criterion)} scores ${value} of 5${weightNote(model, criterion)}: ${scoreReason(framework, criterion)}`,
    );
  }
  return [...verdicts.Good, ...verdicts.Neutral, ...verdicts.Bad];
}

/** A strength or weakness of an option, with the fit points it adds and the points it misses. */
export interface Standout extends WeighedScore {
  adds: number;
  misses: number;
}

/** An option's strengths (most points added first) and weaknesses (most points missed first). */
export function standouts(
  model: DecisionModel,
  framework: Framework,
): { strong: Standout[]; weak: Standout[] } {
  const total = weighedCriteria(model).reduce((sum, w) => sum + w.counted, 0);
  const withPoints = (s: WeighedScore): Standout => {
    const n = normalisedScore(s.score);
    return { ...s, adds: (100 * s.weight * n) / total, misses: (100 * s.weight * (1 - n)) / total };
  };
  const { strengths, weaknesses } = strengthsAndWeaknesses(framework, model.weights);
  // Stable sorts: equal points keep the heaviest-first order.
  return {
    strong: strengths.map(withPoints).sort((a, b) => b.adds - a.adds),
    weak: weaknesses.map(withPoints).sort((a, b) => b.misses - a.misses),
  };
}

/** Weighted criteria where another considered option scores higher than the chosen one, largest loss first. */
export function tradeOffs(model: DecisionModel): TradeOff[] {
  const ranked = model.options.map((o) => ({ ...o, contributions: [] }));
  return leaderTradeOffs(ranked, model.weights);
}

/** "Real-time (5 of 5)" for each item, joined as a sentence. */
export function scoreList(model: DecisionModel, items: readonly WeighedScore[]): string {
  return joinNames(
    items.map((s) => `${labelOf(model, s.criterion)} (${s.score} of 5)`),
    "conjunction",
  );
}

/** "1st", "2nd", "3rd", "11th". */
function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** " (your score; the dataset says 2)" for a score the user replaced. */
function yoursNote(framework: Framework, criterion: CriterionId): string {
  const published = publishedValueOf(framework.scores[criterion]);
  return published === undefined ? "" : ` (your score; the dataset says ${published})`;
}

/** The chosen option's good and bad consequences (MADR "Consequences"). */
export function consequenceLines(model: DecisionModel): string[] {
  const [chosen] = model.options;
  if (!chosen) return [];
  return [...goodConsequences(model, chosen), ...badConsequences(model, chosen)];
}

function goodConsequences(model: DecisionModel, chosen: ConsideredOption): string[] {
  const { framework } = chosen;
  const lines = standouts(model, framework)
    .strong.slice(0, CONSEQUENCES_EACH)
    .map((s) => {
      const points = model.team ? "" : `, adding ${Math.round(s.adds)} points to its fit`;
      return `* Good, because it scores ${s.score} of 5${yoursNote(framework, s.criterion)} on ${labelOf(model, s.criterion)}${weightNote(model, s.criterion)}${points}`;
    });
  if (model.team) {
    const agree = model.outlooks.filter((o) => o.firstChoice?.id === framework.id);
    if (agree.length === model.team.length) {
      lines.push("* Good, because every member would pick it on their own too");
    } else if (agree.length > 0) {
      const names = agree.map((o) => markdownText(model.team?.[o.member]?.name ?? ""));
      lines.push(
        `* Good, because ${joinNames(names, "conjunction")} would pick it on their own too`,
      );
    }
  }
  if (lines.length === 0) {
    lines.push(
      "* Good, because no considered option fits better, though it scores 4 or more on none of the weighted criteria",
    );
  }
  return lines;
}

function badConsequences(model: DecisionModel, chosen: ConsideredOption): string[] {
  const { framework } = chosen;
  const name = markdownText(framework.name);
  const offs = tradeOffs(model);
  const weak = standouts(model, framework).weak.slice(0, CONSEQUENCES_EACH);
  const lines = weak.map((s) => {
    const cost = model.team ? "" : `, which costs it ${Math.round(s.misses)} points of fit`;
    const better = offs.find((t) => t.criterion === s.criterion);
    const rival = better
      ? `; ${markdownText(better.best.framework.name)} scores ${better.best.score}`
      : "";
    return `* Bad, because it scores ${s.score} of 5${yoursNote(framework, s.criterion)} on ${labelOf(model, s.criterion)}${weightNote(model, s.criterion)}${cost}${rival}`;
  });
  const named = new Set(weak.map((s) => s.criterion));
  for (const t of offs
    .filter((o) => !named.has(o.criterion))
    .slice(0, CONSEQUENCES_EACH - weak.length)) {
    lines.push(
      `* Bad, because ${markdownText(t.best.framework.name)} scores higher on ${labelOf(model, t.criterion)}${weightNote(model, t.criterion)}: ${t.best.score} of 5 against ${t.score}`,
    );
  }
  const outsider = [...model.leftOut]
    .sort((a, b) => b.fit - a.fit)
    .find((o) => o.fit > chosen.fit + TIE_EPSILON);
  if (outsider) {
    lines.push(
      `* Bad, because ${markdownText(outsider.framework.name)} would fit better (${displayFit(outsider.fit)} against ${displayFit(chosen.fit)}), but it is ${markdownText(outsider.reason)}`,
    );
  }
  const others = model.outlooks.filter((o) => o.firstChoice && o.firstChoice.id !== framework.id);
  for (const o of others.slice(0, CONSEQUENCES_EACH)) {
    const member = markdownText(model.team?.[o.member]?.name ?? "");
    const place =
      o.teamPickRank === null
        ? `, and their languages leave ${name} out`
        : `, where ${name} comes ${ordinal(o.teamPickRank)}`;
    lines.push(
      `* Bad, because on their own, ${member} would pick ${markdownText(o.firstChoice?.name ?? "")}${place}`,
    );
  }
  if (others.length > CONSEQUENCES_EACH) {
    const more = others.length - CONSEQUENCES_EACH;
    lines.push(
      `* Bad, because ${more} more ${more === 1 ? "member" : "members"} would pick another option on their own`,
    );
  }
  if (lines.length === 0) {
    lines.push(
      "* Neutral, because it scores 3 or more on every weighted criterion, and no other considered option scores higher on any of them",
    );
  }
  return lines;
}
