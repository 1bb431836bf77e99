/** What a decision record says, worked out once: the options, the choice, how firm it is, what would flip it. */
import { criterionLabels, joinNames, languageName, languageSet } from "../catalogue.ts";
import { compareNames, TIE_EPSILON } from "../order-by-fit.ts";
import { cleanName } from "../plain-name.ts";
import { normalisedScore, rankAlternatives, rankFrameworks, scoreMatrix } from "../scoring.ts";
import { closestFlip, sensitivity } from "../sensitivity.ts";
import { DEFAULT_STABILITY_SAMPLES, stability } from "../stability.ts";
import {
  DEFAULT_TEAM_STABILITY_SAMPLES,
  MAX_TEAM,
  type MemberOutlook,
  MIN_TEAM,
  type TeamMember,
  teamRanking,
  teamStability,
} from "../team.ts";
import type { CriterionId, Dataset, Framework, Weights } from "../types.ts";
import { CRITERION_IDS, MAX_WEIGHT, MIN_WEIGHT } from "../types.ts";
import { effectiveWeights, weightVector } from "../weights.ts";

/** The answers a record is built from (see DecisionRecordInput). */
export interface DecisionChoiceInput {
  dataset: Dataset;
  weights: Weights;
  languages: readonly string[];
  members?: readonly TeamMember[];
  stabilitySamples?: number;
}

/** A considered option: its place and fit (the team fit for a team). */
export interface ConsideredOption {
  framework: Framework;
  rank: number;
  /** 0..100, unrounded. */
  fit: number;
  /** For a team: the member who would be least happy, and their own fit. */
  leastHappy: { name: string; fit: number } | null;
}

/** An option the language requirement leaves out, why, and the fit it would have had. */
export interface LeftOutOption {
  framework: Framework;
  reason: string;
  fit: number;
}

/** The smallest single weight change that lets the runner-up overtake the chosen option. */
export interface WeightChange {
  criterion: CriterionId;
  from: number;
  to: number;
  /** Whose weight it is, for a team; null for one profile. */
  member: string | null;
}

export interface DecisionModel {
  dataset: Dataset;
  labels: Readonly<Record<CriterionId, string>>;
  /** The team (names cleaned), or null for one profile. */
  team: readonly TeamMember[] | null;
  /** The weights the record reasons with: the profile's, or the members' mean for a team. */
  weights: Weights;
  /** True when every weight is 0, so every criterion counts the same. */
  unweighted: boolean;
  /** Language ids the profile requires (empty = any); unused for a team. */
  languages: readonly string[];
  options: ConsideredOption[];
  leftOut: LeftOutOption[];
  /** A team only: no framework suits every member's languages, so all are considered. */
  noCommonLanguage: boolean;
  /** The share (percent) of nearby weightings that keep the chosen option first; null without a runner-up. */
  firmness: { percent: number; samples: number } | null;
  flip: WeightChange | null;
  /** A team only: each member's own first choice and where the chosen option ranks for them. */
  outlooks: readonly MemberOutlook[];
}

/** True when the record is a team's: 2 or more members. */
export function isTeamChoice(input: Pick<DecisionChoiceInput, "members">): boolean {
  return (input.members?.length ?? 0) >= MIN_TEAM;
}

/** The members as the record names them: at most 12, names as plain text. */
export function teamOf(input: Pick<DecisionChoiceInput, "members">): TeamMember[] | null {
  if (!isTeamChoice(input)) return null;
  return (input.members ?? []).slice(0, MAX_TEAM).map((m) => ({ ...m, name: cleanName(m.name) }));
}

/** Each criterion's mean weight over the members. */
export function meanWeights(members: readonly TeamMember[]): Weights {
  return Object.fromEntries(
    CRITERION_IDS.map((id) => {
      const sum = members.reduce((total, m) => total + m.weights[id], 0);
      return [id, members.length > 0 ? sum / members.length : 0];
    }),
  ) as Weights;
}

/** The language names a profile requires, in the dataset's order, then ids it does not know. */
export function requiredLanguageNames(
  dataset: Pick<Dataset, "languages">,
  languages: readonly string[],
): string[] {
  const known = languageSet(dataset, languages);
  const unknown = [...new Set(languages.filter((id) => !known.includes(id)))];
  return [...known, ...unknown].map((id) => languageName(dataset, id));
}

/** Each member's languages: "Ana: Python or Ruby; Ben: any". */
export function memberLanguages(dataset: Dataset, team: readonly TeamMember[]): string {
  return team
    .map((m) => {
      const names = requiredLanguageNames(dataset, m.languages);
      return `${m.name}: ${names.length > 0 ? joinNames(names, "disjunction") : "any"}`;
    })
    .join("; ");
}

/** Works out everything the record states, from the inputs alone. */
export function decisionModel(input: DecisionChoiceInput): DecisionModel {
  const team = teamOf(input);
  return team ? teamModel(input, team) : profileModel(input);
}

/** The option the record chooses (the leader), without the costlier figures; undefined when none is ranked. */
export function chosenFramework(input: DecisionChoiceInput): Framework | undefined {
  const team = teamOf(input);
  return team
    ? teamRanking(input.dataset, team).ranked[0]?.framework
    : rankFrameworks(input.dataset, input).ranked[0]?.framework;
}

