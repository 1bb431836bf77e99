import { useEffect, useId, useRef, useState } from "react";
import { languageNames } from "../../domain/catalogue.ts";
import { MAX_OWN_OPTIONS, type OwnOption } from "../../domain/own-options.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { addOwnOption, removeOwnOption, updateOwnOption } from "../../state/own-option-actions.ts";
import { useAppStore } from "../../state/store.ts";
import { OwnOptionForm } from "./own-option-form.tsx";

/** Which form is open: a new option's, or the edit form of the option at an index. */
type Editing = "new" | number | null;
/** Where focus goes once the form closes or an option is removed. */
type FocusTarget = "add" | number;

/** The form still open; a link opened with Back/Forward may remove the option being edited. */
function openForm(editing: Editing, count: number): Editing {
  if (editing === "new") return count < MAX_OWN_OPTIONS ? "new" : null;
  return editing !== null && editing < count ? editing : null;
}

/** The user's own options (up to three, e.g. an in-house stack), ranked like any framework. */
export function OwnOptionsPanel() {
  const catalogue = useCatalogue();
  const own = useAppStore((s) => s.own);
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState("");
  const fullHintId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const editRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusAfter = useRef<FocusTarget | null>(null);
  const full = own.length >= MAX_OWN_OPTIONS;
  const open = openForm(editing, own.length);

  // The button that opened a form gets focus back once the form has gone from the page.
  useEffect(() => {
    const target = focusAfter.current;
    if (target === null) return;
    focusAfter.current = null;
    const addButton = addRef.current;
    if (target === "add" && addButton && !addButton.disabled) addButton.focus();
    else editRefs.current[target === "add" ? own.length - 1 : target]?.focus();
  });

  const close = (target: FocusTarget, message = "") => {
    focusAfter.current = target;
    setEditing(null);
    setDone(message);
  };
  const save = (option: OwnOption) => {
    if (open === "new") {
      addOwnOption(option);
      close("add", `Added ${option.name} to the ranking.`);
    } else if (open !== null) {
      updateOwnOption(open, option);
      close(open, `Saved ${option.name}.`);
    }
  };
  const remove = (index: number, name: string) => {
    removeOwnOption(index);
    close("add", `Removed ${name}.`);
  };

  return (
    <section className="card own-options" aria-labelledby="own-options-heading">
      <h2 id="own-options-heading">Your own options</h2>
      <p className="hint">
        Rank a framework we lack or your in-house stack: name it and score it yourself.
      </p>
      {own.length > 0 ? (
        <ul className="own-list">
          {own.map((option, index) => (
            // Options have no id but their position, which is also their rank id (own1..own3).
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is the option's identity
            <li key={index} className={open === index ? undefined : "own-item"}>
              {open === index ? (
                <OwnOptionForm option={option} onSave={save} onCancel={() => close(index)} />
              ) : (
                <>
                  <span className="own-name">{option.name}</span>
                  <span className="meta">{languageNames(catalogue, option.languages)}</span>
                  <span className="own-item-actions">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Edit ${option.name}`}
                      ref={(button) => {
                        editRefs.current[index] = button;
                      }}
                      disabled={open !== null}
                      onClick={() => setEditing(index)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Remove ${option.name}`}
                      disabled={open !== null}
                      onClick={() => remove(index, option.name)}
                    >
                      Remove
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {open === "new" ? (
        <OwnOptionForm onSave={save} onCancel={() => close("add")} />
      ) : (
        <p className="own-add">
          <button
            type="button"
            ref={addRef}
            disabled={full || open !== null}
            aria-describedby={full ? fullHintId : undefined}
            onClick={() => {
              setDone("");
              setEditing("new");
            }}
          >
            Add your own option
          </button>
          {full ? (
            <span id={fullHintId} className="hint">
              You have {MAX_OWN_OPTIONS}, the most a link can hold: remove one to add another.
            </span>
          ) : null}
        </p>
      )}
      <p className="hint" aria-live="polite">
        {done}
      </p>
    </section>
  );
}
