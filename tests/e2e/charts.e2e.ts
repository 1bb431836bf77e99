import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";
import { useBrowser } from "./browser.ts";
import { waitForSettled } from "./settle.ts";

const WEIGHTS =
  "v=1&performance=4&scalability=4&realtime=5&orm=3&learning=2&productivity=3&ecosystem=3&security=3&flexibility=2";
const CHART_CHUNK = /\/assets\/(charts|results-charts|compare-radar)-[^/]*\.js$/;

/** Records in `seen` the charts chunks the page fetches. */
function watchChartChunks(page: Page, seen: string[]): void {
  page.on("request", (request) => {
    if (CHART_CHUNK.test(new URL(request.url()).pathname)) seen.push(request.url());
  });
}

/** The SVG of the figure named `name`, once recharts has drawn it (scrolled to, as charts below the fold load when near). */
async function drawnChart(page: Page, name: string) {
  await page
    .locator('ol[aria-label="Ranking"] > li, table.compare-table, .compare-stack')
    .first()
    .waitFor();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const figure = page.getByRole("figure", { name });
  await figure.locator("figcaption").waitFor();
  await figure.locator("svg.recharts-surface").first().waitFor();
  return figure;
}

describe("the charts in Chromium", () => {
  const { open } = useBrowser("fixture");

  it("draws the fit and contribution bars on a results link, with their tables", async () => {
    const page = await open(`?${WEIGHTS}&view=results`);
    const fit = await drawnChart(page, "Fit by framework");
    const count = elevenFrameworkDataset().frameworks.length;
    await fit
      .locator(".recharts-bar-rectangle path")
      .nth(count - 1)
      .waitFor();
    await expect(fit.locator(".recharts-bar-rectangle path").count()).resolves.toBe(count);
    const contributions = await drawnChart(page, "Where each fit comes from");
    await contributions.locator(".recharts-bar-rectangle path").nth(40).waitFor();
    const segments = await contributions.locator(".recharts-bar-rectangle path").count();
    expect(segments).toBeGreaterThan(40);
    await expect(contributions.locator(".recharts-legend-item").count()).resolves.toBe(9);

    const table = page.getByRole("table", { name: "Fit of each framework, best first" });
    await expect(table.getByRole("row").count()).resolves.toBe(count + 1);
    const toggle = fit.getByRole("button", { name: /data table/ });
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
    await page.getByRole("button", { name: "Show data table of Fit by framework" }).click();
    await page.getByRole("button", { name: "Hide data table of Fit by framework" }).waitFor();
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(table.isVisible()).resolves.toBe(true);
  });

  it("fills the bars with the theme's colours in dark mode", async () => {
    const page = await open(`?${WEIGHTS}&view=results`, { colorScheme: "dark" });
    const fit = await drawnChart(page, "Fit by framework");
    await fit.locator(".recharts-bar-rectangle path").first().waitFor();
    const fill = await fit
      .locator(".recharts-bar-rectangle path")
      .first()
      .evaluate((path) => getComputedStyle(path).fill);
    expect(fill).toBe("rgb(127, 176, 255)");
  });

  it("draws the radar on a compare link, one outline per framework", async () => {
    const page = await open(`?${WEIGHTS}&view=compare&compare=fw-0,fw-9,fw-1`);
    const radar = await drawnChart(page, "Scores at a glance");
    await radar.locator(".recharts-radar-polygon path").nth(2).waitFor();
    await expect(radar.locator(".recharts-radar").count()).resolves.toBe(3);
    await expect(radar.locator(".recharts-radar-polygon path").count()).resolves.toBe(3);
    const legend = await radar.locator(".recharts-legend-item-text").allTextContents();
    expect(legend).toEqual(["Framework 0", "Framework 9", "Framework 1"]);
    await expect(
      page
        .getByRole("table", { name: "Scores (1 to 5) on each criterion (* your own score)" })
        .getByRole("row")
        .count(),
    ).resolves.toBe(10);
  });

  it("keeps every radar label inside the chart on a 360px phone", async () => {
    const page = await open(`?${WEIGHTS}&view=compare&compare=fw-0,fw-9,fw-1`, {
      viewport: { width: 360, height: 800 },
    });
    const radar = await drawnChart(page, "Scores at a glance");
    await radar.locator(".recharts-polar-angle-axis-tick").first().waitFor();
    const overflow = await radar.evaluate((figure) => {
      const area = figure.querySelector(".chart-area")?.getBoundingClientRect();
      if (!area) return ["no chart area"];
      return [...figure.querySelectorAll(".recharts-polar-angle-axis-tick text")]
        .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.left < area.left - 0.5 || box.right > area.right + 0.5)
        .map(({ text }) => text);
    });
    expect(overflow).toEqual([]);
  });

  it("loads the charts chunk only when a chart is first shown", async () => {
    const chunks: string[] = [];
    const page = await open(`?${WEIGHTS}&view=matrix`, {
      beforeNavigate: (blank) => watchChartChunks(blank, chunks),
    });
    await page.getByRole("table").first().waitFor();
    await waitForSettled(page);
    expect(chunks).toEqual([]);
    await page
      .getByRole("navigation", { name: "Views" })
      .getByRole("link", { name: "Results" })
      .click();
    await drawnChart(page, "Fit by framework");
    expect(chunks.length).toBeGreaterThan(0);
  });
});
