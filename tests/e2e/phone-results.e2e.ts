import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../src/domain/default-profile.ts";
import { rankFrameworks } from "../../src/domain/scoring.ts";
import { CRITERION_IDS, type CriterionId, type Weights } from "../../src/domain/types.ts";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";
import { useBrowser } from "./browser.ts";
import { tabTo } from "./keyboard.ts";

/** A phone held upright, driven by touch. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const WEIGHTS: Weights = { ...DEFAULT_WEIGHTS };
const RESULTS_LINK = `?v=1&${CRITERION_IDS.map((id) => `${id}=${WEIGHTS[id]}`).join("&")}&view=results`;
const DATASET = elevenFrameworkDataset();
const labelOf = (id: CriterionId) => DATASET.criteria.find((c) => c.id === id)?.label ?? id;

const namesFor = (weights: Weights) =>
  rankFrameworks(DATASET, { weights, languages: [] }).ranked.map((r) => r.framework.name);

/** Changes of one weight to an end of the scale (0 or 5) that re-order the ranking of `from`. */
const reordering = (from: Weights) =>
  CRITERION_IDS.flatMap((id) => ([0, 5] as const).map((value) => ({ id, value }))).filter(
    ({ id, value }) =>
      from[id] !== value && namesFor({ ...from, [id]: value }).join() !== namesFor(from).join(),
  );
/** One change by keyboard, then one by a tap on another slider, each re-ordering the ranking. */
const BY_KEY = reordering(WEIGHTS)[0];
const BY_TAP =
  BY_KEY && reordering({ ...WEIGHTS, [BY_KEY.id]: BY_KEY.value }).find((c) => c.id !== BY_KEY.id);

/** The ranking the scoring contract gives for the weights in the page's address. */
function rankingOfAddress(page: Page): string[] {
  const params = new URL(page.url()).searchParams;
  const weights = Object.fromEntries(
    CRITERION_IDS.map((id) => [id, Number(params.get(id))]),
  ) as Weights;
  return namesFor(weights);
}

const rankingNames = (page: Page) =>
  page
    .locator('ol[aria-label="Ranking"] > li h3')
    .allTextContents()
    .then((names) => names.map((n) => n.trim()));

/** Whether the whole ranking at a glance is on screen, above the open sheet. */
function rankingInViewAboveSheet(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const glance = document
      .querySelector('ol[aria-label="Fits at a glance"]')
      ?.getBoundingClientRect();
    const sheet = document.querySelector(".weight-panel")?.getBoundingClientRect();
    if (!glance || !sheet) return false;
    return glance.top >= 0 && glance.bottom <= sheet.top;
  });
}

/** The live region of the priorities, which says what moved. */
const status = (page: Page) =>
  page.getByRole("region", { name: "Your priorities" }).getByRole("status");

async function openSheet(page: Page): Promise<Locator> {
  await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
  const toggle = page.getByRole("button", { name: "Adjust priorities" });
  await toggle.tap();
  await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
  return toggle;
}

