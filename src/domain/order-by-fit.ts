/** Ordering of fits for the scoring core: best first, near-equal fits tied and ordered by name. */

/** Fits that differ by less than this are tied and ordered by name (DESIGN §3). */
export const TIE_EPSILON = 1e-9;

/** From this many alternatives on, sort packed numeric keys natively instead of with a comparator. */
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
  const order = fits.length >= packedFrom ? indicesByFitPacked(fits) : indicesByFit(fits);
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

/**
 * Same result as `indicesByFit`, faster for many alternatives: each fit is quantised to a level
 * (0 = best) and packed with its index into one exact integer key (< 2^52) that a typed array
 * sorts natively; an insertion pass then fixes the order inside each level, which only holds
 * fits a few 1e-9 apart, so it is linear in practice.
 */
function indicesByFitPacked(fits: readonly number[]): number[] {
  const n = fits.length;
  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  for (const fit of fits) {
    if (Number.isNaN(fit)) return indicesByFit(fits);
    if (fit > max) max = fit;
    if (fit < min) min = fit;
  }
  const span = max - min;
  if (!Number.isFinite(span)) return indicesByFit(fits);
  const indexRange = 2 ** Math.max(1, Math.ceil(Math.log2(n)));
  const maxLevel = 2 ** 52 / indexRange - 1;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Divide before scaling: a tiny span would make maxLevel / span infinite.
    const level = span > 0 ? Math.floor(((max - (fits[i] as number)) / span) * maxLevel) : 0;
    keys[i] = Math.min(maxLevel, level) * indexRange + i;
  }
  keys.sort();
  const order: number[] = [];
  for (let j = 0; j < n; j++) order.push((keys[j] as number) % indexRange);
  insertionFix(order, fits);
  return order;
}

/** Insertion sort by fit descending, then index; cheap when the order is nearly right. */
function insertionFix(order: number[], fits: readonly number[]): void {
  for (let j = 1; j < order.length; j++) {
    const current = order[j] as number;
    const fit = fits[current] as number;
    let k = j - 1;
    for (; k >= 0; k--) {
      const previous = order[k] as number;
      const previousFit = fits[previous] as number;
      if (previousFit > fit || (previousFit === fit && previous < current)) break;
      order[k + 1] = previous;
    }
    order[k + 1] = current;
  }
}

function sortRunByName(order: number[], start: number, end: number, names: readonly string[]) {
  const run = order.slice(start, end);
  run.sort((a, b) => compareNames(names[a] ?? "", names[b] ?? "") || a - b);
  for (let i = 0; i < run.length; i++) order[start + i] = run[i] as number;
}
