import type { Dataset } from "../domain/types.ts";

let pending: Promise<Dataset> | undefined;

/** The dataset's own chunk, fetched once when a view first needs it (never for the quiz alone). */
export function loadDataset(): Promise<Dataset> {
  pending ??= import("virtual:framework-fit/dataset").then((module) => module.default);
  return pending;
}
