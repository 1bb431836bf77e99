/** Team aggregation (DESIGN §3 "Team"): everyone's own fits, averaged; where members disagree. */
import { compareNames, orderByFit, TIE_EPSILON } from "./order-by-fit.ts";
import { rankAlternatives, rankFrameworks, scoreMatrix } from "./scoring.ts";
import { createSeededRandom, hashString, randomStep } from "./seeded-random.ts";
import type { TeamMember } from "./team-members.ts";
import type { CriterionId, Dataset, Framework } from "./types.ts";
import { CRITERION_IDS, MAX_WEIGHT, MIN_WEIGHT } from "./types.ts";
import { weightVector } from "./weights.ts";

export type { TeamMember } from "./team-members.ts";
export { LARGE_DISAGREEMENT, MAX_TEAM, MIN_TEAM } from "./team-members.ts";

export const DEFAULT_TEAM_STABILITY_SAMPLES = 500;

export interface TeamRankedFramework {
  framework: Framework;
  /** 1-based position in the team ranking. */
  rank: number;
  /** Mean of the members' fits, 0..100, unrounded. */
  teamFit: number;
  /** Each member's own fit, in member order. */
  memberFits: number[];
  /** The member who would be least happy with it, and their fit (the first such member on a tie). */
  lowest: { member: number; fit: number };
}

/** How one member sees the choice: their own first choice and where the team's pick ranks for them. */
export interface MemberOutlook {
  member: number;
  /** Their own leader under their weights and languages; null when none of their languages is in the dataset. */
  firstChoice: Framework | null;
  /** The team's pick's position in their own ranking; null when their languages leave it out. */
  teamPickRank: number | null;
}

export interface TeamRanking {
  ranked: TeamRankedFramework[];
  /** True when no framework suits every member's languages, so all are ranked. */
  noCommonLanguage: boolean;
  outlooks: MemberOutlook[];
}

/** True when a member accepts one of the framework's languages (no languages = any). */
function accepts(member: TeamMember, framework: Framework): boolean {
  return (
    member.languages.length === 0 ||
    framework.languages.length === 0 ||
    framework.languages.some((l) => member.languages.includes(l))
  );
}

/** Ranks the dataset for a team by the mean of the members' own fits (DESIGN §3). */
export function teamRanking(dataset: Dataset, members: readonly TeamMember[]): TeamRanking {
  const common = dataset.frameworks.filter((f) => members.every((m) => accepts(m, f)));
  const noCommonLanguage = common.length === 0;
  const frameworks = noCommonLanguage ? dataset.frameworks : common;
  const matrix = scoreMatrix(frameworks);
  const names = frameworks.map((f) => f.name);
  const memberFits = members.map(
    (m) => rankAlternatives(matrix, names, weightVector(m.weights)).fits,
  );
  const teamFits = frameworks.map((_, i) => {
    let sum = 0;
    for (const fits of memberFits) sum += fits[i] as number;
    return members.length > 0 ? sum / members.length : 0;
  });
  const ranked = orderByFit(teamFits, names).map((index, position) => {
    const fits = memberFits.map((f) => f[index] as number);
    let lowest = { member: 0, fit: fits[0] ?? 0 };
    fits.forEach((fit, member) => {
      if (fit < lowest.fit - TIE_EPSILON) lowest = { member, fit };
    });
    return {
      framework: frameworks[index] as Framework,
      rank: position + 1,
      teamFit: teamFits[index] as number,
      memberFits: fits,
      lowest,
    };
  });
  const pick = ranked[0]?.framework.id;
  const outlooks = members.map((m, member) => {
    const own = rankFrameworks(dataset, { weights: m.weights, languages: m.languages }).ranked;
    const at = own.findIndex((r) => r.framework.id === pick);
    return {
      member,
      firstChoice: own[0]?.framework ?? null,
      teamPickRank: at < 0 ? null : at + 1,
    };
  });
  return { ranked, noCommonLanguage, outlooks };
}

/** The members' weights on one criterion and how far apart they are. */
export interface Disagreement {
  criterion: CriterionId;
  weights: number[];
  /** Highest minus lowest weight. */
  spread: number;
}

/** Every criterion's weights side by side, largest spread first (then the order of links). */
export function disagreements(members: readonly TeamMember[]): Disagreement[] {
  return CRITERION_IDS.map((criterion) => {
    const weights = members.map((m) => m.weights[criterion]);
    const spread = weights.length > 0 ? Math.max(...weights) - Math.min(...weights) : 0;
    return { criterion, weights, spread };
  }).sort(
    (a, b) =>
      b.spread - a.spread ||
      CRITERION_IDS.indexOf(a.criterion) - CRITERION_IDS.indexOf(b.criterion),
  );
}

/** Seed from the members' weights and languages, so the same team link gives the same shares. */
export function teamSeed(members: readonly TeamMember[]): number {
  return hashString(
    members
      .map((m) => `${weightVector(m.weights).join("")}.${[...m.languages].sort().join("-")}`)
      .join("|"),
  );
}

const clampWeight = (w: number) => Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, w));

/**
 * How firm the team's pick is: the percent of `samples` seeded perturbations, each moving every
 * member's every weight by -1, 0 or +1 (clamped to 0..5), under which it still ranks first.
 */
export function teamStability(
  dataset: Dataset,
  members: readonly TeamMember[],
  samples: number = DEFAULT_TEAM_STABILITY_SAMPLES,
): number {
  const { ranked } = teamRanking(dataset, members);
  const pick = ranked[0]?.framework.id;
  if (pick === undefined || members.length === 0) return 0;
  // Name order, so that among tied team fits the first by name leads, as in the ranking.
  const frameworks = ranked.map((r) => r.framework).sort((a, b) => compareNames(a.name, b.name));
  const k = CRITERION_IDS.length;
  const matrix = new Float64Array(scoreMatrix(frameworks).flat());
  const next = createSeededRandom(teamSeed(members));
  const weights = new Float64Array(k);
  const sums = new Float64Array(frameworks.length);
  const runs = Math.max(1, Math.floor(samples));
  let kept = 0;
  for (let s = 0; s < runs; s++) {
    sums.fill(0);
    for (const member of members) {
      let total = 0;
      CRITERION_IDS.forEach((id, c) => {
        const w = clampWeight(member.weights[id] + randomStep(next));
        weights[c] = w;
        total += w;
      });
      if (total === 0) {
        weights.fill(1);
        total = k;
      }
      for (let i = 0; i < frameworks.length; i++) {
        let dot = 0;
        for (let c = 0; c < k; c++) dot += (weights[c] as number) * (matrix[i * k + c] as number);
        sums[i] = (sums[i] as number) + (100 * dot) / total;
      }
    }
    let leader = 0;
    for (let i = 1; i < frameworks.length; i++) {
      if (
        (sums[i] as number) / members.length - (sums[leader] as number) / members.length >=
        TIE_EPSILON
      ) {
        leader = i;
      }
    }
    if (frameworks[leader]?.id === pick) kept += 1;
  }
  return (100 * kept) / runs;
}
