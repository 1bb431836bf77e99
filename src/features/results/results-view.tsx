import type { ReactNode } from "react";
import { CompareTray } from "../../components/compare-tray.tsx";
import type { Ranking } from "../../domain/scoring.ts";
import { shippedDataset } from "../../domain/shipped-dataset.ts";
import type { Criterion } from "../../domain/types.ts";
import { setView, useAppStore } from "../../state/store.ts";
import { useProfile, useRanking } from "../../state/use-ranking.ts";
import { ExcludedList } from "./excluded-list.tsx";
import { LeaderInsight } from "./leader-insight.tsx";
import { RankingList } from "./ranking-list.tsx";
import { WeightPanel } from "./weight-panel.tsx";

/** The results: ranking with reasons, how firm the lead is, and the weights to adjust it live. */
export function ResultsView({
  renderCharts,
}: {
  /** The charts of the ranking, supplied by the app so they can load lazily. */
  renderCharts?: (ranking: Ranking, criteria: readonly Criterion[]) => ReactNode;
}) {
  const profile = useProfile();
  const ranking = useRanking(profile);
  const compare = useAppStore((s) => s.compare);
  const { criteria } = shippedDataset;

  return (
    <div className="results-layout">
      <div className="results-main">
        <div className="view-heading">
          <h2>Your ranking</h2>
          <button type="button" onClick={() => setView("quiz")}>
            Edit answers
          </button>
        </div>
        <LeaderInsight profile={profile} criteria={criteria} />
        <CompareTray compare={compare} frameworks={shippedDataset.frameworks} />
        {ranking.ranked.length === 0 ? (
          <p className="card">No framework is written in the languages you ticked. Untick one.</p>
        ) : (
          <RankingList
            ranked={ranking.ranked}
            criteria={criteria}
            weights={profile.weights}
            compare={compare}
          />
        )}
        <ExcludedList excluded={ranking.excluded} />
        {ranking.ranked.length > 0 ? renderCharts?.(ranking, criteria) : null}
        <p className="hint">
          Scores as of {shippedDataset.asOf}; each one cites its sources in the Compare view.
        </p>
      </div>
      <WeightPanel criteria={criteria} weights={profile.weights} languages={profile.languages} />
    </div>
  );
}
