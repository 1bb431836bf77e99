import { type ReactNode, useMemo } from "react";
import { HowItWorksLink } from "../../components/how-it-works-link.tsx";
import { LazySpace, WhenNearViewport } from "../../components/when-near-viewport.tsx";
import { YourScoresNote } from "../../components/your-scores-note.tsx";
import { displayFit } from "../../domain/scoring.ts";
import type { Criterion, Framework } from "../../domain/types.ts";
import { MIN_COMPARE } from "../../state/share-state.ts";
import { useAppStore } from "../../state/store.ts";
import { useDataset } from "../../state/use-dataset.ts";
import { useProfile, useRanking } from "../../state/use-ranking.ts";
import { CompareEmpty } from "./compare-empty.tsx";
import { ComparePicker } from "./compare-picker.tsx";
import { CompareTable } from "./compare-table.tsx";
import { compareRows } from "./comparison.ts";
import "./compare.css";

/** Side by side: pick 2..4 frameworks, see their scores on a radar and every fact in one table. */
export function CompareView({
  renderRadar,
  renderDecisionTools,
}: {
  /** The radar of the chosen frameworks, supplied by the app so the charts load lazily. */
  renderRadar: (frameworks: readonly Framework[], criteria: readonly Criterion[]) => ReactNode;
  /** "Keep a record of this decision", supplied by the app so it loads lazily. */
  renderDecisionTools?: () => ReactNode;
}) {
  const dataset = useDataset();
  const { criteria, frameworks } = dataset;
  const compare = useAppStore((s) => s.compare);
  const profile = useProfile();
  const ranking = useRanking(profile);
  const chosen = useMemo(
    () => compare.flatMap((id) => frameworks.filter((f) => f.id === id)),
    [compare, frameworks],
  );
  const rows = useMemo(() => {
    const fits = new Map(ranking.ranked.map((r) => [r.framework.id, displayFit(r.fit)]));
    return compareRows(chosen, dataset, profile.weights, fits);
  }, [chosen, dataset, profile.weights, ranking]);
  const ready = chosen.length >= MIN_COMPARE;

  return (
    <div className="compare-view">
      <div className="view-heading">
        <h2>Compare side by side</h2>
        <HowItWorksLink />
      </div>
      <YourScoresNote />
      <div className={ready ? "compare-top" : "compare-top single"}>
        <ComparePicker compare={compare} frameworks={frameworks} />
        {ready ? (
          <div className="compare-radar">
            <LazySpace className="chart-space-radar">{renderRadar(chosen, criteria)}</LazySpace>
          </div>
        ) : null}
      </div>
      {ready ? <CompareTable frameworks={chosen} rows={rows} /> : <CompareEmpty chosen={chosen} />}
      {renderDecisionTools ? (
        <WhenNearViewport className="decision-space">{renderDecisionTools()}</WhenNearViewport>
      ) : null}
    </div>
  );
}
