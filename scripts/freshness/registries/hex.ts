/** Hex's package API: the latest stable version and every release's publish time. */
import { z } from "zod";
import { pickNewestStable, type RegistryReader, readAnswer, release, utcDay } from "../release.ts";
import { isStableVersion } from "../version-order.ts";

const packageSchema = z.object({
  latest_stable_version: z.string().nullish(),
  releases: z.array(z.object({ version: z.string(), inserted_at: z.unknown().optional() })),
});

/** Reads `latest_stable_version`, or the newest stable release when Hex names none. */
export const hexRegistry: RegistryReader = {
  url: (name) => `https://hex.pm/api/packages/${encodeURIComponent(name)}`,
  read: (answer) =>
    readAnswer(packageSchema, answer, (found) => {
      const stable = found.latest_stable_version;
      if (typeof stable === "string" && isStableVersion(stable)) {
        const listed = found.releases.find((entry) => entry.version === stable);
        return { release: release(stable, utcDay(listed?.inserted_at)) };
      }
      return pickNewestStable(
        found.releases,
        (entry) => entry.version,
        (entry) => entry.inserted_at,
      );
    }),
};
