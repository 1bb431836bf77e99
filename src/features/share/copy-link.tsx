import { useEffect, useRef, useState } from "react";
import { useCatalogue } from "../../state/dataset-context.ts";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { useAppStore } from "../../state/store.ts";
import { currentShareLink } from "../../state/url-sync.ts";

type CopyState = { status: "idle" } | { status: "copied" } | { status: "manual"; link: string };

/** Copies the link to the current state; when the clipboard is refused, shows it to copy by hand. */
export function CopyLink() {
  const [state, setState] = useState<CopyState>({ status: "idle" });
  const fieldRef = useRef<HTMLInputElement>(null);
  const catalogue = useCatalogue();
  // Any change makes a copied link stale: clear the message until the next copy.
  useEffect(() => useAppStore.subscribe(() => setState({ status: "idle" })), []);

  const copy = async () => {
    const link = currentShareLink(linkVocabularyOf(catalogue));
    try {
      if (!navigator.clipboard) throw new Error("Clipboard unavailable");
      await navigator.clipboard.writeText(link);
      setState({ status: "copied" });
    } catch {
      setState({ status: "manual", link });
      requestAnimationFrame(() => fieldRef.current?.select());
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {state.status === "copied" ? "Link copied. Paste it to your team." : ""}
        {state.status === "manual" ? "Copying was blocked: select the link and copy it." : ""}
      </span>
      {state.status === "manual" ? (
        <input
          ref={fieldRef}
          type="text"
          readOnly
          aria-label="Link to these results"
          value={state.link}
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
    </div>
  );
}
