/** RubyGems' version list: every version with a prerelease flag and its push time. */
import { z } from "zod";
import { pickNewestStable, type RegistryReader, readAnswer } from "../release.ts";

const versionsSchema = z.array(
  z.object({
    number: z.string(),
    prerelease: z.boolean().optional(),
    created_at: z.unknown().optional(),
  }),
);

/** Reads the newest version not flagged (nor written) as a prerelease, four-part ones included. */
export const rubygemsRegistry: RegistryReader = {
  url: (name) => `https://rubygems.org/api/v1/versions/${encodeURIComponent(name)}.json`,
  read: (answer) =>
    readAnswer(versionsSchema, answer, (versions) =>
      pickNewestStable(
        versions.filter((version) => version.prerelease !== true),
        (version) => version.number,
        (version) => version.created_at,
      ),
    ),
};
