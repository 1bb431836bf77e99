import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";

const WEIGHTS = "v=1&performance=4&realtime=5&orm=4&security=4";

/** Every view, with the selector of its content (WCAG 1.4.10: 320 CSS px, as at 400% zoom). */
const VIEWS = [
  { name: "quiz", path: "?v=1&view=quiz", ready: "fieldset legend" },
  { name: "results", path: `?${WEIGHTS}`, ready: 'ol[aria-label="Ranking"] > li' },
  { name: "matrix", path: `?${WEIGHTS}&view=matrix`, ready: "main table, main .matrix-cards" },
  {
    name: "compare, two",
    path: `?${WEIGHTS}&view=compare&compare=django,rails`,
    ready: "main table, main .compare-stack",
  },
  {
    name: "compare, four",
    path: `?${WEIGHTS}&view=compare&compare=django,rails,phoenix,laravel`,
    ready: "main table, main .compare-stack",
  },
  {
    name: "team",
    path: "?v=1&view=team&m=543233422.python-ruby.Ana&m=335244231..Ben",
    ready: 'ol[aria-label="Team ranking"] > li',
  },
  { name: "how it works", path: "?v=1&view=about", ready: "main table" },
];

/** Elements whose right edge is past the viewport, outside any region that scrolls on its own. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsOnItsOwn = (element: Element) => {
      for (let e = element.parentElement; e; e = e.parentElement) {
        const overflowX = getComputedStyle(e).overflowX;
        if (overflowX === "auto" || overflowX === "scroll" || overflowX === "hidden") return true;
      }
      return false;
    };
    return [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !scrollsOnItsOwn(element);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
}

describe("every view at 320 CSS px", () => {
  const { open } = useBrowser();

  for (const view of VIEWS) {
    it(`reflows the ${view.name} view without sideways scrolling`, async () => {
      const page = await open(view.path, { viewport: { width: 320, height: 720 } });
      await page.locator(view.ready).first().waitFor();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(await overflowingElements(page)).toEqual([]);
    });
  }

  it("shows every fit on the results in full", async () => {
    const page = await open(`?${WEIGHTS}`, { viewport: { width: 320, height: 720 } });
    const fits = page.locator('ol[aria-label="Ranking"] > li .fit');
    await fits.first().waitFor();
    const cut = await fits.evaluateAll((all) =>
      all.filter((fit) => {
        const box = fit.getBoundingClientRect();
        return box.left < 0 || box.right > document.documentElement.clientWidth;
      }),
    );
    expect(cut).toHaveLength(0);
  });
});
