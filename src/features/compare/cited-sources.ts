import type { Framework } from "../../domain/types.ts";
import type { CellSource } from "./compare-rows.ts";

/** The framework's sources behind the given keys, in citing order; unknown keys are skipped. */
export function citedSources(framework: Framework, keys: readonly string[]): CellSource[] {
  return keys.flatMap((key) => {
    const source = framework.sources[key];
    return source ? [{ key, title: source.title, url: source.url, accessed: source.accessed }] : [];
  });
}
