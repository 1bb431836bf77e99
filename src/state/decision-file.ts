/**
 * Saved decisions: a JSON file with the inputs of a link, the dataset's date and the ranking of
 * the day. This module writes it; read-decision-file.ts reads one back, strictly.
 */
import type { CriterionId } from "../domain/types.ts";
import { CRITERION_IDS } from "../domain/types.ts";
import type { ShareState } from "./share-state.ts";

export const DECISION_FILE_FORMAT = "framework-fit-decision";
export const DECISION_FILE_VERSION = 1;
/** Largest file read at all, in characters: room for every input at its limit and a long ranking. */
export const MAX_DECISION_FILE_LENGTH = 200 * 1024;

/** What the file records besides the inputs; informational, never read back into the state. */
export interface DecisionFileMeta {
  datasetAsOf: string;
  datasetSchemaVersion: number;
  /** ISO date and time of the export. */
  exportedAt: string;
  /** The link that reopens the decision. */
  link: string;
  /** The ranking as shown, fits rounded. */
  ranking: { id: string; name: string; fit: number }[];
  appVersion?: string;
}

export type DecisionFileResult =
  | { ok: true; state: ShareState; notes: string[] }
  | { ok: false; error: string };

/** The decision as pretty JSON: fixed key order, so two exports of one decision are equal. */
export function decisionFileJson(state: ShareState, meta: DecisionFileMeta): string {
  const file = {
    format: DECISION_FILE_FORMAT,
    version: DECISION_FILE_VERSION,
    exportedAt: meta.exportedAt,
    ...(meta.appVersion === undefined ? {} : { appVersion: meta.appVersion }),
    dataset: { asOf: meta.datasetAsOf, schemaVersion: meta.datasetSchemaVersion },
    inputs: orderedInputs(state),
    ranking: meta.ranking.map(({ id, name, fit }) => ({ id, name, fit })),
    link: meta.link,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** ShareState with keys (and nested keys) in a fixed order. */
function orderedInputs(state: ShareState): Record<keyof ShareState, unknown> {
  return {
    weights: orderedWeights(state.weights),
    languages: [...state.languages],
    view: state.view,
    compare: [...state.compare],
    sort: { column: state.sort.column, direction: state.sort.direction },
    kinds: [...state.kinds],
    search: state.search,
    detail: state.detail,
    scores: state.scores.map(({ framework, criterion, value }) => ({
      framework,
      criterion,
      value,
    })),
    own: state.own.map(({ name, languages, scores }) => ({
      name,
      languages: [...languages],
      scores: [...scores],
    })),
    members: state.members.map(({ name, weights, languages }) => ({
      name,
      weights: orderedWeights(weights),
      languages: [...languages],
    })),
  };
}

function orderedWeights(weights: Readonly<Record<CriterionId, number>>): Record<string, number> {
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, weights[id]]));
}
