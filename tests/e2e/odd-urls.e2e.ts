import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, useBrowser } from "./browser.ts";

type View = "quiz" | "results" | "matrix";

interface OddUrl {
  /** Appended to the server's origin as it is: no resolving against the app's URL. */
  path: string;
  /** The view the app must open. */
  opens: View;
}

/** Paths and hashes a shared link may arrive with; none may break the page or its links. */
const ODD_URLS: OddUrl[] = [
  // A path starting with two slashes reads as another host when used as a relative URL.
  { path: "//evil.example/?performance=5&view=results", opens: "results" },
  // Browsers read a backslash in the path as a slash: the same trap.
  { path: "/\\evil.example/?performance=5", opens: "results" },
  { path: "/#performance=5", opens: "quiz" },
  { path: "/?performance=5#/results", opens: "results" },
  { path: "/?performance=5#%", opens: "results" },
  { path: "/index.html?performance=5&view=matrix", opens: "matrix" },
  { path: "/a/b/c?performance=5", opens: "results" },
];

/** What shows each view has rendered. */
function rendered(page: Page, view: View) {
  if (view === "quiz") return page.getByRole("heading", { name: "What matters to your team?" });
  if (view === "matrix") return page.locator("main table").first();
  return page.locator('ol[aria-label="Ranking"] > li').first();
}

/** Makes one change the way a person would; returns the query key and the value it must get. */
async function changeSetting(page: Page, view: View): Promise<[key: string, value: string]> {
  if (view === "results") {
    await page.getByRole("slider", { name: /Raw performance/ }).focus();
    await page.keyboard.press("Home");
    return ["performance", "0"];
  }
  // Another view by its tab (not Results: a link with weights leaves out view=results).
  const next: View = view === "quiz" ? "matrix" : "quiz";
  await page
    .getByRole("navigation", { name: "Views" })
    .getByRole("link", { name: next === "quiz" ? "Quiz" : "Matrix" })
    .click();
  await rendered(page, next).waitFor();
  return ["view", next];
}

describe("odd paths and hashes in a link", () => {
  const { open } = useBrowser();
  const origin = () => new URL(baseUrl()).origin;

  for (const { path, opens } of ODD_URLS) {
    it(`opens ${path} as the ${opens} view and keeps the address on this origin`, async () => {
      const page = await open(`${origin()}${path}`);
      await rendered(page, opens).waitFor({ timeout: 10_000 });
      expect(new URL(page.url()).origin).toBe(origin());

      const [key, value] = await changeSetting(page, opens);
      await expect
        .poll(() => new URL(page.url()).searchParams.get(key), {
          message: `the address bar's ${key} after the change (now ${page.url()})`,
        })
        .toBe(value);
      expect(new URL(page.url()).origin).toBe(origin());
    });
  }
});
