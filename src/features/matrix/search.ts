/** What a matrix search matches in a row, and why: pure, so it is tested without a page. */
import { criteriaNamedBy } from "../../domain/criterion-synonyms.ts";
import { foldTerm, hasTerm } from "../../domain/text-match.ts";
import type { CriterionId, ScoreValue } from "../../domain/types.ts";
import type { MatrixRow, RowFact } from "./matrix-rows.ts";

/** A criterion score that counts as a strength, as in the results' explanations. */
export const STRONG_SCORE = 4;

/** A search as typed, and the criteria it names ("websocket" names real-time). */
export interface MatrixSearch {
  /** The typed text, trimmed; never blank. */
  text: string;
  /** The text as compared (foldTerm), never empty. */
  folded: string;
  criteria: readonly CriterionId[];
}

/** The text fields of a row a search looks in, in the order the page names them. */
export type MatchedField = "name" | "pros" | "cons" | "languages" | "kind";

/** Why a row matches a search. */
export interface RowMatch {
  /** The named criteria on which the row scores STRONG_SCORE or more. */
  strong: readonly { criterion: CriterionId; value: ScoreValue }[];
  /** Its shown fields that hold the text at a word start. */
  fields: readonly MatchedField[];
  /** Its facts (not shown in the row otherwise) that hold the text. */
  facts: readonly RowFact[];
}

/** The search to apply, or undefined when the box is blank. */
export function readMatrixSearch(
  text: string,
  criteria: readonly { id: CriterionId; label: string }[],
): MatrixSearch | undefined {
  const trimmed = text.trim();
  const folded = foldTerm(trimmed);
  if (folded === "") return undefined;
  return { text: trimmed, folded, criteria: criteriaNamedBy(trimmed, criteria) };
}

/**
 * Why the row matches, or undefined when it does not: a match is a strong score (4 or 5) on a
 * criterion the search names, or the text at the start of a word in the name, a pro, a con,
 * a language, the kind or a fact. A con saying "no WebSockets" matches as a con, never as a
 * real-time strength.
 */
export function matchRow(row: MatrixRow, search: MatrixSearch): RowMatch | undefined {
  const strong = search.criteria
    .map((criterion) => ({ criterion, value: row.scores[criterion] }))
    .filter((s) => s.value >= STRONG_SCORE);
  const inText = row.foldedText.includes(search.folded);
  if (strong.length === 0 && !inText) return undefined;
  const fields: MatchedField[] = [];
  const facts: RowFact[] = [];
  if (inText) {
    const has = (text: string) => hasTerm(text, search.text);
    if (has(row.name)) fields.push("name");
    if (row.pros.some(has)) fields.push("pros");
    if (row.cons.some(has)) fields.push("cons");
    if (row.languageNames.some(has)) fields.push("languages");
    if (has(row.kindLabel)) fields.push("kind");
    facts.push(...row.facts.filter((fact) => has(fact.text)));
  }
  if (strong.length === 0 && fields.length === 0 && facts.length === 0) return undefined;
  return { strong, fields, facts };
}

/** Every row's match by row id; rows that do not match are absent. */
export function matchRows(
  rows: readonly MatrixRow[],
  search: MatrixSearch,
): ReadonlyMap<string, RowMatch> {
  const matches = new Map<string, RowMatch>();
  for (const row of rows) {
    const match = matchRow(row, search);
    if (match) matches.set(row.id, match);
  }
  return matches;
}

/** The items a list shows: all of them, or the first `count` plus any that hold the search. */
export function visibleItems(
  items: readonly string[],
  count: number | "all",
  search: MatrixSearch | undefined,
): string[] {
  if (count === "all") return [...items];
  return items.filter(
    (item, i) => i < count || (search !== undefined && hasTerm(item, search.text)),
  );
}
