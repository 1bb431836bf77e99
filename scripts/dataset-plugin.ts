import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { type DatasetIssue, formatIssue, validateDataset } from "../src/domain/validate-dataset.ts";

/** The dataset the app is built with; `FRAMEWORK_FIT_DATASET` swaps in another file. */
export const DATASET_ENV = "FRAMEWORK_FIT_DATASET";
const DEFAULT_PATH = "data/frameworks.json";

const MODULES = {
  dataset: "virtual:framework-fit/dataset",
} as const;

/** The dataset file to build with: `FRAMEWORK_FIT_DATASET`, else the shipped one. */
export function datasetPathFromEnv(): string {
  return process.env[DATASET_ENV] || DEFAULT_PATH;
}

/** Reads and validates a dataset file: the data, or the problems in words. */
export function loadDatasetFile(path: string): { data: unknown } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { error: `${path} could not be read as JSON: ${(error as Error).message}` };
  }
  const issues: DatasetIssue[] = validateDataset(raw);
  if (issues.length === 0) return { data: raw };
  return { error: `${path} is not a valid dataset:\n${issues.map(formatIssue).join("\n")}` };
}

/**
 * Serves the validated dataset as `virtual:framework-fit/dataset` (loaded lazily by the app; the
 * page itself carries the catalogue and scores the first screen needs: first-paint-plugin.ts).
 * A broken file fails `vite build`, `vite dev` and the tests with a message naming the
 * framework, the field and the problem; the browser never validates it again.
 */
export function datasetPlugin(path = datasetPathFromEnv()): Plugin {
  const file = resolve(path);
  const ids = new Map(Object.entries(MODULES).map(([name, id]) => [`\0${id}`, name]));
  // Read and validated once, and again only when the file changes.
  let loaded: ReturnType<typeof loadDatasetFile> | undefined;
  return {
    name: "framework-fit:dataset",
    watchChange(id) {
      if (resolve(id) === file) loaded = undefined;
    },
    handleHotUpdate({ file: changed, server }) {
      if (resolve(changed) !== file) return;
      // `vite dev`: serve the edited file (or its validation message) on the next load.
      loaded = undefined;
      for (const id of ids.keys()) {
        const module = server.moduleGraph.getModuleById(id);
        if (module) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: "full-reload" });
      return [];
    },
    resolveId(source) {
      return Object.values(MODULES).includes(source as never) ? `\0${source}` : null;
    },
    load(id) {
      const name = ids.get(id);
      if (name === undefined) return null;
      this.addWatchFile(file);
      loaded ??= loadDatasetFile(file);
      if ("error" in loaded) return this.error(loaded.error);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loaded.data))});`;
    },
  };
}
