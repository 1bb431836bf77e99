import { type FormEvent, memo, useEffect, useId, useRef, useState } from "react";
import { cleanName, isPlainName, MAX_NAME_LENGTH } from "../../domain/plain-name.ts";
import type { TeamMember } from "../../domain/team-members.ts";
import { removeMember, renameMember } from "../../state/team-actions.ts";

interface MemberItemProps {
  member: TeamMember;
  index: number;
  /** What the member cares about, in words. */
  summary: string;
  /** Called after removal, so focus can move somewhere that still exists. */
  onRemoved: (name: string) => void;
}

/** One member: their name and priorities, with Rename (inline) and Remove; memoised, as a team change leaves most members as they were. */
export const MemberItem = memo(function MemberItem({
  member,
  index,
  summary,
  onRemoved,
}: MemberItemProps) {
  const idPrefix = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(member.name);
  const [error, setError] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (wasEditing.current) renameRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = cleanName(draft);
    if (!isPlainName(cleaned)) {
      setError(`A name is plain text of 1 to ${MAX_NAME_LENGTH} characters.`);
      inputRef.current?.focus();
      return;
    }
    renameMember(index, cleaned);
    setEditing(false);
  };
  const cancel = () => {
    setDraft(member.name);
    setError("");
    setEditing(false);
  };

  const inputId = `${idPrefix}-name`;
  const errorId = `${idPrefix}-error`;
  return (
    <li className="team-member">
      {editing ? (
        <form
          className="team-rename"
          noValidate
          onSubmit={save}
          onKeyDown={(event) => {
            if (event.key === "Escape") cancel();
          }}
        >
          <label htmlFor={inputId}>New name for {member.name}</label>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            autoComplete="off"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              if (error) setError("");
            }}
          />
          {error ? (
            <p id={errorId} className="team-error">
              {error}
            </p>
          ) : null}
          <div className="team-actions">
            <button type="submit" className="primary">
              Save name
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <span className="team-member-name">{member.name}</span>
          <span className="meta">{summary}</span>
          <span className="team-member-actions">
            <button
              ref={renameRef}
              type="button"
              className="link-button"
              aria-label={`Rename ${member.name}`}
              onClick={() => {
                setDraft(member.name);
                setEditing(true);
              }}
            >
              Rename
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={`Remove ${member.name}`}
              onClick={() => {
                removeMember(index);
                onRemoved(member.name);
              }}
            >
              Remove
            </button>
          </span>
        </>
      )}
    </li>
  );
});
