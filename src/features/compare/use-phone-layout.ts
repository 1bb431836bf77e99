import { useSyncExternalStore } from "react";

/** Up to this width the comparison is stacked by row instead of a table (compare.css agrees). */
const PHONE = "(max-width: 43.75rem)";

function phoneQuery(): MediaQueryList | undefined {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(PHONE)
    : undefined;
}

function subscribe(onChange: () => void): () => void {
  const query = phoneQuery();
  query?.addEventListener("change", onChange);
  return () => query?.removeEventListener("change", onChange);
}

/** True on a phone-sized screen (700 CSS px or less), kept up to date as the window turns. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => phoneQuery()?.matches ?? false,
    () => false,
  );
}
