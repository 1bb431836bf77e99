import { useEffect, useState } from "react";
import { applyTheme, readStoredTheme, storeTheme, systemTheme, type Theme } from "./theme.ts";

const SWITCH_TO: Record<Theme, { icon: string; word: string }> = {
  dark: { icon: "☾", word: "Dark theme" },
  light: { icon: "☀", word: "Light theme" },
};

/**
 * A button that switches to the other colour theme and says so ("Switch to dark theme"); it
 * starts from the remembered choice or the system's.
 */
export function ThemeToggle() {
  // Null until mounted, so the prebuilt page and the first client render agree.
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => setTheme(readStoredTheme() ?? systemTheme()), []);
  const next: Theme | null = theme === null ? null : theme === "dark" ? "light" : "dark";

  const toggle = () => {
    if (next === null) return;
    setTheme(next);
    applyTheme(next);
    storeTheme(next);
  };

  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={next ? `Switch to ${next} theme` : "Switch theme"}
      onClick={toggle}
      disabled={next === null}
    >
      {/* Both labels take the same room, one shown, so the button keeps its width when it flips;
          before the app starts, the stylesheet shows the one for the system's scheme. */}
      <span className="theme-labels" data-next={next ?? undefined} aria-hidden="true">
        {(["dark", "light"] as const).map((target) => (
          <span key={target} className={`theme-to-${target}`}>
            {SWITCH_TO[target].icon} <span className="theme-word">{SWITCH_TO[target].word}</span>
          </span>
        ))}
      </span>
    </button>
  );
}
