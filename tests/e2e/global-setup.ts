import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { DATASET_ENV } from "../../scripts/dataset-plugin.ts";
import { findChromium } from "../../scripts/lib/chromium.ts";
import { serveStatic } from "../../scripts/lib/serve-static.ts";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DIST = join(REPO, "dist");

/** Builds the app with the made-up eleven-framework dataset, by data alone, into a scratch folder. */
async function buildFixtureApp(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "framework-fit-e2e-"));
  const datasetPath = join(work, "eleven-frameworks.json");
  writeFileSync(datasetPath, JSON.stringify(elevenFrameworkDataset()));
  const outDir = join(work, "dist");
  const previous = process.env[DATASET_ENV];
  process.env[DATASET_ENV] = datasetPath;
  try {
    await build({
      configFile: join(REPO, "vite.config.ts"),
      root: REPO,
      logLevel: "warn",
      build: { outDir },
    });
  } finally {
    if (previous === undefined) delete process.env[DATASET_ENV];
    else process.env[DATASET_ENV] = previous;
  }
  return outDir;
}

/**
 * Serves the built app (dist/) on 127.0.0.1 the way a static host would (index.html for
 * client-side paths, missing assets as 404s), and a second build of it with a made-up dataset of
 * eleven frameworks; hands both URLs and the Chromium path to the tests.
 */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  const server = await serveStatic({ root: DIST });
  const fixtureServer = await serveStatic({ root: await buildFixtureApp() });
  project.provide("baseUrl", server.url);
  project.provide("fixtureUrl", fixtureServer.url);
  project.provide("chromiumPath", chromium);
  return async () => {
    await Promise.all([server.close(), fixtureServer.close()]);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The app built with `elevenFrameworkDataset()` instead of the shipped data. */
    fixtureUrl: string;
    chromiumPath: string;
  }
}
