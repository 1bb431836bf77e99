/** The words of the link notice: one plain-text sentence per problem, never markup. */
import { MAX_WEIGHT, MIN_WEIGHT } from "../domain/types.ts";
import { MATRIX_DETAILS, MAX_COMPARE, MIN_COMPARE, VIEWS } from "./share-state.ts";
import type { IdListKey, ShareUrlKey, ShareUrlProblem } from "./share-url-problem.ts";
import { shownValue } from "./share-url-problem.ts";

const ID_NOUNS: Readonly<Record<IdListKey, string>> = {
  lang: "language",
  compare: "framework",
  kind: "framework kind",
  own: "language",
  m: "language",
};

const ENTRY_NOUNS = { score: "score", own: "own option", m: "team member" } as const;

/** The sentence the notice shows for a problem with a link: what was wrong, what was used. */
export function describeLinkProblem(problem: ShareUrlProblem): string {
  const setting = `"${problem.key}=${problem.value}"`;
  switch (problem.kind) {
    case "repeated":
      return `"${problem.key}" is given ${problem.count} times in the link; ${used(problem)}.`;
    case "too-long":
    case "search-too-long":
      return `${setting} is longer than ${problem.limit} characters; ${used(problem)}.`;
    case "bad-weight":
      return `${setting} is not a weight from ${MIN_WEIGHT} to ${MAX_WEIGHT}; ${used(problem)}.`;
    case "bad-view":
      return `${setting} is not a view (${VIEWS.join(", ")}); ${used(problem)}.`;
    case "bad-detail":
      return `${setting} is not a matrix detail (${MATRIX_DETAILS.join(", ")}); ${used(problem)}.`;
    case "bad-sort":
      return `${setting} is not a matrix sort such as "${problem.fallback}"; ${used(problem)}.`;
    case "bad-compare-count":
      return (
        `${setting} does not name ${MIN_COMPARE} to ${MAX_COMPARE} known frameworks; ` +
        `${used(problem)}.`
      );
    case "bad-version":
      return `${setting} is not a link version this app reads (${versions(problem.latest)}); ${used(problem)}.`;
    case "bad-entries": {
      const noun = ENTRY_NOUNS[problem.key];
      const list = problem.entries.map((e) => `"${e}"`).join(", ");
      return problem.entries.length === 1
        ? `${setting} has a ${noun} that could not be read (${list}); it was left out.`
        : `${setting} has ${problem.entries.length} ${noun}s that could not be read (${list}); they were left out.`;
    }
    case "too-many-entries":
      return `${setting} gives ${problem.count} ${ENTRY_NOUNS[problem.key]}s, more than ${problem.limit}; the first ${problem.limit} were kept.`;
    case "unknown-ids":
      return `${setting} names ${unknownIds(problem.key, problem.ids)} left out.`;
    case "link-too-long":
      return (
        `The link is ${problem.length} characters long, more than the ${problem.limit} this app ` +
        "reads; opened the default settings instead."
      );
    case "unreadable":
      return "The link could not be read; opened the default settings instead.";
  }
}

/** What the notice says was used instead of a bad value of a key. */
function used({ key, fallback }: { key: ShareUrlKey; fallback: string }): string {
  switch (key) {
    case "v":
      return `read it as version ${fallback}`;
    case "lang":
      return "allowed any language instead";
    case "view":
      return `opened the ${fallback} view instead`;
    case "compare":
      return "compared no frameworks instead";
    case "sort":
      return `sorted by ${sortLabel(fallback)} instead`;
    case "kind":
      return "showed all kinds instead";
    case "q":
      return "left the search empty instead";
    case "detail":
      return `showed the ${fallback} pros and cons instead`;
    case "score":
      return "kept the dataset's scores instead";
    case "own":
      return "left that option out";
    case "m":
      return "left that member out";
    default:
      return `used ${fallback} instead`;
  }
}

function unknownIds(key: IdListKey, ids: readonly string[]): string {
  const list = shownValue(ids.join(", "));
  const noun = ID_NOUNS[key];
  return ids.length === 1
    ? `an unknown ${noun} (${list}); it was`
    : `unknown ${noun}s (${list}); they were`;
}

/** "fit:desc" as words: "fit, descending". */
function sortLabel(sort: string): string {
  const [column = "", direction] = sort.split(":");
  return `${column}, ${direction === "desc" ? "descending" : "ascending"}`;
}

/** The versions this app reads, "1" or "1, 2, 3". */
function versions(latest: number): string {
  return Array.from({ length: latest }, (_, i) => String(i + 1)).join(", ");
}
