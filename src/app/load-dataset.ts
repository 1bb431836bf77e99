import type { Dataset } from "../domain/types.ts";

let pending: Promise<Dataset> | undefined;

/**
 * The dataset's own chunk, fetched once when a view first needs it (never for the quiz alone).
 * Once loaded, the promise says so the way React's `use` reads it (`status`, `value`), so a view
 * drawn after the load renders at once instead of suspending for a moment.
 */
export function loadDataset(): Promise<Dataset> {
  if (pending) return pending;
  const loading: Promise<Dataset> = import("virtual:framework-fit/dataset").then((module) => {
    Object.assign(loading, { status: "fulfilled", value: module.default });
    return module.default;
  });
  pending = loading;
  return loading;
}
