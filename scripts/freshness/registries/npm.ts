/** The npm registry's package document: dist-tags and the publish time of each version. */
import { z } from "zod";
import { pickNewestStable, type RegistryReader, readAnswer, release, utcDay } from "../release.ts";
import { isStableVersion } from "../version-order.ts";

const packageSchema = z.object({
  "dist-tags": z.object({ latest: z.string() }),
  time: z.record(z.string(), z.unknown().optional()).optional(),
});

/** npm names go in one path segment; a scope's "@" stays readable. */
const packageUrl = (name: string) =>
  `https://registry.npmjs.org/${encodeURIComponent(name).replace(/^%40/, "@")}`;

/** Reads `dist-tags.latest`; should it be a prerelease, the newest stable in `time` instead. */
export const npmRegistry: RegistryReader = {
  url: packageUrl,
  read: (answer) =>
    readAnswer(packageSchema, answer, (document) => {
      const latest = document["dist-tags"].latest;
      const time = document.time ?? {};
      if (isStableVersion(latest)) {
        return {
          release: release(latest, utcDay(Object.hasOwn(time, latest) ? time[latest] : undefined)),
        };
      }
      return pickNewestStable(
        Object.entries(time),
        ([version]) => version,
        ([, date]) => date,
      );
    }),
};
