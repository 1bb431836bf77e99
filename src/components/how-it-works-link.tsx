import { setView } from "../state/store.ts";

/** The way from a view to "How it works", which explains the fit, the rubrics and the sources. */
export function HowItWorksLink() {
  return (
    <button
      type="button"
      className="link-button how-it-works-link"
      onClick={() => setView("about")}
    >
      How it works
    </button>
  );
}
