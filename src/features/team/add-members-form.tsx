import { type FormEvent, useId, useState } from "react";
import { cleanName, isPlainName, MAX_NAME_LENGTH } from "../../domain/plain-name.ts";
import { MAX_TEAM, type TeamMember } from "../../domain/team-members.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { useAppStore } from "../../state/store.ts";
import { addMembers } from "../../state/team-actions.ts";
import { readPastedLinks, shownPiece } from "./pasted-links.ts";

/** The names of the added members as one sentence: "Added Ana, Ben and Cleo." */
function addedSentence(members: readonly TeamMember[], added: number): string {
  const names = members.slice(0, added).map((m) => m.name);
  const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(names);
  const left = members.length - added;
  return left > 0
    ? `Added ${list}; ${left} more did not fit, as a team has at most ${MAX_TEAM} members.`
    : `Added ${list}.`;
}

/** Adds teammates from pasted links, or the user's own priorities, under a typed name. */
export function AddMembersForm() {
  const catalogue = useCatalogue();
  const count = useAppStore((s) => s.members.length);
  const idPrefix = useId();
  const [links, setLinks] = useState("");
  const [name, setName] = useState("");
  const [messages, setMessages] = useState<string[]>([]);
  const full = count >= MAX_TEAM;

  /** The typed name, cleaned; undefined (with a message) when it is not plain text of 1..40. */
  const typedName = (): string | null | undefined => {
    const cleaned = cleanName(name);
    if (cleaned === "") return null;
    if (isPlainName(cleaned)) return cleaned;
    setMessages([`A name is plain text of 1 to ${MAX_NAME_LENGTH} characters; shorten it.`]);
    return undefined;
  };
  const defaultName = (position: number) => `Member ${count + position + 1}`;

  const addLinks = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = typedName();
    if (typed === undefined) return;
    const pasted = readPastedLinks(links, linkVocabularyOf(catalogue), (position, ordinary) =>
      typed !== null && ordinary === 0 ? typed : defaultName(position),
    );
    const notes = pasted.unreadable.map(
      (piece) =>
        `Could not read "${shownPiece(piece)}": it is not a results or team link of this app, so nothing was added from it.`,
    );
    if (pasted.members.length === 0 && notes.length === 0) {
      setMessages(["Paste at least one link first."]);
      return;
    }
    if (pasted.members.length > 0) {
      notes.unshift(addedSentence(pasted.members, addMembers(pasted.members)));
      setName("");
    }
    // What could not be read stays in the box, to be fixed; what was added leaves it.
    setLinks(pasted.unreadable.join("\n"));
    setMessages([...new Set(notes)]);
  };

  const addMine = () => {
    const typed = typedName();
    if (typed === undefined) return;
    const { weights, languages } = useAppStore.getState();
    const member = { name: typed ?? defaultName(0), weights: { ...weights }, languages };
    setMessages([addedSentence([member], addMembers([member]))]);
    setName("");
  };

  const linksId = `${idPrefix}-links`;
  const nameId = `${idPrefix}-name`;
  const fullId = `${idPrefix}-full`;
  return (
    <form className="team-add" noValidate onSubmit={addLinks} aria-label="Add members">
      <div className="team-field">
        <label htmlFor={linksId}>Paste teammates' links</label>
        <textarea
          id={linksId}
          rows={4}
          value={links}
          aria-describedby={`${linksId}-hint`}
          onChange={(event) => setLinks(event.currentTarget.value)}
        />
        <p id={`${linksId}-hint`} className="hint">
          One or more links, each on its own line: a teammate's results link adds them, a team link
          adds its whole team.
        </p>
      </div>
      <div className="team-field">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          type="text"
          autoComplete="off"
          value={name}
          aria-describedby={`${nameId}-hint`}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <p id={`${nameId}-hint`} className="hint">
          For the first results link, or for your own priorities; left empty, "Member N".
        </p>
      </div>
      <div className="team-actions">
        <button
          type="submit"
          className="primary"
          disabled={full}
          aria-describedby={full ? fullId : undefined}
        >
          Add from links
        </button>
        <button
          type="button"
          disabled={full}
          aria-describedby={full ? fullId : undefined}
          onClick={addMine}
        >
          Add my priorities
        </button>
      </div>
      {/* Always laid out, shown only when full: removing or adding a member moves nothing below. */}
      <p id={fullId} className={full ? "hint team-full" : "hint team-full unseen"}>
        The team is full: a team has at most {MAX_TEAM} members. Remove one to add another.
      </p>
      <div role="status" className="team-status">
        {messages.length > 0 ? (
          <ul>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
