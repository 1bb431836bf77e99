/** Asks each framework's registry for its newest stable release, a few at a time. */
import type { Framework, PackageRegistry } from "../../src/domain/types.ts";
import { type AskOptions, fetchAnswer } from "./fetch-answer.ts";
import { type Freshness, freshnessOf, type Outcome } from "./freshness-status.ts";
import { hexRegistry } from "./registries/hex.ts";
import { mavenRegistry } from "./registries/maven.ts";
import { nodejsRegistry } from "./registries/nodejs.ts";
import { npmRegistry } from "./registries/npm.ts";
import { nugetRegistry } from "./registries/nuget.ts";
import { packagistRegistry } from "./registries/packagist.ts";
import { pypiRegistry } from "./registries/pypi.ts";
import { rubygemsRegistry } from "./registries/rubygems.ts";
import { type RegistryReader, type Release, release } from "./release.ts";

/** One reader per registry the dataset contract allows. */
const READERS: Record<PackageRegistry, RegistryReader> = {
  nodejs: nodejsRegistry,
  npm: npmRegistry,
  pypi: pypiRegistry,
  rubygems: rubygemsRegistry,
  packagist: packagistRegistry,
  hex: hexRegistry,
  nuget: nugetRegistry,
  maven: mavenRegistry,
};

/** What the check needs of a framework. */
export type FreshnessEntry = Pick<Framework, "name" | "package" | "latestVersion">;

/** One line of the report: the dataset entry, the registry's answer, and how they compare. */
export interface FreshnessRow {
  framework: string;
  dataset: Framework["latestVersion"];
  /** The registry's newest stable release, when it answered readably. */
  registry?: Release;
  freshness: Freshness;
}

/** `fetch` to ask with; timeout, size cap and concurrency have working defaults. */
export interface CheckOptions extends Partial<Omit<AskOptions, "fetch">> {
  fetch: AskOptions["fetch"];
  /** Requests in flight at once. */
  concurrency?: number;
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 32 * 1024 * 1024, concurrency: 8 };

/** Asks the package's registry and reads the answer; a registry without dates gets a 2nd ask. */
async function askRegistry(pkg: Framework["package"], options: AskOptions): Promise<Outcome> {
  const reader = Object.hasOwn(READERS, pkg.registry) ? READERS[pkg.registry] : undefined;
  if (!reader) return { unreachable: `no reader for registry "${pkg.registry}"` };
  const url = reader.url(pkg.name);
  if (typeof url !== "string") return { unreachable: url.problem };
  const answer = await fetchAnswer(url, options);
  if (!("json" in answer)) return answer;
  const reading = reader.read(answer.json, pkg.name);
  if ("problem" in reading) return { unreadable: reading.problem };
  const { version, date } = reading.release;
  if (date !== undefined || !reader.dateOf) return reading;
  const dated = await fetchAnswer(reader.dateOf.url(pkg.name, version), options);
  return {
    release: release(version, "json" in dated ? reader.dateOf.read(dated.json) : undefined),
  };
}

/** One row for an entry; anything unexpected becomes an "unreadable" row, never a throw. */
async function checkEntry(entry: FreshnessEntry, options: AskOptions): Promise<FreshnessRow> {
  let outcome: Outcome;
  try {
    outcome = await askRegistry(entry.package, options);
  } catch (error) {
    outcome = { unreadable: error instanceof Error ? error.message : String(error) };
  }
  const row = {
    framework: entry.name,
    dataset: entry.latestVersion,
    freshness: freshnessOf(entry.latestVersion.version, outcome),
  };
  return "release" in outcome ? { ...row, registry: outcome.release } : row;
}

/** Checks every entry, `concurrency` at a time; rows come back in the entries' order. */
export async function checkFreshness(
  entries: readonly FreshnessEntry[],
  options: CheckOptions,
): Promise<FreshnessRow[]> {
  const { concurrency, ...ask } = { ...DEFAULTS, ...options };
  const rows: FreshnessRow[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < entries.length; index = next++) {
      rows[index] = await checkEntry(entries[index] as FreshnessEntry, ask);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, entries.length)) }, worker),
  );
  return rows;
}
