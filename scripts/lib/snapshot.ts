/**
 * Copies a build folder to a temporary one, so a measurement sees one consistent build even
 * if `vite build` rewrites dist/ meanwhile (hashed file names change, old ones are deleted).
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Snapshot {
  dir: string;
  cleanup(): Promise<void>;
}

export async function snapshotDir(
  source: string,
  prefix = "framework-fit-dist-",
): Promise<Snapshot> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    await cp(source, dir, { recursive: true });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
