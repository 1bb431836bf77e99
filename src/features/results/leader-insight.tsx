import { useContext, useMemo } from "react";
import { joinNames, languageName } from "../../domain/catalogue.ts";
import { betterOutsider, leaderTradeOffs } from "../../domain/explanation.ts";
import { displayFit, type Profile, type Ranking } from "../../domain/scoring.ts";
import { closestFlip, sensitivity } from "../../domain/sensitivity.ts";
import { DEFAULT_STABILITY_SAMPLES, stability } from "../../domain/stability.ts";
import type { Criterion } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { useDataset } from "../../state/use-dataset.ts";
import { FlipRequestContext } from "./flip-group.tsx";
import { RANKING_FIRST_PAGE } from "./ranking-list.tsx";
import { useSettledValue } from "./use-settled-value.ts";

/** Perturbation work per update: the default 2,000 samples for up to ten frameworks. */
const STABILITY_BUDGET = DEFAULT_STABILITY_SAMPLES * 10;
const MIN_STABILITY_SAMPLES = 200;
/** The largest losses named in the leader's summary. */
const TRADE_OFFS_SHOWN = 3;

/** Samples for `count` frameworks: 2,000 for the shipped ten, fewer for a much larger dataset. */
export function stabilitySamples(count: number): number {
  if (count <= 10) return DEFAULT_STABILITY_SAMPLES;
  return Math.max(MIN_STABILITY_SAMPLES, Math.floor(STABILITY_BUDGET / count));
}

/**
 * The insight (dozens of re-rankings and the perturbations) follows right after the ranking has
 * painted; with a large dataset it is too costly for every key press and waits for the weights
 * to rest, like the charts.
 */
function insightSettleMs(count: number): number {
  return count > RANKING_FIRST_PAGE ? 400 : 0;
}

/**
 * How firm the lead is: its share of first places nearby and the smallest change that flips it.
 * It catches up on its own; its paragraphs are `data-flip` items, and it asks the FlipGroup
 * around it to measure first, so what its new height pushes slides instead of jumping.
 */
export function LeaderInsight({
  profile,
  criteria,
  ranking,
}: {
  profile: Profile;
  criteria: readonly Criterion[];
  /** The ranking shown beside it, for what the leader gives up and what wider languages would bring. */
  ranking: Ranking;
}) {
  const dataset = useDataset();
  const catalogue = useCatalogue();
  const requestFlip = useContext(FlipRequestContext) ?? undefined;
  const settled = useSettledValue(profile, insightSettleMs(dataset.frameworks.length), requestFlip);
  const insight = useMemo(() => {
    const s = sensitivity(dataset, settled);
    if (!s) return null;
    const samples = stabilitySamples(dataset.frameworks.length);
    const shares = stability(dataset, settled, samples);
    const leaderShare = shares.find((x) => x.id === s.leader.framework.id)?.share ?? 0;
    return { s, leaderShare, samples, flip: closestFlip(s) };
  }, [dataset, settled]);

  if (!insight) return null;
  const { s, leaderShare, samples, flip } = insight;
  const label = (id: string) => criteria.find((c) => c.id === id)?.label ?? id;
  const leaderName = s.leader.framework.name;
  const tradeOffs = leaderTradeOffs(ranking.ranked, profile.weights).slice(0, TRADE_OFFS_SHOWN);
  const outsider = betterOutsider(ranking);
  return (
    <section className="card insight" aria-labelledby="insight-heading" data-flip>
      <h2 id="insight-heading">{leaderName} fits best</h2>
      <p data-flip>
        <strong>{`First in ${Math.round(leaderShare)}% of nearby weightings`}</strong>{" "}
        <span className="hint">
          {`(if each of your weights moved by up to one step, ${Math.round(leaderShare)} of 100 variations still put ${leaderName} first; ${samples.toLocaleString("en-US")} tried).`}
        </span>
      </p>
      <p data-flip>
        {tradeOffs.length > 0
          ? `What you give up: ${joinNames(
              tradeOffs.map(
                (t) =>
                  `${label(t.criterion)} (${t.score}/5, where ${t.best.framework.name} has ${t.best.score}/5)`,
              ),
              "conjunction",
            )}.`
          : `No other ranked framework scores higher than ${leaderName} on anything you weighted.`}
      </p>
      {outsider ? (
        <p data-flip>
          Outside your languages, <strong>{outsider.framework.name}</strong> would fit{" "}
          {displayFit(outsider.fit)} against {displayFit(s.leader.fit)} (add{" "}
          {languageName(catalogue, outsider.framework.languages[0] ?? "")}).
        </p>
      ) : null}
      <p data-flip>
        {flip && flip.weight !== null
          ? `${s.runnerUp.framework.name} would overtake if ${label(flip.criterion)} ${
              flip.weight > flip.current ? "rose" : "fell"
            } to ${flip.weight}.`
          : `No change to a single weight would let ${s.runnerUp.framework.name}, the runner-up, overtake.`}
      </p>
    </section>
  );
}
