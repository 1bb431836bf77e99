/** NuGet: versions from the flat container, the date from that version's registration leaf. */
import { z } from "zod";
import { pickNewestStable, type RegistryReader, readAnswer, utcDay } from "../release.ts";

const indexSchema = z.object({ versions: z.array(z.string()) });
const leafSchema = z.object({ published: z.unknown().optional() });
/** NuGet marks unlisted packages by a publish date in 1900. */
const UNLISTED_BEFORE = "1901-01-01";

const packageId = (name: string) => encodeURIComponent(name.toLowerCase());

/** Reads the newest stable id in `versions`; its date needs a second question. */
export const nugetRegistry: RegistryReader = {
  url: (name) => `https://api.nuget.org/v3-flatcontainer/${packageId(name)}/index.json`,
  read: (answer) =>
    readAnswer(indexSchema, answer, (index) =>
      pickNewestStable(
        index.versions,
        (version) => version,
        () => undefined,
      ),
    ),
  dateOf: {
    url: (name, version) =>
      `https://api.nuget.org/v3/registration5-gz-semver2/${packageId(name)}/${encodeURIComponent(version.toLowerCase())}.json`,
    read: (answer) => {
      const leaf = leafSchema.safeParse(answer);
      const day = leaf.success ? utcDay(leaf.data.published) : undefined;
      return day !== undefined && day >= UNLISTED_BEFORE ? day : undefined;
    },
  },
};
