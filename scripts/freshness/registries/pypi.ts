/** PyPI's JSON API: every release with its uploaded files. */
import { z } from "zod";
import { pickNewestStable, type RegistryReader, readAnswer, utcDay } from "../release.ts";

const fileSchema = z.object({
  upload_time_iso_8601: z.unknown().optional(),
  upload_time: z.unknown().optional(),
  yanked: z.boolean().optional(),
});
const projectSchema = z.object({ releases: z.record(z.string(), z.array(fileSchema)) });
type File = z.infer<typeof fileSchema>;

/** The day a release was first uploaded: its earliest file. */
function firstUpload(files: readonly File[]): string | undefined {
  const days = files
    .map((file) => utcDay(file.upload_time_iso_8601) ?? utcDay(file.upload_time))
    .filter((day) => day !== undefined);
  return days.length > 0 ? days.reduce((a, b) => (b < a ? b : a)) : undefined;
}

/** Reads the newest release that is not a prerelease and has files not all yanked. */
export const pypiRegistry: RegistryReader = {
  url: (name) => `https://pypi.org/pypi/${encodeURIComponent(name)}/json`,
  read: (answer) =>
    readAnswer(projectSchema, answer, (project) =>
      pickNewestStable(
        Object.entries(project.releases).filter(([, files]) => files.some((file) => !file.yanked)),
        ([version]) => version,
        ([, files]) => firstUpload(files),
      ),
    ),
};
