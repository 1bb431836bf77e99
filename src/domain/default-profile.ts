import type { Weights } from "./types.ts";

/**
 * Weights used when the quiz is skipped or a link gives none: a generalist team that
 * values a large ecosystem and safe defaults a little more than the rest.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  performance: 3,
  scalability: 3,
  realtime: 2,
  orm: 3,
  learning: 3,
  productivity: 3,
  ecosystem: 4,
  security: 4,
  flexibility: 2,
};
