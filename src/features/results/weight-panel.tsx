import { memo } from "react";
import { CheckboxGroup } from "../../components/checkbox-group.tsx";
import { languageOptions } from "../../domain/catalogue.ts";
import type { Criterion, LanguageId, Weights } from "../../domain/types.ts";
import { MAX_WEIGHT, MIN_WEIGHT } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { setWeight, toggleLanguage } from "../../state/store.ts";
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

/** Sliders for every criterion's weight and the language filter; the ranking follows live. */
export function WeightPanel({ criteria, weights, languages }: WeightPanelProps) {
  const catalogue = useCatalogue();
  return (
    <section className="card weight-panel" aria-labelledby="weights-heading">
      <h2 id="weights-heading">Your priorities</h2>
      <p className="hint">Move a slider and the ranking follows. 0 ignores a criterion.</p>
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
