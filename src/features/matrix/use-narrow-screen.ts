import { useSyncExternalStore } from "react";

/** Up to this width the matrix shows cards instead of a table (matrix.css uses the same). */
const NARROW = "(max-width: 37.5rem)";

function narrowQuery(): MediaQueryList | undefined {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(NARROW)
    : undefined;
}

function subscribe(onChange: () => void): () => void {
  const query = narrowQuery();
  query?.addEventListener("change", onChange);
  return () => query?.removeEventListener("change", onChange);
}

/** True on a phone-sized screen (600 CSS px or less), kept up to date as the window turns. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => narrowQuery()?.matches ?? false,
    () => false,
  );
}
