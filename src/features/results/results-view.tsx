import { type ReactNode, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { CompareTray } from "../../components/compare-tray.tsx";
import { WhenNearViewport } from "../../components/when-near-viewport.tsx";
import { YourScoresNote } from "../../components/your-scores-note.tsx";
import type { Ranking } from "../../domain/scoring.ts";
import type { Criterion } from "../../domain/types.ts";
import { useAppStore } from "../../state/store.ts";
import { useDataset } from "../../state/use-dataset.ts";
import { useProfile, useRanking } from "../../state/use-ranking.ts";
import { CoverageNote } from "./coverage-note.tsx";
import { ExcludedList } from "./excluded-list.tsx";
import { FlipGroup } from "./flip-group.tsx";
import { LeaderInsight } from "./leader-insight.tsx";
import { OwnOptionsPanel } from "./own-options-panel.tsx";
import { RankingGlance } from "./ranking-glance.tsx";
import { RANKING_FIRST_PAGE, RankingList } from "./ranking-list.tsx";
import { PrioritiesSummary, ResultsIntro } from "./results-intro.tsx";
import { useRankMoves } from "./use-rank-moves.ts";
import { useSettledValue } from "./use-settled-value.ts";
import { WeightPanel } from "./weight-panel.tsx";
import "./results.css";

/** How long the weights must rest before the charts redraw. */
const CHART_SETTLE_MS = 400;

/** The results: ranking with reasons, how firm the lead is, and the weights to adjust it live. */
export function ResultsView({
  renderCharts,
  renderDecisionTools,
}: {
  /** The charts of the ranking, supplied by the app so they can load lazily. */
  renderCharts?: (ranking: Ranking, criteria: readonly Criterion[]) => ReactNode;
  /** "Keep a record of this decision", supplied by the app so it loads lazily. */
  renderDecisionTools?: () => ReactNode;
}) {
  const dataset = useDataset();
  const { criteria } = dataset;
  const profile = useProfile();
  // The ranking follows in a background render: the slider and its label paint at once, the
  // re-ordered cards a frame later, and a quick run of key presses renders only the last one.
  const rankedProfile = useDeferredValue(profile);
  const ranking = useRanking(rankedProfile);
  const moves = useRankMoves(ranking);
  const compare = useAppStore((s) => s.compare);
  const [sheetOpen, setSheetOpen] = useState(false);
  const rankingTop = useRef<HTMLDivElement>(null);
  // The charts redraw only when the weights come to rest, not on every key press.
  const chartRanking = useSettledValue(ranking, CHART_SETTLE_MS);
  const charts = useMemo(() => {
    if (chartRanking.ranked.length === 0 || !renderCharts) return null;
    // A chart of more bars than the list's first page is unreadable and slow to draw.
    const charts = (ranking: Ranking) => (
      <WhenNearViewport className="chart-space-results">
        {renderCharts(ranking, criteria)}
      </WhenNearViewport>
    );
    if (chartRanking.ranked.length <= RANKING_FIRST_PAGE) return charts(chartRanking);
    const top = { ...chartRanking, ranked: chartRanking.ranked.slice(0, RANKING_FIRST_PAGE) };
    return (
      <>
        <p className="hint">
          The charts show the top {RANKING_FIRST_PAGE} of{" "}
          {chartRanking.ranked.length.toLocaleString("en-US")} frameworks.
        </p>
        {charts(top)}
      </>
    );
  }, [chartRanking, renderCharts, criteria]);

  // Opening the phone sheet brings the (now compact) ranking to the top of the screen, above it.
  useEffect(() => {
    if (!sheetOpen) return;
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    rankingTop.current?.scrollIntoView?.({ block: "start", behavior: reduced ? "auto" : "smooth" });
  }, [sheetOpen]);

  return (
    <>
      <ResultsIntro />
      <div className={sheetOpen ? "results-layout adjusting" : "results-layout"}>
        <FlipGroup className="results-main" watch={[ranking, chartRanking]} layoutKey={sheetOpen}>
          <div ref={rankingTop} className="ranking-top" />
          {ranking.ranked.length > 0 ? (
            <RankingGlance ranked={ranking.ranked} marks={moves.marks} />
          ) : null}
          <PrioritiesSummary />
          <YourScoresNote />
          <LeaderInsight profile={rankedProfile} criteria={criteria} ranking={ranking} />
          <CoverageNote ranking={ranking} weights={rankedProfile.weights} criteria={criteria} />
          {ranking.ranked.length === 0 ? (
            <p className="card" data-flip>
              No framework is written in the languages you ticked. Untick one.
            </p>
          ) : (
            <RankingList
              ranked={ranking.ranked}
              criteria={criteria}
              weights={rankedProfile.weights}
              compare={compare}
              marks={moves.marks}
            />
          )}
          <CompareTray compare={compare} frameworks={dataset.frameworks} />
          <ExcludedList excluded={ranking.excluded} />
          {ranking.ranked.length > 0 ? <div data-flip>{charts}</div> : null}
          <p className="hint" data-flip>
            Facts and scores as of {dataset.asOf}; the Compare view cites the sources of each.
          </p>
          {ranking.ranked.length > 0 && renderDecisionTools ? (
            <div data-flip>
              <WhenNearViewport className="decision-space">
                {renderDecisionTools()}
              </WhenNearViewport>
            </div>
          ) : null}
        </FlipGroup>
        <div className="results-side">
          <WeightPanel
            criteria={criteria}
            weights={profile.weights}
            languages={profile.languages}
            moves={moves}
            sheetOpen={sheetOpen}
            onSheetOpenChange={setSheetOpen}
          />
          <OwnOptionsPanel />
        </div>
      </div>
    </>
  );
}
