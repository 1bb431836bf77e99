interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint: string;
  options: readonly { id: T; label: string }[];
  checked: readonly T[];
  onToggle: (value: T) => void;
}

/** A fieldset of checkbox chips (a filter: none ticked means no filter), for results and matrix. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  options,
  checked,
  onToggle,
}: CheckboxGroupProps<T>) {
  return (
    <fieldset className="checkbox-group">
      <legend>
        {legend} <span className="legend-hint">({hint})</span>
      </legend>
      <div className="checkbox-chips">
        {options.map(({ id: value, label }) => (
          <label key={value} className="checkbox-chip">
            <input
              type="checkbox"
              checked={checked.includes(value)}
              onChange={() => onToggle(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
