import type { ShareUrlKey, ShareUrlProblem } from "./share-url-problem.ts";
import { shownValue } from "./share-url-problem.ts";

/** A link's query as read: every value of every key, in the order they appear. */
export type LinkParams = ReadonlyMap<string, readonly string[]>;

/** Longest single value that is read; longer values fall back to their default. */
export const MAX_VALUE_LENGTH = 200;

/** Reads a query string (without the "?") into its parameters; undefined if it cannot be read. */
export function readLinkParams(query: string): LinkParams | undefined {
  const params = new Map<string, string[]>();
  try {
    // The leading "&" stops URLSearchParams from stripping a second "?" ("??view=x" is junk).
    for (const [key, value] of new URLSearchParams(`&${query}`)) {
      const values = params.get(key);
      if (values === undefined) params.set(key, [value]);
      else values.push(value);
    }
  } catch {
    return undefined;
  }
  return params;
}

/** The single, not over-long value of `key`, or undefined after reporting why it is unusable. */
export function takeValue(
  params: LinkParams,
  key: ShareUrlKey,
  fallback: string,
  problems: ShareUrlProblem[],
  limit = MAX_VALUE_LENGTH,
): string | undefined {
  const values = params.get(key);
  if (values === undefined) return undefined;
  if (values.length > 1) {
    const value = shownValue(values.join(", "));
    problems.push({ kind: "repeated", key, value, count: values.length, fallback });
    return undefined;
  }
  const value = values[0] ?? "";
  if (value.length > limit) {
    problems.push({ kind: "too-long", key, value: shownValue(value), limit, fallback });
    return undefined;
  }
  return value;
}

/** Every value of a repeatable key that is not over-long, reporting the ones that are. */
export function takeValues(
  params: LinkParams,
  key: ShareUrlKey,
  problems: ShareUrlProblem[],
  limit = MAX_VALUE_LENGTH,
): string[] {
  return (params.get(key) ?? []).filter((value) => {
    if (value.length <= limit) return true;
    problems.push({ kind: "too-long", key, value: shownValue(value), limit, fallback: "" });
    return false;
  });
}