function profileModel(input: DecisionChoiceInput): DecisionModel {
  const { dataset, weights, languages } = input;
  const profile = { weights, languages };
  const ranking = rankFrameworks(dataset, profile);
  const options = ranking.ranked.map((r) => ({
    framework: r.framework,
    rank: r.rank,
    fit: r.fit,
    leastHappy: null,
  }));
  const [leader, runnerUp] = options;
  let firmness: DecisionModel["firmness"] = null;
  let flip: WeightChange | null = null;
  if (leader && runnerUp) {
    const samples = input.stabilitySamples ?? DEFAULT_STABILITY_SAMPLES;
    const shares = stability(dataset, profile, samples);
    const share = shares.find((s) => s.id === leader.framework.id)?.share ?? 0;
    firmness = { percent: share, samples };
    const s = sensitivity(dataset, profile);
    const closest = s ? closestFlip(s) : null;
    if (closest && closest.weight !== null) {
      flip = {
        criterion: closest.criterion,
        from: closest.current,
        to: closest.weight,
        member: null,
      };
    }
  }
  return {
    dataset,
    labels: criterionLabels(dataset),
    team: null,
    weights,
    unweighted: isUnweighted(weights),
    languages,
    options,
    leftOut: ranking.excluded,
    noCommonLanguage: false,
    firmness,
    flip,
    outlooks: [],
  };
}

function teamModel(input: DecisionChoiceInput, team: readonly TeamMember[]): DecisionModel {
  const { dataset } = input;
  const ranking = teamRanking(dataset, team);
  const options = ranking.ranked.map((r) => ({
    framework: r.framework,
    rank: r.rank,
    fit: r.teamFit,
    leastHappy: { name: team[r.lowest.member]?.name ?? "", fit: r.lowest.fit },
  }));
  const [leader, runnerUp] = options;
  const weights = meanWeights(team);
  const samples = input.stabilitySamples ?? DEFAULT_TEAM_STABILITY_SAMPLES;
  return {
    dataset,
    labels: criterionLabels(dataset),
    team,
    weights,
    unweighted: isUnweighted(weights),
    languages: [],
    options,
    leftOut: teamLeftOut(dataset, team, options),
    noCommonLanguage: ranking.noCommonLanguage,
    firmness:
      leader && runnerUp ? { percent: teamStability(dataset, team, samples), samples } : null,
    flip: leader && runnerUp ? teamFlip(team, leader.framework, runnerUp.framework) : null,
    outlooks: ranking.outlooks,
  };
}

function isUnweighted(weights: Weights): boolean {
  return CRITERION_IDS.every((id) => !(weights[id] > 0));
}

/** True when a member can use one of the framework's languages (none listed = any). */
export function usableBy(member: TeamMember, framework: Framework): boolean {
  return (
    member.languages.length === 0 ||
    framework.languages.length === 0 ||
    framework.languages.some((l) => member.languages.includes(l))
  );
}

/** The frameworks a team leaves out, with who cannot use them and the team fit they would have had. */
function teamLeftOut(
  dataset: Dataset,
  team: readonly TeamMember[],
  options: readonly ConsideredOption[],
): LeftOutOption[] {
  const considered = new Set(options.map((o) => o.framework.id));
  const outside = dataset.frameworks
    .filter((f) => !considered.has(f.id))
    .sort((a, b) => compareNames(a.name, b.name) || compareNames(a.id, b.id));
  const matrix = scoreMatrix(outside);
  const names = outside.map((f) => f.name);
  const memberFits = team.map((m) => rankAlternatives(matrix, names, weightVector(m.weights)).fits);
  return outside.map((framework, i) => {
    const fit = memberFits.reduce((sum, fits) => sum + (fits[i] as number), 0) / team.length;
    const who = team.filter((m) => !usableBy(m, framework)).map((m) => m.name);
    return { framework, reason: `not usable by ${joinNames(who, "conjunction")}`, fit };
  });
}

/** One member's fit of a framework under the given weights (all 0 counts as all 1). */
function fitUnder(weights: readonly number[], scores: readonly number[]): number {
  const w = effectiveWeights(weights);
  let total = 0;
  let dot = 0;
  w.forEach((weight, c) => {
    total += weight;
    dot += weight * (scores[c] ?? 0);
  });
  return total > 0 ? (100 * dot) / total : 0;
}

/** Weights 0..5 other than `current`, nearest first; equal distances try the lower first. */
function candidateWeights(current: number): number[] {
  const candidates: number[] = [];
  for (let w = MIN_WEIGHT; w <= MAX_WEIGHT; w++) if (w !== current) candidates.push(w);
  return candidates.sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
}

/**
 * For a team: the one member's one weight whose smallest change lets the runner-up's team fit
 * pass the leader's (ties broken by name, as in the ranking); ties go to the earlier criterion,
 * then the earlier member. Null when no single change does it.
 */
export function teamFlip(
  team: readonly TeamMember[],
  leader: Framework,
  runnerUp: Framework,
): WeightChange | null {
  const lead = CRITERION_IDS.map((id) => normalisedScore(leader.scores[id].value));
  const next = CRITERION_IDS.map((id) => normalisedScore(runnerUp.scores[id].value));
  const base = team.map((m) => weightVector(m.weights));
  const gaps = base.map((w) => fitUnder(w, next) - fitUnder(w, lead));
  const totalGap = gaps.reduce((sum, gap) => sum + gap, 0);
  const nameFirst = compareNames(runnerUp.name, leader.name) < 0;
  const overtakes = (gap: number) => gap >= TIE_EPSILON || (gap > -TIE_EPSILON && nameFirst);
  let best: WeightChange | null = null;
  CRITERION_IDS.forEach((criterion, c) => {
    team.forEach((member, m) => {
      const weights = base[m] as number[];
      const from = weights[c] as number;
      for (const to of candidateWeights(from)) {
        if (best && Math.abs(to - from) >= Math.abs(best.to - best.from)) break;
        const changed = weights.slice();
        changed[c] = to;
        const gap = fitUnder(changed, next) - fitUnder(changed, lead);
        if (overtakes((totalGap - (gaps[m] as number) + gap) / team.length)) {
          best = { criterion, from, to, member: member.name };
          break;
        }
      }
    });
  });
  return best;
}
