import { useEffect, useState } from "react";
import { applyTheme, readStoredTheme, storeTheme, systemTheme, type Theme } from "./theme.ts";

/** A switch between light and dark; starts from the remembered choice or the system's. */
export function ThemeToggle() {
  // Null until mounted, so the prerendered page and the first client render agree.
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => setTheme(readStoredTheme() ?? systemTheme()), []);

  const toggle = () => {
    const next: Theme = theme === "dark" ? "light" : "dark";
    setTheme(next);
    applyTheme(next);
    storeTheme(next);
  };

  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === "dark"}
      onClick={toggle}
      disabled={theme === null}
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : "☀"}</span>{" "}
      <span className="theme-word">Dark mode</span>
    </button>
  );
}
