/** Small deterministic random helpers, so shared links always give the same stability shares. */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TWO_POW_32 = 4294967296;

/** FNV-1a 32-bit hash of a string's UTF-16 code units, as an unsigned integer. */
export function hashString(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  }
  return hash >>> 0;
}

/** Mulberry32: a fast seeded generator returning unsigned 32-bit integers. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A float in [0, 1) from one draw of a 32-bit generator. */
export function randomUnit(next: () => number): number {
  return next() / TWO_POW_32;
}

/** An exactly uniform -1, 0 or +1: 2^32 - 1 is divisible by 3, so only the top value is redrawn. */
export function randomStep(next: () => number): number {
  let draw = next();
  while (draw === 0xffffffff) draw = next();
  return (draw % 3) - 1;
}
