import type { ShareState } from "./share-state.ts";
import { decodeShareUrl, encodeShareUrl } from "./share-url.ts";
import { type AppState, loadShareState, useAppStore } from "./store.ts";

/** The shareable part of the app state. */
export function shareStateOf(state: AppState): ShareState {
  const { weights, languages, view, compare, sort, kinds, query } = state;
  return { weights, languages, view, compare, sort, kinds, query };
}

/** The full link to the current state, for "Copy link". */
export function currentShareLink(): string {
  const url = new URL(window.location.href);
  url.search = encodeShareUrl(shareStateOf(useAppStore.getState()));
  url.hash = "";
  return url.href;
}

/** Loads the state from the address bar, reporting settings that were not understood. */
export function loadFromLocation(): void {
  const { state, problems } = decodeShareUrl(window.location.search);
  loadShareState(state, problems);
}

/**
 * Keeps the address bar and the store in step: a view change pushes a history entry,
 * any other change replaces the current one; Back and Forward load the entry's state.
 * Returns a function that stops syncing.
 */
export function startUrlSync(): () => void {
  let loading = false;
  const load = () => {
    loading = true;
    loadFromLocation();
    loading = false;
  };
  load();
  let written = window.location.search;
  // A link opens in its canonical form, without the settings that were not understood.
  if (written !== "") {
    written = encodeShareUrl(shareStateOf(useAppStore.getState()));
    window.history.replaceState(null, "", `${window.location.pathname}${written}`);
  }
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (loading) return;
    const search = encodeShareUrl(shareStateOf(state));
    if (search === written) return;
    const url = `${window.location.pathname}${search}`;
    if (state.view !== previous.view) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    written = search;
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
