import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Framework } from "../../src/domain/types.ts";
import { elevenFrameworkDataset, NEWCOMER_SPEC } from "../../src/testing/fixtures.ts";
import { useBrowser } from "./browser.ts";

const dataset = elevenFrameworkDataset();

/** Plain code-unit order, like the app's tie rule. */
const byName = (a: Framework, b: Framework) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function sortedBy(key: (f: Framework) => number, direction: "asc" | "desc"): string[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...dataset.frameworks]
    .sort((a, b) => sign * (key(a) - key(b)) || byName(a, b))
    .map((f) => f.name);
}

async function rowNames(page: Page): Promise<string[]> {
  return page.locator(".matrix-table tbody th[scope=row]").allTextContents();
}

/** The "Matched: …" line below each shown framework's scores, in row order. */
async function matchLines(page: Page): Promise<string[]> {
  return page.locator(".matrix-table .matrix-notes .match-line").allTextContents();
}

async function ariaSorts(page: Page): Promise<string[]> {
  return page
    .locator(".matrix-table thead th[aria-sort]")
    .evaluateAll((ths) =>
      ths.map((th) => `${th.querySelector(".sort-label")?.textContent}:${th.ariaSort}`),
    );
}

describe("the matrix", () => {
  const { open } = useBrowser("fixture");

  it("sorts by a criterion with the keyboard alone, and the link keeps it on reload", async () => {
    const page = await open("?view=matrix");
    await page.getByRole("table").waitFor();
    await page.getByRole("button", { name: "Performance label" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");

    const expected = sortedBy((f) => f.scores.scalability.value, "desc");
    await expect.poll(() => rowNames(page)).toEqual(expected);
    expect(await ariaSorts(page)).toEqual(["Scalability label:descending"]);
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("scalability:desc");

    await page.keyboard.press("Space");
    const ascending = sortedBy((f) => f.scores.scalability.value, "asc");
    await expect.poll(() => rowNames(page)).toEqual(ascending);
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("scalability:asc");

    await page.reload();
    await page.getByRole("table").waitFor();
    expect(await rowNames(page)).toEqual(ascending);
    expect(await ariaSorts(page)).toEqual(["Scalability label:ascending"]);
  });

  it("filters by kind, and the filter is in the link", async () => {
    const page = await open("?view=matrix");
    await page.getByRole("checkbox", { name: "Micro-framework" }).check();
    const micro = dataset.frameworks.filter((f) => f.kind === "micro");
    await expect.poll(() => rowNames(page)).toHaveLength(micro.length);
    expect((await rowNames(page)).sort()).toEqual(micro.map((f) => f.name).sort());
    const count = page.getByRole("status").filter({ hasText: /^Showing/ });
    await expect(count.textContent()).resolves.toBe(
      `Showing ${micro.length} of ${dataset.frameworks.length} frameworks`,
    );
    expect(new URL(page.url()).searchParams.get("kind")).toBe("micro");
  });

  it("fits a 1280 px screen with pros and cons below the scores: nothing to scroll sideways", async () => {
    const page = await open("?view=matrix&performance=3", {
      viewport: { width: 1280, height: 800 },
    });
    const region = page.getByRole("region", { name: "Framework matrix" });
    await region.waitFor();
    const sideways = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    expect(await page.getByText("scroll sideways →").count()).toBe(0);
    // Each scores row is as tall as its tallest cell's content plus the cell padding, no more.
    const slack = await page.locator(".matrix-scores").evaluateAll((rows) =>
      rows.map((row) => {
        const content = [...row.children].map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return range.getBoundingClientRect().height;
        });
        return row.getBoundingClientRect().height - Math.max(...content);
      }),
    );
    expect(slack.length).toBe(dataset.frameworks.length);
    for (const extra of slack) expect(extra).toBeLessThanOrEqual(24);
  });

  it("finds frameworks strong in real-time for 'websocket' and says what matched", async () => {
    const page = await open("?view=matrix&performance=3");
    await page.getByRole("table").waitFor();
    await page.getByRole("searchbox", { name: /^Search/ }).fill("websocket");
    const label = dataset.criteria.find((c) => c.id === "realtime")?.label ?? "";
    const strong = dataset.frameworks.filter((f) => f.scores.realtime.value >= 4);
    // The made-up pros, cons and facts never mention WebSockets: only real-time strength matches.
    expect(strong.length).toBeGreaterThan(1);
    expect(strong.length).toBeLessThan(dataset.frameworks.length);
    await expect.poll(() => rowNames(page)).toHaveLength(strong.length);
    expect((await rowNames(page)).sort()).toEqual(strong.map((f) => f.name).sort());
    const names = await rowNames(page);
    const byName = new Map(strong.map((f) => [f.name, f.scores.realtime.value]));
    expect(await matchLines(page)).toEqual(
      names.map((name) => `Matched: ${label} ${byName.get(name)}/5`),
    );
    expect(new URL(page.url()).searchParams.get("q")).toBe("websocket");
  });

  it("keeps 'Full pros and cons' in the link, so a reload shows every one", async () => {
    const page = await open("?view=matrix&performance=3");
    await page.getByRole("table").waitFor();
    // Every made-up framework has more pros than the short list shows.
    const allPros = NEWCOMER_SPEC.pros?.length ?? 0;
    expect(dataset.frameworks.every((f) => f.pros.length === allPros)).toBe(true);
    expect(allPros).toBeGreaterThan(3);
    const pros = page.getByRole("list", { name: "Pros" }).first();
    const shownPros = () => pros.getByRole("listitem").count();
    await expect.poll(shownPros).toBe(3);
    await page.getByRole("checkbox", { name: "Full pros and cons" }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("detail")).toBe("full");
    await expect.poll(shownPros).toBe(allPros);

    await page.reload();
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("checkbox", { name: "Full pros and cons" }).isChecked()).toBe(true);
    await expect.poll(shownPros).toBe(allPros);
  });

  it("on a phone, shows a card per framework, every line whole, nothing sideways", async () => {
    const page = await open("?view=matrix&performance=3&detail=full", {
      viewport: { width: 390, height: 844 },
    });
    const cards = page.getByRole("list", { name: /sorted by fit/ }).getByRole("article");
    await expect.poll(() => cards.count()).toBe(dataset.frameworks.length);
    expect(await page.getByRole("table").count()).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const cutLines = await page
      .locator(".matrix-card li")
      .evaluateAll((items) =>
        items
          .filter(
            (li) =>
              li.scrollWidth > li.clientWidth || li.getBoundingClientRect().right > innerWidth,
          )
          .map((li) => li.textContent),
      );
    expect(cutLines).toEqual([]);
    const first = cards.first();
    expect(await first.getByRole("heading", { level: 4 }).allTextContents()).toEqual([
      "Pros",
      "Cons",
    ]);
  });

  it("downloads the rows shown, in the order shown, as CSV", async () => {
    const page = await open("?view=matrix&performance=3&sort=name:desc");
    await page.getByRole("table").waitFor();
    await page.getByRole("checkbox", { name: "Micro-framework" }).check();
    const micro = dataset.frameworks.filter((f) => f.kind === "micro");
    await expect.poll(() => rowNames(page)).toHaveLength(micro.length);
    const shown = await rowNames(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("framework-fit-matrix.csv");
    const text = await readFile(await download.path(), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const records = text.slice(1).split("\r\n");
    const labels = dataset.criteria.map((c) => c.label);
    expect(records[0]).toBe(
      ["Framework", "Fit", ...labels, "Languages", "Kind", "Pros", "Cons"].join(","),
    );
    // Each record's name is its first field; pros and cons span lines inside quotes.
    const names = records.filter((r) => /^[^"\s]/.test(r)).map((r) => r.split(",")[0]);
    expect(names.slice(1)).toEqual(shown);
    const firstShown = micro.find((f) => f.name === shown[0]);
    const scores = dataset.criteria.map((c) => firstShown?.scores[c.id].value);
    expect(records[1]?.split(",").slice(2, 2 + labels.length)).toEqual(scores.map(String));
  });

  it("between phone and desktop, scrolls only the table sideways, names and notes in view", async () => {
    const page = await open("?view=matrix&performance=3", {
      viewport: { width: 800, height: 900 },
    });
    const region = page.getByRole("region", { name: "Framework matrix" });
    await region.waitFor();
    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(pageOverflow).toBeLessThanOrEqual(0);
    await region.evaluate((el) => {
      el.scrollLeft = 600;
    });
    const regionBox = await region.boundingBox();
    const nameBox = await page.locator(".matrix-table tbody th[scope=row]").first().boundingBox();
    expect(Math.abs((nameBox?.x ?? -1) - (regionBox?.x ?? 0))).toBeLessThanOrEqual(2);
    await expect.poll(() => page.getByText("scroll sideways →").isVisible()).toBe(true);
    const notesBox = await page.locator(".matrix-notes-inner").first().boundingBox();
    expect(notesBox?.x ?? -1).toBeGreaterThanOrEqual(regionBox?.x ?? 0);
    expect((notesBox?.x ?? 0) + (notesBox?.width ?? 0)).toBeLessThanOrEqual(
      (regionBox?.x ?? 0) + (regionBox?.width ?? 0),
    );
  });
});
