import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";

const WEIGHTS =
  "v=1&performance=4&scalability=4&realtime=5&orm=3&learning=2&productivity=3&ecosystem=3&security=3&flexibility=2";

describe("the compare view in Chromium", () => {
  const { open } = useBrowser();

  it("takes three frameworks chosen in the results to the compare view", async () => {
    const page = await open("?view=results");
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    for (const name of ["Django", "Ruby on Rails", "Phoenix"]) {
      const button = page.getByRole("button", { name: `Compare ${name}`, exact: true });
      await button.click();
      await expect(button.getAttribute("aria-pressed")).resolves.toBe("true");
    }
    await page.getByRole("button", { name: "Compare side by side" }).click();

    await page.getByRole("heading", { name: "Compare side by side", level: 2 }).waitFor();
    const table = page.getByRole("table", {
      // With or without a serial comma: the test is about the flow, not the list's punctuation.
      name: /^Django, Ruby on Rails,? and Phoenix side by side$/,
    });
    await table.waitFor();
    const columns = await table.locator("thead th[scope=col] .column-name").allTextContents();
    expect(columns).toEqual(["Django", "Ruby on Rails", "Phoenix"]);
    expect(new URL(page.url()).searchParams.get("compare")).toBe("django,rails,phoenix");
    expect(new URL(page.url()).searchParams.get("view")).toBe("compare");
  });

  it("adds and removes columns with the picker and keeps the URL in step", async () => {
    const page = await open(`?${WEIGHTS}&view=compare&compare=django,rails`);
    const table = page.getByRole("table", { name: "Django and Ruby on Rails side by side" });
    await table.waitFor();
    await page.getByRole("checkbox", { name: "Laravel" }).check();
    await page
      .getByRole("table", { name: /^Django, Ruby on Rails,? and Laravel side by side$/ })
      .waitFor();
    await page.waitForFunction(() => location.search.includes("compare=django,rails,laravel"));
    await page.getByRole("button", { name: "Remove Django" }).click();
    await page.getByRole("table", { name: "Ruby on Rails and Laravel side by side" }).waitFor();
    await page.waitForFunction(() => location.search.includes("compare=rails,laravel"));
  });

  it("explains how to choose on a compare link without frameworks", async () => {
    const page = await open(`?${WEIGHTS}&view=compare`);
    await page.getByRole("heading", { name: "Nothing to compare yet" }).waitFor();
    await expect(page.getByRole("table").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Go to Results" }).click();
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
  });

  it("fits a 360px phone: only the table scrolls sideways", async () => {
    const page = await open(`?${WEIGHTS}&view=compare&compare=django,rails,phoenix,laravel`, {
      viewport: { width: 360, height: 800 },
    });
    await page.locator("table.compare-table").waitFor();
    await page.locator("figure svg").first().waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      scroller: document.querySelector(".compare-scroll")?.scrollWidth ?? 0,
    }));
    expect(widths.page).toBeLessThanOrEqual(360);
    expect(widths.scroller).toBeGreaterThan(360);
  });
});
