/** Version strings as package registries write them: which are stable, and which is newer. */

/** Longer strings are not versions; this also keeps hostile answers cheap to read. */
const MAX_VERSION_LENGTH = 64;
/** Leading numbers, then whatever qualifier follows ("-rc.1", ".RELEASE", "a1", ".post2"). */
const VERSION_SHAPE = /^[vV]?(\d{1,9}(?:\.\d{1,9})*)([A-Za-z0-9._-]*)$/;
/** Maven-era suffixes that mark a final release, not a prerelease. */
const STABLE_SUFFIX = /[.-](release|final|ga)$/i;
/** PEP 440 post-releases ("1.0.post2") come after their release and are stable. */
const POST_RELEASE = /^[.-]?post(\d*)$/i;
/** Orders prerelease tags: alpha < beta < m1 < preview < rc, and rc.2 < rc.10. */
const TAG_ORDER = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** A version taken apart: release numbers, prerelease tag ("" for a release), post number. */
export interface ParsedVersion {
  numbers: number[];
  tag: string;
  post: number;
}

/** Takes a version apart, or undefined when the text is not a version; "+build" is ignored. */
export function parseVersion(text: string): ParsedVersion | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  const match = VERSION_SHAPE.exec(text.split("+")[0] ?? "");
  if (!match) return undefined;
  const numbers = (match[1] ?? "").split(".").map(Number);
  const qualifier = (match[2] ?? "").replace(STABLE_SUFFIX, "");
  const post = POST_RELEASE.exec(qualifier);
  if (post) return { numbers, tag: "", post: Number(post[1] || 0) };
  return { numbers, tag: qualifier.replace(/^[._-]/, "").toLowerCase(), post: -1 };
}

/** True for a final release: no -rc, -beta, .RC1, -M1, -preview, a1, .dev0 and the like. */
export function isStableVersion(text: string): boolean {
  return parseVersion(text)?.tag === "";
}

/** Orders two parsed versions: 8.1.1 = 8.1.1.0 < 8.1.1.1, and 4.1.0-RC1 < 4.1.0. */
export function compareParsed(a: ParsedVersion, b: ParsedVersion): number {
  const length = Math.max(a.numbers.length, b.numbers.length);
  for (let index = 0; index < length; index++) {
    const difference = (a.numbers[index] ?? 0) - (b.numbers[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (a.tag !== b.tag) {
    if (a.tag === "") return 1;
    if (b.tag === "") return -1;
    return Math.sign(TAG_ORDER.compare(a.tag, b.tag));
  }
  return Math.sign(a.post - b.post);
}

/** -1, 0 or 1 as `a` is older, the same or newer than `b`; undefined if either is no version. */
export function compareVersions(a: string, b: string): number | undefined {
  const left = parseVersion(a);
  const right = parseVersion(b);
  return left && right ? compareParsed(left, right) : undefined;
}

/** The item with the newest stable version (the first of equals), in one pass. */
export function newestStable<T>(items: Iterable<T>, versionOf: (item: T) => string): T | undefined {
  let best: { item: T; parsed: ParsedVersion } | undefined;
  for (const item of items) {
    const parsed = parseVersion(versionOf(item));
    if (parsed?.tag !== "") continue;
    if (!best || compareParsed(parsed, best.parsed) > 0) best = { item, parsed };
  }
  return best?.item;
}
