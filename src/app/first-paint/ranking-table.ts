import type { Catalogue } from "../../domain/catalogue.ts";
import { catalogueOf } from "../../domain/catalogue.ts";
import { type Profile, type RankedFramework, rankedFits } from "../../domain/scoring.ts";
import type { Dataset } from "../../domain/types.ts";
import { CRITERION_IDS } from "../../domain/types.ts";

/** A framework as the first paint ranks it: its scores are one digit per criterion, in order. */
export interface TableFramework {
  id: string;
  name: string;
  languages: readonly string[];
  /** One digit 1..5 per criterion, in `CRITERION_IDS` order: "453324544". */
  scores: string;
}

/** What a shared link's first paint needs to rank: the catalogue and every framework's scores. */
export interface RankingTable extends Catalogue {
  frameworks: readonly TableFramework[];
}

/** The table of a dataset, written into the page at build time (a few hundred bytes). */
export function rankingTableOf(dataset: Dataset): RankingTable {
  return {
    ...catalogueOf(dataset),
    frameworks: dataset.frameworks.map((f) => ({
      id: f.id,
      name: f.name,
      languages: f.languages,
      scores: CRITERION_IDS.map((id) => f.scores[id].value).join(""),
    })),
  };
}

/**
 * Ranks the table's frameworks with the app's own scoring, so the first paint and the app agree.
 * Scoring reads only names, languages and score values, which the table gives back in place.
 */
export function rankTable(
  table: RankingTable,
  profile: Profile,
): Omit<RankedFramework, "contributions">[] {
  const frameworks = table.frameworks.map((f) => ({
    id: f.id,
    name: f.name,
    languages: f.languages,
    scores: Object.fromEntries(CRITERION_IDS.map((id, i) => [id, { value: Number(f.scores[i]) }])),
  }));
  const rankable = { ...table, frameworks } as unknown as Dataset;
  return rankedFits(rankable, profile);
}
