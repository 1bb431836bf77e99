import { memo, useState } from "react";
import { CheckboxGroup } from "../../components/checkbox-group.tsx";
import { PresetPicker } from "../../components/preset-picker.tsx";
import { languageOptions } from "../../domain/catalogue.ts";
import { answersToWeights } from "../../domain/quiz.ts";
import type { Criterion, LanguageId, Weights } from "../../domain/types.ts";
import { CRITERION_IDS, MAX_WEIGHT, MIN_WEIGHT } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { setWeight, toggleLanguage, useAppStore } from "../../state/store.ts";
import { replaceWeights } from "./replace-weights.ts";
import { WEIGHT_WORDS, weightValueText } from "./weight-labels.ts";

interface WeightPanelProps {
  criteria: readonly Criterion[];
  weights: Weights;
  languages: readonly LanguageId[];
}

/** One criterion's weight; memoised, so a key press re-renders only the slider it moved. */
const WeightSlider = memo(function WeightSlider({
  criterion,
  weight,
}: {
  criterion: Criterion;
  weight: number;
}) {
  const id = `weight-${criterion.id}`;
  return (
    <div className="slider-row">
      <label htmlFor={id}>
        {criterion.label}
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
        onChange={(event) => setWeight(criterion.id, Number(event.currentTarget.value))}
      />
    </div>
  );
});

const sameWeights = (a: Readonly<Weights>, b: Readonly<Weights>) =>
  CRITERION_IDS.every((id) => a[id] === b[id]);

/** Sliders for every criterion's weight and the language filter; the ranking follows live. */
export function WeightPanel({ criteria, weights, languages }: WeightPanelProps) {
  const catalogue = useCatalogue();
  const answers = useAppStore((s) => s.answers);
  const [done, setDone] = useState("");
  const answered = Object.keys(answers).length > 0;
  const fromAnswers = answered ? answersToWeights(answers, catalogue).weights : null;
  return (
    <section className="card weight-panel" aria-labelledby="weights-heading">
      <h2 id="weights-heading">Your priorities</h2>
      <p className="hint">Move a slider and the ranking follows. 0 ignores a criterion.</p>
      {fromAnswers ? (
        <p>
          <button
            type="button"
            className="link-button"
            disabled={sameWeights(weights, fromAnswers)}
            onClick={() => {
              replaceWeights(fromAnswers);
              setDone("Priorities reset to your quiz answers.");
            }}
          >
            Reset to my answers
          </button>
        </p>
      ) : null}
      <details>
        <summary>Start from a preset</summary>
        <p className="hint">Sets every slider at once; the languages stay as they are.</p>
        <PresetPicker
          compact
          onPick={(preset) => {
            replaceWeights(preset.weights);
            setDone(`Priorities set from the preset “${preset.name}”.`);
          }}
        />
      </details>
      <p className="hint" role="status">
        {done}
      </p>
      <div className="sliders">
        {criteria.map((criterion) => (
          <WeightSlider key={criterion.id} criterion={criterion} weight={weights[criterion.id]} />
        ))}
      </div>
      <CheckboxGroup
        legend="Languages your team can use"
        hint="none ticked = any"
        options={languageOptions(catalogue)}
        checked={languages}
        onToggle={toggleLanguage}
      />
    </section>
  );
}
