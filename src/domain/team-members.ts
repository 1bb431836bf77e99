/** Who is in a team and its size limits; light enough for the link codec on the first screen. */
import type { Weights } from "./types.ts";

/** One person's priorities in a team: a name (plain text), weights and the languages they accept. */
export interface TeamMember {
  name: string;
  weights: Weights;
  /** Language ids; empty = any language. */
  languages: string[];
}

export const MIN_TEAM = 2;
export const MAX_TEAM = 12;
/** Weights this far apart or more on one criterion are a large disagreement. */
export const LARGE_DISAGREEMENT = 3;
