import type { AddressInfo } from "node:net";
import { preview } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium } from "./find-chromium.ts";

/** Serves the built app (dist/) on 127.0.0.1 and hands its URL and the Chromium path to the tests. */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  const server = await preview({
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    logLevel: "warn",
  });
  const address = server.httpServer.address() as AddressInfo;
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
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
