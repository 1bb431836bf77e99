import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { applyTheme } from "./theme.ts";
import { ThemeToggle } from "./theme-toggle.tsx";

afterEach(() => {
  window.localStorage.clear();
  applyTheme(null);
});

/** The label drawn on the button: the one its labels container says is next. */
const shownLabel = (button: HTMLElement) => {
  const next = button.querySelector<HTMLElement>(".theme-labels")?.dataset.next;
  return button.querySelector(`.theme-to-${next}`)?.textContent;
};

describe("ThemeToggle", () => {
  it("says which theme it switches to, and switches", async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    const button = screen.getByRole("button", { name: "Switch to dark theme" });
    expect(shownLabel(button)).toBe("☾ Dark theme");
    await user.click(button);
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(window.localStorage.getItem("framework-fit:theme")).toBe("dark");
    expect(button).toHaveAccessibleName("Switch to light theme");
    expect(shownLabel(button)).toBe("☀ Light theme");
  });

  it("starts from the remembered theme", () => {
    window.localStorage.setItem("framework-fit:theme", "dark");
    render(<ThemeToggle />);
    expect(screen.getByRole("button", { name: "Switch to light theme" })).toBeEnabled();
  });

  it("is drawn before the app starts without naming a theme it cannot know yet", () => {
    const html = renderToString(<ThemeToggle />);
    expect(html).toContain('aria-label="Switch theme"');
    expect(html).toContain("disabled");
    expect(html).not.toContain("data-next");
  });
});
