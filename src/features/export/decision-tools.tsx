import { useId, useRef, useState } from "react";
import { copyText } from "../../components/copy-text.ts";
import { saveTextFile } from "../../components/save-file.ts";
import {
  type DecisionChoice,
  type DecisionRecordInput,
  decisionRecordFileName,
  decisionRecordMarkdown,
  defaultContext,
} from "../../domain/decision-record.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import {
  type DecisionFileResult,
  decisionFileJson,
  MAX_DECISION_FILE_LENGTH,
} from "../../state/decision-file.ts";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { loadShareState, useAppStore } from "../../state/store.ts";
import { currentShareLink, shareStateOf } from "../../state/url-sync.ts";
import { useDataset } from "../../state/use-dataset.ts";
import { parseDecisionMakers } from "./decision-makers.ts";
import { decisionRanking } from "./decision-ranking.ts";
import { localIsoDate } from "./local-date.ts";
import "./export.css";

/** Which view the tools sit in: the team view writes the team's decision. */
export type DecisionScope = "results" | "compare" | "team";

type Message = { kind: "status" | "error"; text: string } | null;

const MARKDOWN = "text/markdown";
const JSON_TYPE = "application/json";

/**
 * "Keep a record of this decision": the MADR decision record (download or copy), the decision as
 * a JSON file, and opening such a file again. A lazy chunk of its own, loaded as it nears the
 * screen. (The file reader is not split off further: a chunk imported from here that shares
 * modules with the entry would ask for the entry's stylesheet, which the build inlines.)
 */
export function DecisionTools({ scope }: { scope: DecisionScope }) {
  const dataset = useDataset();
  const catalogue = useCatalogue();
  const weights = useAppStore((s) => s.weights);
  const languages = useAppStore((s) => s.languages);
  const members = useAppStore((s) => s.members);
  const [makers, setMakers] = useState("");
  const [context, setContext] = useState("");
  const [message, setMessage] = useState<Message>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const team = scope === "team" && members.length > 0 ? members : null;
  const choice: DecisionChoice = team
    ? { dataset, weights, languages, members: team }
    : { dataset, weights, languages };

  const recordInput = (): DecisionRecordInput => ({
    ...choice,
    decisionMakers: parseDecisionMakers(makers),
    context,
    date: localIsoDate(),
    link: currentShareLink(linkVocabularyOf(catalogue)),
  });

  const download = () => {
    saveTextFile(decisionRecordFileName(choice), MARKDOWN, decisionRecordMarkdown(recordInput()));
    setMessage({ kind: "status", text: "Decision record downloaded." });
  };

  const copy = async () => {
    const copied = await copyText(decisionRecordMarkdown(recordInput()));
    setMessage(
      copied
        ? { kind: "status", text: "Decision record copied as Markdown." }
        : { kind: "error", text: "Copying was blocked: use Download decision record instead." },
    );
  };

  const save = () => {
    const json = decisionFileJson(shareStateOf(useAppStore.getState()), {
      datasetAsOf: dataset.asOf,
      datasetSchemaVersion: dataset.schemaVersion,
      exportedAt: new Date().toISOString(),
      link: currentShareLink(linkVocabularyOf(catalogue)),
      ranking: decisionRanking(choice),
    });
    saveTextFile(`framework-fit-decision-${localIsoDate()}.json`, JSON_TYPE, json);
    setMessage({ kind: "status", text: "Decision saved as a JSON file." });
  };

  /** The file's decision, read by the strict reader, which loads on the first file opened. */
  const read = async (file: File): Promise<DecisionFileResult> => {
    if (file.size > MAX_DECISION_FILE_LENGTH * 4) {
      return { ok: false, error: "The file is far larger than any saved decision." };
    }
    try {
      const { readDecisionFile } = await import("../../state/read-decision-file.ts");
      return readDecisionFile(await file.text(), linkVocabularyOf(catalogue), dataset.asOf);
    } catch {
      return {
        ok: false,
        error:
          "the part of the app that reads it could not be loaded; check the connection and try again.",
      };
    }
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const result = await read(file);
    if (!result.ok) {
      setMessage({
        kind: "error",
        text: `${file.name} could not be opened: ${result.error} Nothing was changed.`,
      });
      return;
    }
    setMessage({ kind: "status", text: [`Opened ${file.name}.`, ...result.notes].join(" ") });
    loadShareState(result.state);
  };

  return (
    <section className="card decision-tools" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Keep a record of this decision</h3>
      <p className="hint">
        A decision record in Markdown (the MADR layout) to keep beside your code, or the whole
        decision as a file to open here again.
      </p>
      <div className="decision-fields">
        {team ? null : (
          <label>
            Decided by
            <input
              type="text"
              value={makers}
              onChange={(event) => setMakers(event.target.value)}
              placeholder="Names, separated by commas"
              autoComplete="off"
            />
          </label>
        )}
        <label>
          Context and problem
          <textarea
            rows={3}
            value={context}
            maxLength={2000}
            onChange={(event) => setContext(event.target.value)}
            placeholder={defaultContext(choice)}
            aria-describedby={`${id}-context-hint`}
          />
        </label>
        <p id={`${id}-context-hint`} className="hint">
          Left empty, the record uses the text shown in the box.
        </p>
      </div>
      <div className="decision-actions">
        <button type="button" onClick={download}>
          Download decision record
        </button>
        <button type="button" onClick={copy}>
          Copy as Markdown
        </button>
        <button type="button" onClick={save}>
          Save decision as JSON
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open a saved decision
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Saved decision file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so choosing the same file again is a new change.
            event.currentTarget.value = "";
            void open(file);
          }}
        />
      </div>
      <p role="status" className="decision-message">
        {message?.kind === "status" ? message.text : ""}
      </p>
      <p role="alert" className="decision-message error">
        {message?.kind === "error" ? message.text : ""}
      </p>
    </section>
  );
}
