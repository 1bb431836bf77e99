/**
 * Builds scripts/baseline (a bare React 19 page) with the same Vite and React plugin as the
 * app, into a fresh temporary folder, so every budget compares against a floor measured in the
 * same run with the same toolchain.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";

export const BASELINE_ROOT = fileURLToPath(new URL("../baseline/", import.meta.url));

export interface BaselineBuild {
  /** The folder holding the built index.html and assets/. */
  outDir: string;
  /** Removes the temporary folder. */
  cleanup(): Promise<void>;
}

export async function buildBaseline(): Promise<BaselineBuild> {
  const outDir = await mkdtemp(join(tmpdir(), "framework-fit-baseline-"));
  try {
    await build({
      root: BASELINE_ROOT,
      base: "/",
      configFile: false,
      envDir: false,
      publicDir: false,
      logLevel: "warn",
      plugins: [react()],
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  return { outDir, cleanup: () => rm(outDir, { recursive: true, force: true }) };
}
