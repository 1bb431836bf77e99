/** Packagist's Composer v2 metadata (p2), minified: each entry lists what changed from the last. */
import { z } from "zod";
import { pickNewestStable, type RegistryReader, readAnswer } from "../release.ts";

const VENDOR_AND_NAME = /^([^/]+)\/([^/]+)$/;
/** How the minified format says a field of the previous entry no longer applies. */
const UNSET = "__unset";

const entrySchema = z.object({ version: z.unknown().optional(), time: z.unknown().optional() });
const metadataSchema = z.object({ packages: z.record(z.string(), z.array(entrySchema)) });
type MinifiedEntry = z.infer<typeof entrySchema>;

interface Tagged {
  version: string;
  time: unknown;
}

/** Expands the two fields we read: a missing one repeats the previous entry's value. */
function expandMinified(entries: readonly MinifiedEntry[]): Tagged[] {
  const expanded: Tagged[] = [];
  let previous: MinifiedEntry = {};
  for (const entry of entries) {
    const current = {
      version: entry.version === undefined ? previous.version : entry.version,
      time: entry.time === undefined ? previous.time : entry.time,
    };
    previous = current;
    if (typeof current.version === "string") {
      expanded.push({
        version: current.version,
        time: current.time === UNSET ? undefined : current.time,
      });
    }
  }
  return expanded;
}

/** Reads https://repo.packagist.org/p2/<vendor>/<name>.json (tagged releases only). */
export const packagistRegistry: RegistryReader = {
  url: (name) => {
    const match = VENDOR_AND_NAME.exec(name.toLowerCase());
    if (!match) return { problem: `Packagist names are "vendor/name", not "${name}"` };
    return `https://repo.packagist.org/p2/${encodeURIComponent(match[1] ?? "")}/${encodeURIComponent(match[2] ?? "")}.json`;
  },
  read: (answer, name) =>
    readAnswer(metadataSchema, answer, (metadata) => {
      const key = name.toLowerCase();
      const entries = Object.hasOwn(metadata.packages, key) ? metadata.packages[key] : undefined;
      if (!entries) return { problem: `no "${key}" in the answer` };
      return pickNewestStable(
        expandMinified(entries),
        (entry) => entry.version,
        (entry) => entry.time,
      );
    }),
};
