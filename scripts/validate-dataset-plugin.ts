import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { DatasetError, validateDataset } from "../src/domain/validate-dataset.ts";

const DATASET_PATH = fileURLToPath(new URL("../data/frameworks.json", import.meta.url));

/** Fails `vite build` and `vite dev` with a readable message when data/frameworks.json is broken. */
export function validateDatasetPlugin(): Plugin {
  return {
    name: "framework-fit:validate-dataset",
    buildStart() {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(DATASET_PATH, "utf8"));
      } catch (error) {
        this.error(`data/frameworks.json is not valid JSON: ${(error as Error).message}`);
      }
      const issues = validateDataset(raw);
      if (issues.length > 0) this.error(new DatasetError(issues).message);
    },
  };
}
