interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  checked: readonly T[];
  onToggle: (value: T) => void;
}

/** A fieldset of checkbox chips; none ticked means no filter. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  options,
  labels,
  checked,
  onToggle,
}: CheckboxGroupProps<T>) {
  return (
    <fieldset className="matrix-fieldset">
      <legend>
        {legend} <span className="legend-hint">({hint})</span>
      </legend>
      <div className="matrix-chips">
        {options.map((value) => (
          <label key={value} className="matrix-chip">
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
