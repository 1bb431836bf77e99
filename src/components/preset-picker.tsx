import { useId } from "react";
import { PRESETS, type Preset } from "../domain/presets.ts";

interface PresetPickerProps {
  /** Called with the preset whose button was pressed. */
  onPick: (preset: Preset) => void;
  /** A row of chips, each described on hover and to screen readers, instead of one per line. */
  compact?: boolean;
}

/** One button per preset (a common project shape), each described by the project it fits. */
export function PresetPicker({ onPick, compact = false }: PresetPickerProps) {
  const idPrefix = useId();
  const button = (preset: Preset, descriptionId: string) => (
    <button
      type="button"
      className="chip"
      aria-describedby={descriptionId}
      title={compact ? preset.description : undefined}
      onClick={() => onPick(preset)}
    >
      {preset.name}
    </button>
  );

  if (compact) {
    return (
      <ul className="chip-list">
        {PRESETS.map((preset) => {
          const descriptionId = `${idPrefix}-${preset.id}`;
          return (
            <li key={preset.id}>
              {button(preset, descriptionId)}
              <span id={descriptionId} className="visually-hidden">
                {preset.description}
              </span>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <ul className="preset-list">
      {PRESETS.map((preset) => {
        const descriptionId = `${idPrefix}-${preset.id}`;
        return (
          <li key={preset.id}>
            {button(preset, descriptionId)}
            <span id={descriptionId} className="hint">
              {preset.description}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
