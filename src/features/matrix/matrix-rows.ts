import { type Catalogue, kindLabel, languageName } from "../../domain/catalogue.ts";
import { isOwnOptionId } from "../../domain/own-options.ts";
import { publishedValueOf } from "../../domain/score-overrides.ts";
import { compareNames, type RankedFramework } from "../../domain/scoring.ts";
import { foldTerm } from "../../domain/text-match.ts";
import {
  CRITERION_IDS,
  type CriterionId,
  type Framework,
  type FrameworkKind,
  type LanguageId,
  type ScoreValue,
} from "../../domain/types.ts";
import type { MatrixSort, SortColumn, SortDirection } from "../../state/share-state.ts";

/** One framework as the matrix shows it: flat, precomputed fields so sorting stays O(n log n). */
export interface MatrixRow {
  id: string;
  name: string;
  /** 0..100 under the current weights, unrounded. */
  fit: number;
  scores: Readonly<Record<CriterionId, ScoreValue>>;
  /** The dataset's value of each score the user replaced with their own. */
  published: Readonly<Partial<Record<CriterionId, ScoreValue>>>;
  kind: FrameworkKind;
  /** The kind as the page words it ("Micro-framework", "Your own option"). */
  kindLabel: string;
  languages: readonly LanguageId[];
  /** Human language names, primary first. */
  languageNames: readonly string[];
  pros: readonly string[];
  cons: readonly string[];
  /** Facts the search looks in though the matrix does not show them; none for own options. */
  facts: readonly RowFact[];
  /** Every searched text folded (foldTerm) and joined, to skip rows that cannot match. */
  foldedText: string;
}

/** A fact of a framework as the search reports it: "templates: Blade". */
export interface RowFact {
  /** What the fact is, in words. */
  label: string;
  text: string;
}

/** What the matrix filters on besides the team's languages. */
export interface RowFilters {
  /** Kinds to show; empty = all. */
  kinds: readonly FrameworkKind[];
  /** The rows a search matched, by id; undefined when there is no search. */
  matches?: ReadonlyMap<string, unknown> | undefined;
}

const TEXT_COLUMNS: ReadonlySet<SortColumn> = new Set(["name", "kind", "languages"]);

/**
 * Fits are compared on a 1e-6 grid: distinct fits under integer weights differ by at least
 * 100 / (4 * 45), so the grid never merges them, yet float noise between equal fits vanishes
 * and those tie (then ordered by name), as in the ranking.
 */
const FIT_GRID = 1e6;

/** Numbers start descending (best first), text ascending (A to Z). */
export function firstSortDirection(column: SortColumn): SortDirection {
  return TEXT_COLUMNS.has(column) ? "asc" : "desc";
}

/** The facts a search looks in, each with the words that name it. */
function searchableFacts(framework: Framework): RowFact[] {
  if (isOwnOptionId(framework.id)) return [];
  const facts: [string, string | null][] = [
    ["data layer", framework.orm],
    ["real-time support", framework.realtime],
    ["templates", framework.templating],
    ["concurrency", framework.concurrency],
    ["license", framework.license],
    ["admin interface", framework.adminInterface ? "Generated admin interface" : null],
  ];
  return facts.flatMap(([label, text]) => (text === null ? [] : [{ label, text }]));
}

/** The matrix rows of the ranked (language-included) frameworks, in ranking order. */
export function toMatrixRows(
  ranked: readonly RankedFramework[],
  catalogue: Pick<Catalogue, "languages">,
): MatrixRow[] {
  return ranked.map(({ framework, fit }) => {
    const scores = Object.fromEntries(
      CRITERION_IDS.map((id) => [id, framework.scores[id].value]),
    ) as Record<CriterionId, ScoreValue>;
    const published: Partial<Record<CriterionId, ScoreValue>> = {};
    for (const id of CRITERION_IDS) {
      const value = publishedValueOf(framework.scores[id]);
      if (value !== undefined) published[id] = value;
    }
    const languageNames = framework.languages.map((l) => languageName(catalogue, l));
    const facts = searchableFacts(framework);
    const label = kindLabel(framework);
    const texts = [framework.name, ...framework.pros, ...framework.cons, ...languageNames, label];
    return {
      id: framework.id,
      name: framework.name,
      fit,
      scores,
      published,
      kind: framework.kind,
      kindLabel: label,
      languages: framework.languages,
      languageNames,
      pros: framework.pros,
      cons: framework.cons,
      facts,
      foldedText: [...texts, ...facts.map((f) => f.text)].map(foldTerm).join("|"),
    };
  });
}

/** The rows of the chosen kinds that the search matched (search.ts), in their order. */
export function filterRows(rows: readonly MatrixRow[], filters: RowFilters): MatrixRow[] {
  const { kinds, matches } = filters;
  return rows.filter(
    (row) =>
      (kinds.length === 0 || kinds.includes(row.kind)) &&
      (matches === undefined || matches.has(row.id)),
  );
}

function sortKey(row: MatrixRow, column: SortColumn): string | number {
  switch (column) {
    case "name":
      return row.name;
    case "fit":
      return Math.round(row.fit * FIT_GRID);
    case "kind":
      return row.kindLabel;
    case "languages":
      return row.languageNames[0] ?? "";
    default:
      return row.scores[column];
  }
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return compareNames(String(a), String(b));
}

/** A sorted copy: by the column in the direction, ties always by name A to Z, then id. */
export function sortRows(rows: readonly MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortKey(row, sort.column) }));
  keyed.sort(
    (a, b) =>
      sign * compareKeys(a.key, b.key) ||
      compareNames(a.row.name, b.row.name) ||
      compareNames(a.row.id, b.row.id),
  );
  return keyed.map((k) => k.row);
}
