import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { findChromium } from "../../scripts/lib/chromium.ts";
import { serveStatic } from "../../scripts/lib/serve-static.ts";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/**
 * Serves the built app (dist/) on 127.0.0.1 the way a static host would (index.html for
 * client-side paths, missing assets as 404s) and hands its URL and the Chromium path to the tests.
 */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  const server = await serveStatic({ root: DIST });
  project.provide("baseUrl", server.url);
  project.provide("chromiumPath", chromium);
  return async () => {
    await server.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}
