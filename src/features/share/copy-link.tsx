import { useEffect, useRef, useState } from "react";
import { copyText } from "../../components/copy-text.ts";
import { useCatalogue } from "../../state/dataset-context.ts";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { useAppStore } from "../../state/store.ts";
import { currentShareLink } from "../../state/url-sync.ts";

type CopyState = { status: "idle" } | { status: "copied" } | { status: "manual"; link: string };

/** How long "Link copied" stays in its bubble. */
export const COPIED_SHOWN_MS = 4000;

/**
 * Copies the link to the current state; when the clipboard is refused, shows it to copy by hand.
 * Both show in a bubble over the page under the button, so the header and page never move.
 */
export function CopyLink() {
  const [state, setState] = useState<CopyState>({ status: "idle" });
  const fieldRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const catalogue = useCatalogue();
  // Any change makes a copied link stale: clear the message until the next copy.
  useEffect(() => useAppStore.subscribe(() => setState({ status: "idle" })), []);
  useEffect(() => {
    if (state.status !== "copied") return;
    const timer = setTimeout(() => setState({ status: "idle" }), COPIED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const link = currentShareLink(linkVocabularyOf(catalogue));
    if (await copyText(link)) {
      setState({ status: "copied" });
      return;
    }
    setState({ status: "manual", link });
    requestAnimationFrame(() => fieldRef.current?.select());
  };
  const close = () => {
    setState({ status: "idle" });
    buttonRef.current?.focus();
  };

  return (
    <div className="copy-link">
      <button ref={buttonRef} type="button" onClick={copy}>
        Copy link
      </button>
      <div className={state.status === "idle" ? "copy-popover" : "copy-popover shown"}>
        <span role="status" className="copy-status">
          {state.status === "copied" ? "Link copied. Paste it to your team." : ""}
          {state.status === "manual" ? "Copying was blocked: select the link and copy it." : ""}
        </span>
        {state.status === "manual" ? (
          <div className="copy-popover-row">
            <input
              ref={fieldRef}
              type="text"
              readOnly
              aria-label="Link to these results"
              value={state.link}
              onFocus={(event) => event.currentTarget.select()}
              onKeyDown={(event) => {
                if (event.key === "Escape") close();
              }}
            />
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
