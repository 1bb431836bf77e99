import type { CriterionId } from "./types.ts";

/**
 * The criteria's labels, small enough for the first screen's JavaScript; the dataset carries
 * the same labels with descriptions and rubrics (a test keeps the two equal).
 */
export const CRITERION_LABELS: Readonly<Record<CriterionId, string>> = {
  performance: "Raw performance",
  scalability: "Scalability",
  realtime: "Real-time",
  orm: "Data & ORM",
  learning: "Ease of learning",
  productivity: "Batteries included",
  ecosystem: "Ecosystem & hiring",
  security: "Security defaults",
  flexibility: "Flexibility",
};
