import "./matrix.css";
import { useDeferredValue, useMemo, useState } from "react";
import { CompareTray } from "../../components/compare-tray.tsx";
import { HowItWorksLink } from "../../components/how-it-works-link.tsx";
import { YourScoresNote } from "../../components/your-scores-note.tsx";
import { useAppStore } from "../../state/store.ts";
import { useDataset } from "../../state/use-dataset.ts";
import { useProfile, useRanking } from "../../state/use-ranking.ts";
import { CriteriaKey } from "./criteria-key.tsx";
import { sortCaption } from "./matrix-caption.ts";
import { MatrixEmpty } from "./matrix-empty.tsx";
import { MatrixFilters } from "./matrix-filters.tsx";
import { filterRows, sortRows, toMatrixRows } from "./matrix-rows.ts";
import { MatrixSummary } from "./matrix-summary.tsx";
import { MatrixTable } from "./matrix-table.tsx";
import { ScoreEditingContext } from "./score-editing.ts";
import { ToolbarToggle } from "./toolbar-toggle.tsx";

/** The sortable, filterable pros/cons matrix of the frameworks the team's languages allow. */
export function MatrixView() {
  const dataset = useDataset();
  const profile = useProfile();
  const ranking = useRanking(profile);
  const sort = useAppStore((s) => s.sort);
  const kinds = useAppStore((s) => s.kinds);
  const search = useAppStore((s) => s.search);
  const compare = useAppStore((s) => s.compare);
  // The search box stays responsive on big datasets; the table catches up a moment later.
  const deferredSearch = useDeferredValue(search);
  const [fullText, setFullText] = useState(false);
  const [editing, setEditing] = useState(false);

  const allRows = useMemo(() => toMatrixRows(ranking.ranked, dataset), [ranking, dataset]);
  const rows = useMemo(
    () => sortRows(filterRows(allRows, { kinds, search: deferredSearch }), sort),
    [allRows, kinds, deferredSearch, sort],
  );
  const total = ranking.ranked.length + ranking.excluded.length;

  return (
    <div className="matrix-view">
      <div className="view-heading">
        <h2>Pros and cons matrix</h2>
        <HowItWorksLink />
      </div>
      <p className="hint">
        Every framework side by side: sort by any column header, and scroll the table sideways for
        languages, pros, cons and Compare. Fit follows your current weights; scores as of{" "}
        {dataset.asOf}.
      </p>
      <YourScoresNote />
      <MatrixFilters languages={profile.languages} kinds={kinds} search={search} />
      <CompareTray compare={compare} frameworks={dataset.frameworks} />
      <div className="matrix-toolbar">
        <MatrixSummary shown={rows.length} total={total} excluded={ranking.excluded} />
        <ToolbarToggle label="Full pros and cons" checked={fullText} onChange={setFullText} />
        <ToolbarToggle label="Set my own scores" checked={editing} onChange={setEditing} />
      </div>
      {ranking.ranked.length === 0 ? (
        <p className="card">No framework is written in the languages you ticked. Untick one.</p>
      ) : rows.length === 0 ? (
        <MatrixEmpty search={deferredSearch} />
      ) : (
        <ScoreEditingContext value={editing}>
          <MatrixTable
            criteria={dataset.criteria}
            rows={rows}
            sort={sort}
            caption={sortCaption(sort, rows.length, dataset.criteria)}
            fullText={fullText}
          />
        </ScoreEditingContext>
      )}
      <CriteriaKey criteria={dataset.criteria} />
    </div>
  );
}
