/**
 * Stands in for src/domain/packed-order.ts in the first-paint script (scripts/first-paint-plugin.ts
 * swaps it in): that script ranks the shipped catalogue, far fewer frameworks than the radix sort
 * is for, so it keeps the page's inline script small. Same order either way.
 */
export function indicesByFitPacked(
  fits: readonly number[],
  indicesByFit: (fits: readonly number[]) => number[],
): number[] {
  return indicesByFit(fits);
}
