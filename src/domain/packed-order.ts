/** The scoring core's sort for many alternatives (order-by-fit.ts uses it from PACKED_SORT_FROM on). */

const MAX_LEVEL = 0xffffffff;
const RADIX_BITS = 8;
const RADIX = 1 << RADIX_BITS;

/**
 * The same order as `indicesByFit` (fit descending, equal fits by index; the comparison sort,
 * also used for fits it cannot level) in linear time for many alternatives: each fit becomes a 32-bit
 * level (0 = best), a stable LSD radix sort orders the levels, and the order inside each level
 * (fits a few 1e-8 apart at most) is fixed by sorting just those runs: linear in practice.
 */
export function indicesByFitPacked(
  fits: readonly number[],
  indicesByFit: (fits: readonly number[]) => number[],
): number[] {
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
