import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { CheckboxGroup } from "../../components/checkbox-group.tsx";
import { criterionLabels, languageOptions, languageSet } from "../../domain/catalogue.ts";
import type { OwnOption } from "../../domain/own-options.ts";
import { cleanName, isPlainName, MAX_NAME_LENGTH } from "../../domain/plain-name.ts";
import { CRITERION_IDS } from "../../domain/types.ts";
import { useCatalogue } from "../../state/dataset-context.ts";

/** The score a new option starts with on every criterion: the middle of 1..5. */
const DEFAULT_SCORE = 3;
const SCORE_VALUES = [1, 2, 3, 4, 5] as const;

interface OwnOptionFormProps {
  /** The option being edited; none to add a new one. */
  option?: OwnOption | undefined;
  onSave: (option: OwnOption) => void;
  onCancel: () => void;
}

/** A small form for one own option: a name, its languages and a score 1..5 per criterion. */
export function OwnOptionForm({ option, onSave, onCancel }: OwnOptionFormProps) {
  const catalogue = useCatalogue();
  const labels = criterionLabels(catalogue);
  const idPrefix = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(option?.name ?? "");
  const [languages, setLanguages] = useState<string[]>(() =>
    languageSet(catalogue, option?.languages ?? []),
  );
  const [scores, setScores] = useState<number[]>(() =>
    CRITERION_IDS.map((_, c) => option?.scores[c] ?? DEFAULT_SCORE),
  );
  const [nameError, setNameError] = useState("");

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  const title = option ? `Edit ${option.name}` : "Add your own option";
  const toggleLanguage = (id: string) =>
    setLanguages((current) =>
      languageSet(
        catalogue,
        current.includes(id) ? current.filter((l) => l !== id) : [...current, id],
      ),
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = cleanName(name);
    if (!isPlainName(cleaned)) {
      setNameError("Enter a name for this option.");
      nameRef.current?.focus();
      return;
    }
    onSave({ name: cleaned, languages, scores });
  };

  const nameId = `${idPrefix}-name`;
  const errorId = `${idPrefix}-name-error`;
  return (
    <form
      className="own-form"
      aria-labelledby={`${idPrefix}-title`}
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <h3 id={`${idPrefix}-title`}>{title}</h3>
      <div className="own-field">
        <label htmlFor={nameId}>Name</label>
        <input
          ref={nameRef}
          id={nameId}
          type="text"
          required
          maxLength={MAX_NAME_LENGTH}
          autoComplete="off"
          value={name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? errorId : undefined}
          onChange={(event) => {
            setName(event.currentTarget.value);
            if (nameError) setNameError("");
          }}
        />
        {nameError ? (
          <p id={errorId} className="own-error">
            {nameError}
          </p>
        ) : null}
      </div>
      <CheckboxGroup
        legend="Languages"
        hint="none ticked = any"
        options={languageOptions(catalogue)}
        checked={languages}
        onToggle={toggleLanguage}
      />
      <fieldset className="own-scores">
        <legend>
          Scores <span className="legend-hint">(1 weak … 5 strong)</span>
        </legend>
        {CRITERION_IDS.map((criterion, c) => {
          const selectId = `${idPrefix}-${criterion}`;
          return (
            <div key={criterion} className="own-score-row">
              <label htmlFor={selectId}>{labels[criterion] ?? criterion}</label>
              <select
                id={selectId}
                value={scores[c] ?? DEFAULT_SCORE}
                onChange={(event) => {
                  const value = Number(event.currentTarget.value);
                  setScores((current) => current.map((s, i) => (i === c ? value : s)));
                }}
              >
                {SCORE_VALUES.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      <div className="own-actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
