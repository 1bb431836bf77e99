import { type KeyboardEvent, memo, useCallback, useId, useRef, useState } from "react";
import { CheckboxGroup } from "../../components/checkbox-group.tsx";
import { PresetPicker } from "../../components/preset-picker.tsx";
import { languageOptions } from "../../domain/catalogue.ts";
import { answersToWeights } from "../../domain/quiz.ts";
import type { Criterion, LanguageId, Weights } from "../../domain/types.ts";
import { CRITERION_IDS, MAX_WEIGHT, MIN_WEIGHT } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { setWeight, toggleLanguage, useAppStore } from "../../state/store.ts";
import { MovesStatus } from "./moves-status.tsx";
import { replaceWeights } from "./replace-weights.ts";
import type { RankMoves } from "./use-rank-moves.ts";
import { WEIGHT_WORDS, weightValueText } from "./weight-labels.ts";

interface WeightPanelProps {
  criteria: readonly Criterion[];
  weights: Weights;
  languages: readonly LanguageId[];
  /** What the last run of changes did to the ranking, said in the panel's live region. */
  moves: RankMoves;
  /** On a phone the panel is a sheet over the bottom of the screen, open or closed. */
  sheetOpen: boolean;
  onSheetOpenChange: (open: boolean) => void;
}

/** Said in the live region until the first change. */
export const MOVES_IDLE = "Change a weight to see what moves.";

/**
 * One criterion's weight; memoised, so a key press re-renders only the slider it moved. The
 * weight's word starts where the name ends, so a longer word moves nothing.
 */
const WeightSlider = memo(function WeightSlider({
  criterion,
  weight,
  onMove,
}: {
  criterion: Criterion;
  weight: number;
  onMove: () => void;
}) {
  const id = `weight-${criterion.id}`;
  return (
    <div className="slider-row">
      <label htmlFor={id}>
        <span className="slider-name">{criterion.label}</span>
        <span className="slider-value" aria-hidden="true">
          {WEIGHT_WORDS[weight]}
        </span>
      </label>
      <input
        id={id}
        type="range"
        min={MIN_WEIGHT}
        max={MAX_WEIGHT}
        step={1}
        value={weight}
        aria-valuetext={weightValueText(criterion, weight)}
        title={criterion.description}
        onChange={(event) => {
          onMove();
          setWeight(criterion.id, Number(event.currentTarget.value));
        }}
      />
    </div>
  );
});

const sameWeights = (a: Readonly<Weights>, b: Readonly<Weights>) =>
  CRITERION_IDS.every((id) => a[id] === b[id]);

/**
 * Sliders for every criterion's weight and the language filter; the ranking follows live. Beside
 * the ranking on a wide screen; on a phone a sheet whose head (and live region) stays at the
 * bottom of the screen and opens over the lower part, the ranking in view above it.
 */
export function WeightPanel({
  criteria,
  weights,
  languages,
  moves,
  sheetOpen,
  onSheetOpenChange,
}: WeightPanelProps) {
  const catalogue = useCatalogue();
  const answers = useAppStore((s) => s.answers);
  const [note, setNote] = useState("");
  const clearNote = useCallback(() => setNote(""), []);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const answered = Object.keys(answers).length > 0;
  const fromAnswers = answered ? answersToWeights(answers, catalogue).weights : null;
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !sheetOpen) return;
    event.preventDefault();
    onSheetOpenChange(false);
    toggleRef.current?.focus();
  };
  return (
    // The section only listens for Escape bubbling up from the controls inside it.
    <section
      className="card weight-panel"
      aria-labelledby="weights-heading"
      data-open={sheetOpen ? "" : undefined}
      onKeyDown={closeOnEscape}
    >
      <div className="weight-panel-head">
        <h2 id="weights-heading">Your priorities</h2>
        <button
          ref={toggleRef}
          type="button"
          className="sheet-toggle primary"
          aria-expanded={sheetOpen}
          aria-controls={bodyId}
          onClick={() => onSheetOpenChange(!sheetOpen)}
        >
          Adjust priorities
          <span className="sheet-chevron" aria-hidden="true" />
        </button>
        <MovesStatus moves={moves} idle={MOVES_IDLE} note={note} />
      </div>
      <div className="weight-panel-body" id={bodyId}>
        <div className="sliders">
          {criteria.map((criterion) => (
            <WeightSlider
              key={criterion.id}
              criterion={criterion}
              weight={weights[criterion.id]}
              onMove={clearNote}
            />
          ))}
        </div>
        <CheckboxGroup
          legend="Languages your team can use"
          hint="none ticked = any"
          options={languageOptions(catalogue)}
          checked={languages}
          onToggle={toggleLanguage}
        />
        <div className="weight-presets">
          {fromAnswers ? (
            <button
              type="button"
              className="link-button"
              disabled={sameWeights(weights, fromAnswers)}
              onClick={() => {
                replaceWeights(fromAnswers);
                setNote("Priorities reset to your quiz answers.");
              }}
            >
              Reset to my answers
            </button>
          ) : null}
          <details>
            <summary>Start from a preset</summary>
            <p className="hint">Sets every slider at once; the languages stay as they are.</p>
            <PresetPicker
              compact
              onPick={(preset) => {
                replaceWeights(preset.weights);
                setNote(`Priorities set from the preset “${preset.name}”.`);
              }}
            />
          </details>
        </div>
      </div>
    </section>
  );
}
