/** How a dataset entry's `latestVersion` stands against what its registry answered. */
import type { Release } from "./release.ts";
import { compareVersions } from "./version-order.ts";

/** What asking the registry came to: its newest stable release, or why there is none. */
export type Outcome = { release: Release } | { unreachable: string } | { unreadable: string };

/** A dataset entry's standing: the versions compared, or why there was nothing to compare. */
export type Freshness =
  | { kind: "current" }
  | { kind: "behind" | "ahead" | "incomparable"; dataset: string; registry: string }
  | { kind: "unreachable" | "unreadable"; why: string };

/** Compares the dataset's version with the registry's newest stable one. */
export function freshnessOf(datasetVersion: string, outcome: Outcome): Freshness {
  if ("unreachable" in outcome) return { kind: "unreachable", why: outcome.unreachable };
  if ("unreadable" in outcome) return { kind: "unreadable", why: outcome.unreadable };
  const registry = outcome.release.version;
  const order = compareVersions(datasetVersion, registry);
  if (order === 0) return { kind: "current" };
  const kind = order === undefined ? "incomparable" : order < 0 ? "behind" : "ahead";
  return { kind, dataset: datasetVersion, registry };
}

/** The status in words, as the report prints it. */
export function describeFreshness(freshness: Freshness): string {
  switch (freshness.kind) {
    case "current":
      return "current";
    case "behind":
    case "ahead":
      return `${freshness.kind} (dataset ${freshness.dataset}, registry ${freshness.registry})`;
    case "incomparable":
      return `cannot compare (dataset ${freshness.dataset}, registry ${freshness.registry})`;
    case "unreachable":
      return `unreachable (${freshness.why})`;
    case "unreadable":
      return `unreadable answer (${freshness.why})`;
  }
}
