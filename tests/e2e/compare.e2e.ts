import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";

const WEIGHTS =
  "v=1&performance=4&scalability=4&realtime=5&orm=3&learning=2&productivity=3&ecosystem=3&security=3&flexibility=2";

describe("the compare view in Chromium", () => {
  const { open } = useBrowser("fixture");

  it("takes three frameworks chosen in the results to the compare view", async () => {
    const page = await open("?view=results");
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    for (const name of ["Framework 0", "Framework 9", "Framework 1"]) {
      const button = page.getByRole("button", { name: `Compare ${name}`, exact: true });
      await button.click();
      await expect(button.getAttribute("aria-pressed")).resolves.toBe("true");
    }
    await page.getByRole("button", { name: "Compare side by side" }).click();

    await page.getByRole("heading", { name: "Compare side by side", level: 2 }).waitFor();
    const table = page.getByRole("table", {
      // With or without a serial comma: the test is about the flow, not the list's punctuation.
      name: /^Framework 0, Framework 9,? and Framework 1 side by side$/,
    });
    await table.waitFor();
    const columns = await table.locator("thead th[scope=col] .column-name").allTextContents();
    expect(columns).toEqual(["Framework 0", "Framework 9", "Framework 1"]);
    expect(new URL(page.url()).searchParams.get("compare")).toBe("fw-0,fw-9,fw-1");
    expect(new URL(page.url()).searchParams.get("view")).toBe("compare");
  });

  it("adds and removes columns with the picker and keeps the URL in step", async () => {
    const page = await open(`?${WEIGHTS}&view=compare&compare=fw-0,fw-9`);
    const table = page.getByRole("table", { name: "Framework 0 and Framework 9 side by side" });
    await table.waitFor();
    await page.getByRole("checkbox", { name: "Framework 7" }).check();
    await page
      .getByRole("table", { name: /^Framework 0, Framework 9,? and Framework 7 side by side$/ })
      .waitFor();
    await page.waitForFunction(() => location.search.includes("compare=fw-0,fw-9,fw-7"));
    await page.getByRole("button", { name: "Remove Framework 0" }).click();
    await page.getByRole("table", { name: "Framework 9 and Framework 7 side by side" }).waitFor();
    await page.waitForFunction(() => location.search.includes("compare=fw-9,fw-7"));
  });

  it("explains how to choose on a compare link without frameworks", async () => {
    const page = await open(`?${WEIGHTS}&view=compare`);
    await page.getByRole("heading", { name: "Nothing to compare yet" }).waitFor();
    await expect(page.getByRole("table").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Go to Results" }).click();
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
  });

  it("fits a 360px phone: four frameworks stacked by row, nothing scrolls sideways", async () => {
    const page = await open(`?${WEIGHTS}&view=compare&compare=fw-0,fw-9,fw-1,fw-7`, {
      viewport: { width: 360, height: 800 },
    });
    await page.locator(".compare-stack").waitFor();
    await page.locator("figure svg").first().waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(
        ...[...document.querySelectorAll(".compare-stack *")].map(
          (el) => el.getBoundingClientRect().right,
        ),
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(360);
    expect(widths.widest).toBeLessThanOrEqual(360);
    await expect(page.locator("table.compare-table").count()).resolves.toBe(0);
  });
});
