import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Framework } from "../../src/domain/types.ts";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";
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

  it("on a phone, scrolls only the table sideways and keeps the names in view", async () => {
    const page = await open("?view=matrix", { viewport: { width: 390, height: 844 } });
    const region = page.getByRole("region", { name: "Framework matrix, scrolls sideways" });
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
  });
});
