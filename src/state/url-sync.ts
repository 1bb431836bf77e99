import type { LinkVocabulary, ShareState } from "./share-state.ts";
import { decodeShareUrl, encodeShareUrl } from "./share-url.ts";
import { type AppState, loadShareState, useAppStore } from "./store.ts";

/** The shareable part of the app state. */
export function shareStateOf(state: AppState): ShareState {
  const { weights, languages, view, compare, sort, kinds, search, detail, scores, own, members } =
    state;
  return { weights, languages, view, compare, sort, kinds, search, detail, scores, own, members };
}

/** The full link to the current state, for "Copy link". */
export function currentShareLink(vocabulary: LinkVocabulary): string {
  return addressWith(encodeShareUrl(shareStateOf(useAppStore.getState()), vocabulary));
}

/** Loads the state from the address bar, reporting settings that were not understood. */
export function loadFromLocation(vocabulary: LinkVocabulary): void {
  const { state, problems } = decodeShareUrl(window.location.search, vocabulary);
  loadShareState(state, problems);
}

/** Keeps address and store in step (a view change pushes an entry, others replace); returns a stop. */
export function startUrlSync(vocabulary: LinkVocabulary): () => void {
  let loading = false;
  const load = () => {
    loading = true;
    try {
      loadFromLocation(vocabulary);
    } finally {
      loading = false;
    }
  };
  load();
  let written = window.location.search;
  // A link opens in its canonical form, without the settings that were not understood.
  if (written !== "") {
    const canonical = encodeShareUrl(shareStateOf(useAppStore.getState()), vocabulary);
    if (writeAddress("replace", canonical)) written = canonical;
  }
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (loading) return;
    const search = encodeShareUrl(shareStateOf(state), vocabulary);
    if (search === written) return;
    const how = state.view !== previous.view ? "push" : "replace";
    if (writeAddress(how, search)) written = search;
  });
  const onPopState = () => {
    load();
    written = window.location.search;
  };
  window.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPopState);
  };
}

/** This page's address with a new query, from the whole URL, so a "//host/" path stays a path. */
function addressWith(search: string): string {
  const url = new URL(window.location.href);
  url.search = search;
  // Drop the hash: the state lives in the query alone, so each address written is the shared link.
  url.hash = "";
  return url.href;
}

/** Writes a history entry; false if the browser refused (Safari rate-limits history calls). */
function writeAddress(how: "push" | "replace", search: string): boolean {
  try {
    if (how === "push") window.history.pushState(null, "", addressWith(search));
    // A replaced entry keeps its state (the quiz marks which question each entry shows).
    else window.history.replaceState(window.history.state, "", addressWith(search));
    return true;
  } catch {
    // The page keeps working; the next change writes the address again.
    return false;
  }
}
