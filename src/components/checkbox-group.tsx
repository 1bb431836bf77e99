interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  checked: readonly T[];
  onToggle: (value: T) => void;
}

/** A fieldset of checkbox chips (a filter: none ticked means no filter), for results and matrix. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  options,
  labels,
  checked,
  onToggle,
}: CheckboxGroupProps<T>) {
  return (
    <fieldset className="checkbox-group">
      <legend>
        {legend} <span className="legend-hint">({hint})</span>
      </legend>
      <div className="checkbox-chips">
        {options.map((value) => (
          <label key={value} className="checkbox-chip">
            <input
              type="checkbox"
              checked={checked.includes(value)}
              onChange={() => onToggle(value)}
            />
            <span>{labels[value]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
