import type { Catalogue } from "../../domain/catalogue.ts";
import { DEFAULT_WEIGHTS } from "../../domain/default-profile.ts";
import type { Profile } from "../../domain/scoring.ts";
import type { CriterionId, Weights } from "../../domain/types.ts";
import { CRITERION_IDS } from "../../domain/types.ts";
import { isCompareCount } from "../../state/share-state.ts";

/** Keys the app reads for more than the ranking: a link with any of them waits for the app. */
const APP_ONLY_KEYS = ["sort", "kind", "q", "detail", "score", "own", "m"];
/** Longer links are left to the app, which reads (and reports on) everything. */
const MAX_FAST_LENGTH = 1000;

const isCriterion = (key: string): key is CriterionId =>
  (CRITERION_IDS as readonly string[]).includes(key);

/** A comma list's ids if each is known and named once (empty: none), else null. */
function knownIds(value: string, known: readonly { id: string }[]): string[] | null {
  const ids = value === "" ? [] : value.split(",");
  const valid = ids.every((id, i) => known.some((k) => k.id === id) && ids.indexOf(id) === i);
  return valid ? ids : null;
}

/**
 * The profile of a plain results link (weights, languages, `v=1`, `view=results`, and the
 * frameworks chosen to compare, which the ranking does not show), read the way the link codec
 * reads it, or null for anything else: another view, any setting the ranking alone cannot show
 * (matrix filters, your scores, own options, a team), or a value the app would report as not
 * understood. Null is always safe: the app then draws the page itself.
 */
export function readFastLink(
  search: string,
  catalogue: Pick<Catalogue, "languages" | "frameworks">,
): Profile | null {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query.length > MAX_FAST_LENGTH) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(`&${query}`);
  } catch {
    return null;
  }
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  let languages: string[] = [];
  let weightsGiven = false;
  let view: string | undefined;
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key) || APP_ONLY_KEYS.includes(key)) return null;
    seen.add(key);
    if (key === "v") {
      if (value !== "1") return null;
    } else if (isCriterion(key)) {
      if (!/^[0-5]$/.test(value)) return null;
      weights[key] = Number(value);
      weightsGiven = true;
    } else if (key === "lang") {
      const ids = knownIds(value, catalogue.languages);
      if (!ids) return null;
      languages = ids;
    } else if (key === "compare") {
      const ids = knownIds(value, catalogue.frameworks);
      if (!ids || (ids.length > 0 && !isCompareCount(ids.length))) return null;
    } else if (key === "view") {
      view = value;
    }
  }
  return (view ?? (weightsGiven ? "results" : "quiz")) === "results"
    ? { weights, languages }
    : null;
}
