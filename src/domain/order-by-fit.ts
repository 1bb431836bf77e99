/** Ordering of fits for the scoring core: best first, near-equal fits tied and ordered by name. */

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

const MAX_LEVEL = 0xffffffff;
const RADIX_BITS = 8;
const RADIX = 1 << RADIX_BITS;

/**
 * Same result as `indicesByFit` in linear time for many alternatives: each fit becomes a 32-bit
 * level (0 = best), a stable LSD radix sort orders the levels, and the order inside each level
 * (fits a few 1e-8 apart at most) is fixed by sorting just those runs: linear in practice.
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
  let levels = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // Divide before scaling: a tiny span would make MAX_LEVEL / span infinite.
    const level = span > 0 ? Math.floor(((max - (fits[i] as number)) / span) * MAX_LEVEL) : 0;
    levels[i] = Math.min(MAX_LEVEL, level);
    order[i] = i;
  }
  let nextLevels = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  const starts = new Uint32Array(RADIX);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    starts.fill(0);
    for (let i = 0; i < n; i++) {
      const bucket = ((levels[i] as number) >>> shift) & (RADIX - 1);
      starts[bucket] = (starts[bucket] as number) + 1;
    }
    if (starts.includes(n)) continue;
    let position = 0;
    for (let b = 0; b < RADIX; b++) {
      const count = starts[b] as number;
      starts[b] = position;
      position += count;
    }
    for (let i = 0; i < n; i++) {
      const level = levels[i] as number;
      const bucket = (level >>> shift) & (RADIX - 1);
      const to = starts[bucket] as number;
      starts[bucket] = to + 1;
      nextLevels[to] = level;
      nextOrder[to] = order[i] as number;
    }
    [levels, nextLevels] = [nextLevels, levels];
    [order, nextOrder] = [nextOrder, order];
  }
  const result = Array.from(order);
  sortEqualLevels(result, levels, fits);
  return result;
}

/**
 * Levels are monotonic in fit, so only runs of one level can be out of order; each such run (a
 * few fits within 1e-8 of each other, rare in practice) is sorted by fit descending, then index.
 */
function sortEqualLevels(order: number[], levels: Uint32Array, fits: readonly number[]): void {
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && levels[i] === levels[start]) continue;
    if (i - start > 1) {
      const run = order.slice(start, i);
      run.sort((a, b) => (fits[b] as number) - (fits[a] as number) || a - b);
      for (let k = 0; k < run.length; k++) order[start + k] = run[k] as number;
    }
    start = i;
  }
}

function sortRunByName(order: number[], start: number, end: number, names: readonly string[]) {
  const run = order.slice(start, end);
  run.sort((a, b) => compareNames(names[a] ?? "", names[b] ?? "") || a - b);
  for (let i = 0; i < run.length; i++) order[start + i] = run[i] as number;
}
