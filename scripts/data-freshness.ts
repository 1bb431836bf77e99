/**
 * `npm run data:freshness [-- --strict]`: asks each framework's package registry for its newest
 * stable release and prints which `latestVersion` entries of the dataset are behind (or ahead).
 * Reads the file named by FRAMEWORK_FIT_DATASET, else data/frameworks.json.
 *
 * Exits 0 when it could check (unreachable registries included), 1 with `--strict` when any
 * entry is behind, 2 when the dataset cannot be read or the arguments are wrong.
 */
import type { Dataset } from "../src/domain/types.ts";
import { datasetPathFromEnv, loadDatasetFile } from "./dataset-plugin.ts";
import { checkFreshness } from "./freshness/check-freshness.ts";
import { formatFreshnessReport, freshnessExitCode } from "./freshness/freshness-report.ts";

const USAGE = "Usage: tsx scripts/data-freshness.ts [--strict]\n";
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const unknown = args.filter((arg) => arg !== "--strict");
if (unknown.length > 0) {
  process.stderr.write(`Unknown argument(s): ${unknown.join(" ")}\n${USAGE}`);
  process.exit(2);
}

const path = datasetPathFromEnv();
const loaded = loadDatasetFile(path);
if ("error" in loaded) {
  process.stderr.write(`${loaded.error}\n`);
  process.exit(2);
}
const { frameworks } = loaded.data as Dataset;
process.stdout.write(
  `Checking ${frameworks.length} frameworks of ${path} against their registries…\n\n`,
);
const rows = await checkFreshness(frameworks, { fetch });
process.stdout.write(formatFreshnessReport(rows));
process.exitCode = freshnessExitCode(rows, args.includes("--strict"));
