import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";

/** A results link as the app writes it, with a language filter and two frameworks to compare. */
const LINK =
  "?v=1&performance=4&scalability=3&realtime=5&orm=4&learning=2&productivity=3&ecosystem=3&security=4&flexibility=2&lang=csharp,elixir,java,python&view=results&compare=django,phoenix";
const GLANCE_ROWS = 'ol[aria-label="Fits at a glance"] > li';

/** Holds the app's entry script until `release` is called: the page shows what it has before it. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Counts Content-Security-Policy violations, such as an inline script the policy refused. */
const COUNT_CSP_VIOLATIONS = `window.__cspViolations = 0;
  document.addEventListener("securitypolicyviolation", () => { window.__cspViolations++; });`;

/** Each glance row's text and box, and the intro's text: what a reader sees at the top. */
function readTop(page: Page) {
  return page.evaluate((selector) => {
    const rows = [...document.querySelectorAll(selector)].map((row) => {
      const box = row.getBoundingClientRect();
      return `${row.textContent} @ ${box.x},${box.y} ${box.width}x${box.height}`;
    });
    return { rows, intro: document.querySelector(".priorities-summary")?.textContent ?? "" };
  }, GLANCE_ROWS);
}

describe("a shared results link's first paint", () => {
  const { open } = useBrowser();

  for (const width of [390, 1280]) {
    it(`shows the ranking before the app's code arrives, and the app keeps it in place (${width} px)`, async () => {
      let release = () => {};
      const page = await open(LINK, {
        viewport: { width, height: 844 },
        // The load event waits for the held script.
        waitUntil: "commit",
        beforeNavigate: async (p) => {
          await p.addInitScript(COUNT_CSP_VIOLATIONS);
          release = await holdTheApp(p);
        },
      });
      await page.locator(GLANCE_ROWS).first().waitFor();
      const before = await readTop(page);
      expect(await page.locator('ol[aria-label="Ranking"]').count()).toBe(0);
      expect(before.rows.length).toBeGreaterThan(1);
      expect(before.intro).toContain("Real-time is critical");
      expect(before.intro).toContain("Only frameworks written in Python, C#, Java, or Elixir.");

      release();
      await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
      expect(await readTop(page)).toEqual(before);
      // The glance and the cards with the reasons agree on the order.
      expect(await page.getByRole("region", { name: "Chosen for compare" }).count()).toBe(1);
      const cards = await page.locator('ol[aria-label="Ranking"] > li h3').allTextContents();
      const names = await page.locator(`${GLANCE_ROWS} .glance-name`).allTextContents();
      expect(names).toEqual(cards.slice(0, names.length));
      expect(await page.evaluate("window.__cspViolations")).toBe(0);
    });
  }

  it("is left to the app for a link it cannot draw whole, which shows nothing else first", async () => {
    let release = () => {};
    const page = await open(`${LINK}&score=django.realtime.5`, {
      waitUntil: "commit",
      beforeNavigate: async (p) => {
        release = await holdTheApp(p);
      },
    });
    // The page is parsed (its last element, the first-paint script's, is there) but the app waits.
    await page.locator("body > script:last-of-type").waitFor({ state: "attached" });
    expect(await page.locator(GLANCE_ROWS).count()).toBe(0);
    expect(await page.locator("#root").isVisible()).toBe(false);

    release();
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    expect(await page.locator(GLANCE_ROWS).count()).toBeGreaterThan(1);
    expect(await page.locator(".your-scores-note").count()).toBe(1);
  });
});
