/** What a registry reader produces, and the helpers every reader shares. */
import type { z } from "zod";
import { isCalendarDate } from "../../src/domain/dataset-schema.ts";
import { newestStable } from "./version-order.ts";

/** The newest stable release a registry reports; `date` is its UTC day, when the registry says. */
export interface Release {
  version: string;
  date?: string;
}

/** A registry answer read: the newest stable release, or why it could not be found in it. */
export type Reading = { release: Release } | { problem: string };

/** How to ask one registry for a package's releases and how to read its answer. */
export interface RegistryReader {
  /** Where to ask, or why this package name cannot be asked for. */
  url(name: string): string | { problem: string };
  read(answer: unknown, name: string): Reading;
  /** A second question for the release date, for registries whose version list has none. */
  dateOf?: {
    url(name: string, version: string): string;
    read(answer: unknown): string | undefined;
  };
}

/** A date and time without a zone, as PyPI's `upload_time` writes UTC. */
const UNZONED = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+)?$/;
const MAX_TIMESTAMP_LENGTH = 40;

/** A release, leaving `date` out when unknown; a leading "v" (v26.1.0) is dropped. */
export function release(version: string, date: string | undefined): Release {
  const plain = version.replace(/^[vV]/, "");
  return date === undefined ? { version: plain } : { version: plain, date };
}

/** A timestamp (ISO text, zoned or UTC without a zone, or epoch milliseconds) as YYYY-MM-DD. */
export function utcDay(value: unknown): string | undefined {
  if (typeof value === "string" && value.length > MAX_TIMESTAMP_LENGTH) return undefined;
  const unzoned = typeof value === "string" ? UNZONED.exec(value) : null;
  if (unzoned) return isCalendarDate(unzoned[1] ?? "") ? unzoned[1] : undefined;
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return undefined;
  const day = new Date(time).toISOString().slice(0, 10);
  return isCalendarDate(day) ? day : undefined;
}

/** Checks an answer's shape with a zod schema, then picks the release from it. */
export function readAnswer<Schema extends z.ZodType>(
  schema: Schema,
  answer: unknown,
  pick: (parsed: z.infer<Schema>) => Reading,
): Reading {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return pick(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "the top level";
  return { problem: `unexpected shape at ${where}` };
}

/** The newest stable release among registry entries, or a problem when there is none. */
export function pickNewestStable<T>(
  entries: Iterable<T>,
  versionOf: (entry: T) => string,
  dateOf: (entry: T) => unknown,
): Reading {
  const newest = newestStable(entries, versionOf);
  if (newest === undefined) return { problem: "no stable release listed" };
  return { release: release(versionOf(newest), utcDay(dateOf(newest))) };
}
