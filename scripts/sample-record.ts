/**
 * The sample decision record in docs/: a made-up scenario ranked from the shipped dataset, dated
 * with the dataset's own date, so it changes only when the data or the record's wording does.
 */
import { decisionRecordMarkdown } from "../src/domain/decision-record.ts";
import { DEFAULT_WEIGHTS } from "../src/domain/default-profile.ts";
import { applyScoreOverrides, type ScoreOverride } from "../src/domain/score-overrides.ts";
import { linkVocabularyOf } from "../src/state/link-vocabulary.ts";
import type { ShareState } from "../src/state/share-state.ts";
import { defaultShareState, encodeShareUrl } from "../src/state/share-url.ts";
import { readShippedDataset } from "./data-report.ts";

export const SAMPLE_RECORD_PATH = new URL("../docs/decision-record-sample.md", import.meta.url);
const ORIGIN = "https://framework-fit.example/";

/** A team that writes Python and TypeScript, building a product with live updates and a rich data model. */
const weights = { ...DEFAULT_WEIGHTS, realtime: 5, orm: 4, security: 4 };
const languages = ["python", "typescript"];
/** One score the team disagrees with, to show how the record marks a score as the user's own. */
const scores: ScoreOverride[] = [{ framework: "express", criterion: "realtime", value: 4 }];

export function sampleRecordMarkdown(): string {
  const published = readShippedDataset();
  const state: ShareState = { ...defaultShareState(), weights, languages, view: "results", scores };
  return decisionRecordMarkdown({
    dataset: applyScoreOverrides(published, scores),
    weights,
    languages,
    decisionMakers: ["Ana", "Ben"],
    context: "",
    date: published.asOf,
    link: `${ORIGIN}${encodeShareUrl(state, linkVocabularyOf(published))}`,
  });
}
