/** The Node.js release index: every release, newest first; the newest is the Current line. */
import { z } from "zod";
import { pickNewestStable, type RegistryReader, readAnswer } from "../release.ts";

const indexSchema = z.array(z.object({ version: z.string(), date: z.unknown().optional() }));

/** Reads https://nodejs.org/dist/index.json (the package name is always "node"). */
export const nodejsRegistry: RegistryReader = {
  url: () => "https://nodejs.org/dist/index.json",
  read: (answer) =>
    readAnswer(indexSchema, answer, (entries) =>
      pickNewestStable(
        entries,
        (entry) => entry.version,
        (entry) => entry.date,
      ),
    ),
};
