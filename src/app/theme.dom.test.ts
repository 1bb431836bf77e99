import { afterEach, describe, expect, it } from "vitest";
import { applyTheme, readStoredTheme, storeTheme } from "./theme.ts";

const blocked = (): Storage => {
  throw new DOMException("The operation is insecure.", "SecurityError");
};

afterEach(() => {
  window.localStorage.clear();
  applyTheme(null);
});

describe("theme storage", () => {
  it("remembers a chosen theme", () => {
    storeTheme("dark");
    expect(readStoredTheme()).toBe("dark");
  });

  it.each([
    ["nothing stored", null],
    ["a corrupt value", "purple"],
    ["JSON instead of a word", '{"theme":"dark"}'],
  ])("falls back to the system theme with %s", (_case, stored) => {
    if (stored !== null) window.localStorage.setItem("framework-fit:theme", stored);
    expect(readStoredTheme()).toBeNull();
  });

  it("falls back silently when storage is blocked", () => {
    expect(readStoredTheme(blocked)).toBeNull();
    expect(() => storeTheme("dark", blocked)).not.toThrow();
  });

  it("applies the theme to the document and removes it again", () => {
    applyTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    applyTheme(null);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
