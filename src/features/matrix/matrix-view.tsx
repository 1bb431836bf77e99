import "./matrix.css";
import { useDeferredValue, useMemo, useState } from "react";
import { CompareTray } from "../../components/compare-tray.tsx";
import { HowItWorksLink } from "../../components/how-it-works-link.tsx";
import { YourScoresNote } from "../../components/your-scores-note.tsx";
import { setDetail, useAppStore } from "../../state/store.ts";
import { useDataset } from "../../state/use-dataset.ts";
import { useProfile, useRanking } from "../../state/use-ranking.ts";
import { CriteriaKey } from "./criteria-key.tsx";
import { DownloadCsvButton } from "./download-csv-button.tsx";
import { sortCaption } from "./matrix-caption.ts";
import { MatrixCards } from "./matrix-cards.tsx";
import { MatrixEmpty } from "./matrix-empty.tsx";
import { MatrixFilters } from "./matrix-filters.tsx";
import { filterRows, sortRows, toMatrixRows } from "./matrix-rows.ts";
import { MatrixSummary } from "./matrix-summary.tsx";
import { MatrixTable } from "./matrix-table.tsx";
import { ScoreEditingContext } from "./score-editing.ts";
import { matchRows, readMatrixSearch } from "./search.ts";
import { MatrixSearchContext } from "./search-context.ts";
import { SortControls } from "./sort-controls.tsx";
import { ToolbarToggle } from "./toolbar-toggle.tsx";
import { useNarrowScreen } from "./use-narrow-screen.ts";

/** The sortable, filterable pros/cons matrix of the frameworks the team's languages allow. */
export function MatrixView() {
  const dataset = useDataset();
  const profile = useProfile();
  const ranking = useRanking(profile);
  const sort = useAppStore((s) => s.sort);
  const kinds = useAppStore((s) => s.kinds);
  const search = useAppStore((s) => s.search);
  const detail = useAppStore((s) => s.detail);
  const compare = useAppStore((s) => s.compare);
  const narrow = useNarrowScreen();
  // The search box stays responsive on big datasets; the table catches up a moment later.
  const deferredSearch = useDeferredValue(search);
  const [editing, setEditing] = useState(false);

  const allRows = useMemo(() => toMatrixRows(ranking.ranked, dataset), [ranking, dataset]);
  const matrixSearch = useMemo(
    () => readMatrixSearch(deferredSearch, dataset.criteria),
    [deferredSearch, dataset.criteria],
  );
  const matches = useMemo(
    () => (matrixSearch ? matchRows(allRows, matrixSearch) : undefined),
    [allRows, matrixSearch],
  );
  const rows = useMemo(
    () => sortRows(filterRows(allRows, { kinds, matches }), sort),
    [allRows, kinds, matches, sort],
  );
  const total = ranking.ranked.length + ranking.excluded.length;
  const caption = sortCaption(sort, rows.length, dataset.criteria);

  return (
    <div className="matrix-view">
      <div className="view-heading">
        <h2>Pros and cons matrix</h2>
        <HowItWorksLink />
      </div>
      <p className="hint">
        Every framework side by side: its scores, then its pros and cons. Sort by any column header;
        fit follows your current weights; scores as of {dataset.asOf}.
      </p>
      <YourScoresNote />
      <MatrixFilters
        languages={profile.languages}
        kinds={kinds}
        search={search}
        criteria={dataset.criteria}
        named={matrixSearch?.criteria ?? []}
      />
      <div className="matrix-toolbar">
        <MatrixSummary shown={rows.length} total={total} excluded={ranking.excluded} />
        <div className="matrix-actions">
          <ToolbarToggle
            label="Full pros and cons"
            checked={detail === "full"}
            onChange={(full) => setDetail(full ? "full" : "short")}
          />
          <ToolbarToggle label="Set my own scores" checked={editing} onChange={setEditing} />
          <DownloadCsvButton rows={rows} criteria={dataset.criteria} matches={matches} />
        </div>
      </div>
      {ranking.ranked.length === 0 ? (
        <p className="card">No framework is written in the languages you ticked. Untick one.</p>
      ) : rows.length === 0 ? (
        <MatrixEmpty search={deferredSearch} />
      ) : (
        <ScoreEditingContext value={editing}>
          <MatrixSearchContext value={matrixSearch}>
            {narrow ? (
              <>
                <SortControls sort={sort} criteria={dataset.criteria} />
                <MatrixCards
                  criteria={dataset.criteria}
                  rows={rows}
                  caption={caption}
                  matches={matches}
                  detail={detail}
                />
              </>
            ) : (
              <MatrixTable
                criteria={dataset.criteria}
                rows={rows}
                sort={sort}
                caption={caption}
                matches={matches}
                detail={detail}
              />
            )}
          </MatrixSearchContext>
        </ScoreEditingContext>
      )}
      <CriteriaKey criteria={dataset.criteria} />
      {/* Last in the page, as it is shown: a bar fixed to the bottom of the screen. */}
      <CompareTray compare={compare} frameworks={dataset.frameworks} />
    </div>
  );
}
