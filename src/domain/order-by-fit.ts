/** Ordering of fits for the scoring core: best first, near-equal fits tied and ordered by name. */
import { indicesByFitPacked } from "./packed-order.ts";

/** Fits that differ by less than this are tied and ordered by name (README "How the ranking works"). */
export const TIE_EPSILON = 1e-9;

/** From this many alternatives on, radix-sort quantised fits instead of sorting with a comparator. */
export const PACKED_SORT_FROM = 256;

/** Plain code-unit order (not localeCompare), so every browser sorts names the same way. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Indices best fit first; fits closer than `TIE_EPSILON` (chained through neighbours) are tied
 * and ordered by name, then index. `packedFrom` only exists so tests can force either sort path.
 */
export function orderByFit(
  fits: readonly number[],
  names: readonly string[],
  packedFrom: number = PACKED_SORT_FROM,
): number[] {
  const order =
    fits.length >= packedFrom ? indicesByFitPacked(fits, indicesByFit) : indicesByFit(fits);
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    const gap =
      i === order.length
        ? Number.POSITIVE_INFINITY
        : (fits[order[i - 1] as number] as number) - (fits[order[i] as number] as number);
    if (gap >= TIE_EPSILON) {
      if (i - start > 1) sortRunByName(order, start, i, names);
      start = i;
    }
  }
  return order;
}

/** Fit descending, equal fits by index (the sort is stable and starts in index order). */
function indicesByFit(fits: readonly number[]): number[] {
  const order = fits.map((_, index) => index);
  return order.sort((a, b) => (fits[b] as number) - (fits[a] as number));
}

function sortRunByName(order: number[], start: number, end: number, names: readonly string[]) {
  const run = order.slice(start, end);
  run.sort((a, b) => compareNames(names[a] ?? "", names[b] ?? "") || a - b);
  for (let i = 0; i < run.length; i++) order[start + i] = run[i] as number;
}
