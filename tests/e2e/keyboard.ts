import type { Page } from "playwright-core";

/** Accessible-ish description of the focused element: its role-ish tag and its text or label. */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const inputLabel = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null;
    const label = el.getAttribute("aria-label") ?? inputLabel ?? el.textContent ?? "";
    return `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ""}: ${label.trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, failing after `limit` presses. */
export async function tabTo(
  page: Page,
  target: RegExp,
  { limit = 60, backwards = false } = {},
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const label = await focusedLabel(page);
    if (target.test(label)) return;
    seen.push(label);
  }
  throw new Error(`Tab never reached ${target}; focus went through:\n${seen.join("\n")}`);
}