describe("results on a 390 px phone, by touch and keyboard", () => {
  const { open } = useBrowser("fixture");

  it("changes weights from a sheet while the re-ordered ranking stays in view", async () => {
    if (!BY_KEY || !BY_TAP) throw new Error("no weight change re-orders the fixture ranking");
    const page = await open(RESULTS_LINK, PHONE);
    await openSheet(page);
    await expect.poll(() => rankingInViewAboveSheet(page)).toBe(true);
    const moves = page.locator('ol[aria-label="Fits at a glance"] > li.moved .glance-move');

    // By keyboard: Home or End on a slider that re-orders the ranking.
    const byKey = BY_KEY;
    const before = await rankingNames(page);
    await tabTo(page, new RegExp(`input\\[range\\]: ${labelOf(byKey.id)}`));
    await page.keyboard.press(byKey.value === 0 ? "Home" : "End");
    await expect
      .poll(() => new URL(page.url()).searchParams.get(byKey.id))
      .toBe(String(byKey.value));
    await expect.poll(() => rankingNames(page)).toEqual(rankingOfAddress(page));
    expect(await rankingNames(page)).not.toEqual(before);
    await expect.poll(() => moves.count()).toBeGreaterThan(0);
    await expect.poll(() => status(page).textContent()).toMatch(/moved (up|down) \d/);
    expect(await rankingInViewAboveSheet(page)).toBe(true);

    // By a tap on the far end of another slider's track.
    const byTap = BY_TAP;
    const afterKey = await rankingNames(page);
    const said = await status(page).textContent();
    const slider = page.getByRole("slider", { name: labelOf(byTap.id) });
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error("the slider is not on screen");
    await slider.tap({ position: { x: byTap.value === 0 ? 1 : box.width - 1, y: box.height / 2 } });
    await expect
      .poll(() => new URL(page.url()).searchParams.get(byTap.id))
      .toBe(String(byTap.value));
    await expect.poll(() => rankingNames(page)).toEqual(rankingOfAddress(page));
    expect(await rankingNames(page)).not.toEqual(afterKey);
    await expect.poll(() => status(page).textContent()).not.toBe(said);
    await expect.poll(() => status(page).textContent()).toMatch(/moved (up|down) \d/);
    expect(await rankingInViewAboveSheet(page)).toBe(true);
  });

  it("closes the sheet with its button and Escape, focus back on the button", async () => {
    const page = await open(RESULTS_LINK, PHONE);
    const toggle = await openSheet(page);
    const slider = page.getByRole("slider", { name: labelOf("orm") });
    await expect.poll(() => slider.isVisible()).toBe(true);
    await slider.focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => slider.isVisible()).toBe(false);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("says the link was copied without moving the header or the page", async () => {
    const page = await open(RESULTS_LINK, {
      ...PHONE,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    const mainTop = () =>
      page.evaluate(() => document.querySelector("main")?.getBoundingClientRect().top);
    const headerHeight = () =>
      page.evaluate(() => document.querySelector(".site-header")?.getBoundingClientRect().height);
    const [top, header] = [await mainTop(), await headerHeight()];
    await page.getByRole("button", { name: "Copy link" }).tap();
    await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
    expect(await mainTop()).toBe(top);
    expect(await headerHeight()).toBe(header);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });

  it("adds to compare without pushing the ranking down", async () => {
    const page = await open(RESULTS_LINK, PHONE);
    const first = page.locator('ol[aria-label="Ranking"] > li').first();
    const button = first.getByRole("button", { name: /^Compare / });
    await button.scrollIntoViewIfNeeded();
    const top = await first.evaluate((li) => li.getBoundingClientRect().top);
    await button.tap();
    await page.getByRole("region", { name: "Chosen for compare" }).waitFor();
    expect(await first.evaluate((li) => li.getBoundingClientRect().top)).toBe(top);
  });
});

describe("compare on a 390 px phone", () => {
  const { open } = useBrowser("fixture");

  /** Page width, and per row of the comparison the tops of its cells. */
  const layout = (page: Page) =>
    page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      window: window.innerWidth,
      rows: [...document.querySelectorAll(".stack-cells")].map((row) =>
        [...row.children].map((cell) => {
          const box = cell.getBoundingClientRect();
          return { top: Math.round(box.top), left: box.left, right: box.right, width: box.width };
        }),
      ),
    }));

  it("puts two frameworks side by side with nothing to scroll sideways", async () => {
    const page = await open(
      `${RESULTS_LINK.replace("view=results", "view=compare")}&compare=fw-0,fw-9`,
      PHONE,
    );
    await page.locator(".compare-stack").waitFor();
    const { pageWidth, window, rows } = await layout(page);
    expect(pageWidth).toBeLessThanOrEqual(window);
    expect(rows.length).toBeGreaterThan(20);
    for (const [a, b] of rows) {
      expect(b?.top).toBe(a?.top);
      expect(a!.left).toBeGreaterThanOrEqual(0);
      expect(b!.right).toBeLessThanOrEqual(window);
    }
  });

  it("keeps four readable: two cells a line, no sideways overflow", async () => {
    const page = await open(
      `${RESULTS_LINK.replace("view=results", "view=compare")}&compare=fw-0,fw-9,fw-1,fw-7`,
      PHONE,
    );
    await page.locator(".compare-stack").waitFor();
    const { pageWidth, window, rows } = await layout(page);
    expect(pageWidth).toBeLessThanOrEqual(window);
    for (const cells of rows) {
      expect(cells).toHaveLength(4);
      for (const cell of cells) {
        expect(cell.right).toBeLessThanOrEqual(window);
        expect(cell.width).toBeGreaterThan(window * 0.4);
      }
    }
    await expect(page.locator("table.compare-table").count()).resolves.toBe(0);
  });
});
