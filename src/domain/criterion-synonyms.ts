/** Which criterion a search names: by its label, its id, or the words people use for it. */
import { foldTerm } from "./text-match.ts";
import { CRITERION_IDS, type CriterionId } from "./types.ts";

/**
 * Everyday words for each criterion, as folded search terms (lower case, no spaces or hyphens);
 * a plural "s" is understood. Labels come from the dataset and are matched besides these.
 */
export const CRITERION_SYNONYMS: Readonly<Record<CriterionId, readonly string[]>> = {
  performance: [
    "performance",
    "perf",
    "fast",
    "faster",
    "fastest",
    "speed",
    "speedy",
    "quick",
    "throughput",
    "latency",
    "benchmark",
    "requestspersecond",
    "rps",
    "efficient",
  ],
  scalability: [
    "scalability",
    "scalable",
    "scale",
    "scaling",
    "concurrency",
    "concurrent",
    "connection",
    "load",
    "highload",
    "traffic",
    "cluster",
    "clustering",
    "async",
    "nonblocking",
  ],
  realtime: [
    "realtime",
    "websocket",
    "socket",
    "live",
    "liveupdate",
    "push",
    "pubsub",
    "broadcast",
    "broadcasting",
    "sse",
    "serversentevent",
    "streaming",
    "chat",
    "presence",
  ],
  orm: [
    "orm",
    "database",
    "db",
    "sql",
    "data",
    "datalayer",
    "model",
    "migration",
    "query",
    "queries",
    "persistence",
    "activerecord",
    "relational",
    "postgres",
    "postgresql",
    "mysql",
    "sqlite",
  ],
  learning: [
    "learning",
    "learn",
    "learningcurve",
    "easy",
    "easier",
    "easiest",
    "ease",
    "beginner",
    "newcomer",
    "junior",
    "simple",
    "gentle",
    "onboarding",
    "tutorial",
    "docs",
    "documentation",
  ],
  productivity: [
    "productivity",
    "productive",
    "batteries",
    "batteriesincluded",
    "builtin",
    "scaffold",
    "scaffolding",
    "generator",
    "boilerplate",
    "crud",
    "rapid",
    "prototype",
    "prototyping",
  ],
  ecosystem: [
    "ecosystem",
    "hiring",
    "hire",
    "talent",
    "community",
    "popular",
    "popularity",
    "package",
    "library",
    "libraries",
    "plugin",
    "extension",
  ],
  security: [
    "security",
    "secure",
    "safe",
    "safety",
    "csrf",
    "xss",
    "injection",
    "sqlinjection",
    "owasp",
    "vulnerability",
    "vulnerabilities",
    "hashing",
  ],
  flexibility: [
    "flexibility",
    "flexible",
    "unopinionated",
    "minimal",
    "minimalist",
    "lightweight",
    "modular",
    "lean",
    "freedom",
  ],
};

/** Shortest typed term that may name a criterion by the start of a word ("perf", "secu"). */
const MIN_PREFIX = 4;

/** The terms that name a criterion: its id, its synonyms, its whole label and the label's longer words. */
function termsOf(criterion: { id: CriterionId; label: string }): string[] {
  const labelWords = criterion.label
    .split(/[\s&/,]+/u)
    .map(foldTerm)
    .filter((word) => word.length >= MIN_PREFIX);
  return [
    criterion.id,
    ...CRITERION_SYNONYMS[criterion.id],
    foldTerm(criterion.label),
    ...labelWords,
  ];
}

/** True when the folded query is the term, its plural, or (from four letters on) its start. */
function names(query: string, term: string): boolean {
  if (query === term || query === `${term}s`) return true;
  return query.length >= MIN_PREFIX && term.startsWith(query);
}

/**
 * The criteria a search names, in the dataset's order: "websockets", "real-time" and "live" name
 * the real-time criterion; "sql" the data layer; "secu" security. Empty when it names none.
 */
export function criteriaNamedBy(
  query: string,
  criteria: readonly { id: CriterionId; label: string }[],
): CriterionId[] {
  const folded = foldTerm(query);
  if (folded === "") return [];
  return criteria
    .filter((c) => CRITERION_IDS.includes(c.id) && termsOf(c).some((t) => names(folded, t)))
    .map((c) => c.id);
}
