/** The colour theme: the system's unless the user picked one, remembered across visits. */
export type Theme = "light" | "dark";

const STORAGE_KEY = "framework-fit:theme";

/** The remembered theme, or null; blocked or corrupt storage counts as none. */
export function readStoredTheme(storage: () => Storage = () => window.localStorage): Theme | null {
  try {
    const value = storage().getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the theme; a storage that refuses is ignored (the choice lasts for this visit). */
export function storeTheme(theme: Theme, storage: () => Storage = () => window.localStorage): void {
  try {
    storage().setItem(STORAGE_KEY, theme);
  } catch {
    // Private mode or a full quota: the theme still applies to this page.
  }
}

/** The system's preference. */
export function systemTheme(): Theme {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Sets the theme on the document; CSS reads `data-theme`. */
export function applyTheme(theme: Theme | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}
