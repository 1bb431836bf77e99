/** Maven Central's search API, one document per version (`core=gav`) with its timestamp. */
import { z } from "zod";
import { pickNewestStable, type RegistryReader, readAnswer } from "../release.ts";

const GROUP_AND_ARTIFACT = /^([^:]+):([^:]+)$/;
/** Versions come newest first; fifty reach past any run of milestones and release candidates. */
const ROWS = 50;

const searchSchema = z.object({
  response: z.object({
    docs: z.array(z.object({ v: z.string(), timestamp: z.unknown().optional() })),
  }),
});

/** Reads https://search.maven.org/solrsearch/select for a "group:artifact" name. */
export const mavenRegistry: RegistryReader = {
  url: (name) => {
    const match = GROUP_AND_ARTIFACT.exec(name);
    if (!match) return { problem: `Maven names are "group:artifact", not "${name}"` };
    const [group, artifact] = [match[1] ?? "", match[2] ?? ""].map(encodeURIComponent);
    return `https://search.maven.org/solrsearch/select?q=g:${group}+AND+a:${artifact}&core=gav&rows=${ROWS}&wt=json`;
  },
  read: (answer) =>
    readAnswer(searchSchema, answer, (search) =>
      pickNewestStable(
        search.response.docs,
        (doc) => doc.v,
        (doc) => doc.timestamp,
      ),
    ),
};
