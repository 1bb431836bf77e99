import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { innerHtmlById, metaCsp, textContent } from "../../scripts/lib/html-assets.ts";
import { quizQuestions } from "../../src/domain/quiz.ts";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";
import { baseUrl, useBrowser } from "./browser.ts";

/** The priority questions do not depend on the dataset; the first one (languages) does. */
const QUESTIONS = quizQuestions(elevenFrameworkDataset());
const WEIGHTS =
  "v=1&performance=4&scalability=4&realtime=5&orm=3&learning=2&productivity=3&ecosystem=3&security=3&flexibility=2";

const progressLine = (page: Page, n: number) =>
  page.getByText(new RegExp(`^Question ${n} of ${QUESTIONS.length}$`));
const questionGroup = (page: Page, index: number) =>
  page.getByRole("group", { name: QUESTIONS[index]?.prompt ?? "(missing question)" });
/** The answer this test gives to question `index` (2nd option, so never a default). */
function answer(page: Page, index: number): Locator {
  const label = QUESTIONS[index]?.options[1]?.label ?? "(missing option)";
  return questionGroup(page, index).getByRole("radio", { name: label });
}
const firstLanguage = (page: Page) => questionGroup(page, 0).getByRole("checkbox").first();

/**
 * On the quiz: ticks the first language and answers questions 2 and 3, ending on question 3.
 * Returns the address after the first answer: every question after it shares that address.
 */
async function answerThree(page: Page): Promise<string> {
  await firstLanguage(page).check();
  const address = page.url();
  await page.getByRole("button", { name: "Next" }).click();
  await answer(page, 1).check();
  await page.getByRole("button", { name: "Next" }).click();
  await answer(page, 2).check();
  await progressLine(page, 3).waitFor();
  return address;
}

describe("the quiz keeps its place (the prebuilt, hydrated page)", () => {
  const { open } = useBrowser();

  it("steps through questions with Back and Forward and keeps them across a reload", async () => {
    const page = await open();
    await questionGroup(page, 0).waitFor();
    const address = await answerThree(page);
    // Each question is an entry at the same address: links are unchanged.
    expect(page.url()).toBe(address);

    await page.goBack();
    await progressLine(page, 2).waitFor();
    expect(await answer(page, 1).isChecked()).toBe(true);

    await page.goForward();
    await progressLine(page, 3).waitFor();
    expect(await answer(page, 2).isChecked()).toBe(true);

    await page.reload();
    await progressLine(page, 3).waitFor();
    await expect.poll(() => answer(page, 2).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Back" }).click();
    await progressLine(page, 2).waitFor();
    expect(await answer(page, 1).isChecked()).toBe(true);
    await page.goBack();
    await progressLine(page, 1).waitFor();
    expect(await firstLanguage(page).isChecked()).toBe(true);
    expect(page.url()).toBe(address);
  });
});

describe("quiz history and view links (eleven-framework build)", () => {
  const { open } = useBrowser("fixture");

  it("leaves the quiz with Back on question 1, as before", async () => {
    const page = await open(`?${WEIGHTS}&view=results`);
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    await page.getByRole("button", { name: "Edit answers" }).click();
    await progressLine(page, 1).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await progressLine(page, 2).waitFor();
    await page.goBack();
    await progressLine(page, 1).waitFor();
    await page.goBack();
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBeNull();
  });

  it("asks before the answers replace a slider moved by hand, and can keep it", async () => {
    const page = await open(`?${WEIGHTS}&view=results`);
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    const slider = page.getByRole("slider", { name: /Realtime label/ });
    await slider.focus();
    await page.keyboard.press("Home");
    await expect.poll(() => new URL(page.url()).searchParams.get("realtime")).toBe("0");
    await page.getByRole("button", { name: "Edit answers" }).click();
    await page.getByRole("button", { name: "Skip to results" }).click();
    const choice = page.getByRole("group", { name: "Your sliders differ from these answers" });
    await choice.waitFor();
    await choice.getByRole("button", { name: "Keep my sliders" }).click();
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    expect(await slider.inputValue()).toBe("0");
  });

  it("links each view with the current state, and each link opens that view in a new page", async () => {
    const page = await open(`?${WEIGHTS}&lang=python&compare=fw-0,fw-1&view=results`);
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    const nav = page.getByRole("navigation", { name: "Views" });
    expect(await nav.getByRole("link", { name: "Results" }).getAttribute("aria-current")).toBe(
      "page",
    );
    const headings: Record<string, string> = {
      Quiz: "What matters to your team?",
      Results: "Your ranking",
      Matrix: "Pros and cons matrix",
      Compare: "Compare side by side",
      Team: "Team",
      "How it works": "How the ranking works",
    };
    for (const [name, heading] of Object.entries(headings)) {
      const href = await nav.getByRole("link", { name, exact: true }).getAttribute("href");
      const url = new URL(href ?? "", page.url());
      expect(url.searchParams.get("lang"), name).toBe("python");
      expect(url.searchParams.get("realtime"), name).toBe("5");
      const other = await page.context().newPage();
      await other.goto(url.href);
      await other.getByRole("heading", { name: heading, exact: true, level: 2 }).waitFor();
      const current = other.getByRole("navigation", { name: "Views" }).getByRole("link", {
        name,
        exact: true,
      });
      expect(await current.getAttribute("aria-current"), name).toBe("page");
      await other.close();
    }
  });

  it("opens a view in a new tab on Ctrl+click and switches in the page on a plain click", async () => {
    const page = await open(`?${WEIGHTS}&view=results`);
    await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
    const matrix = page.getByRole("navigation", { name: "Views" }).getByRole("link", {
      name: "Matrix",
    });
    const opened = page.context().waitForEvent("page");
    await matrix.click({ modifiers: ["ControlOrMeta"] });
    const tab = await opened;
    await tab.getByRole("heading", { name: "Pros and cons matrix", level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBeNull();
    await tab.close();

    // A plain click stays in this document: a mark left on the window survives it.
    await page.evaluate(() => Object.assign(window, { stillHere: true }));
    await matrix.click();
    await page.getByRole("heading", { name: "Pros and cons matrix", level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("matrix");
    expect(await page.evaluate(() => "stillHere" in window)).toBe(true);
    expect(await matrix.getAttribute("aria-current")).toBe("page");
  });

  for (const width of [390, 1280]) {
    it(`tabs through the header in the order it is seen, ${width} px wide`, async () => {
      const page = await open(`?${WEIGHTS}&view=results`, { viewport: { width, height: 800 } });
      await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const stops: { label: string; x: number; y: number; height: number }[] = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el?.closest("header")) return null;
          const box = el.getBoundingClientRect();
          const label = el.getAttribute("aria-label") ?? el.textContent ?? "";
          return { label: label.trim(), x: box.left, y: box.top, height: box.height };
        });
        if (stop === null) {
          if (stops.length > 0) break;
          continue;
        }
        stops.push(stop);
      }
      expect(stops.map((s) => s.label)).toEqual(
        expect.arrayContaining(["Copy link", "Results", "How it works"]),
      );
      // Each stop is on a later row than the one before, or further right on the same row.
      const outOfOrder = stops.slice(1).flatMap((stop, i) => {
        const before = stops[i];
        if (!before) return [];
        const laterRow = stop.y >= before.y + before.height / 2;
        const sameRow = Math.abs(stop.y - before.y) < before.height / 2;
        return laterRow || (sameRow && stop.x > before.x)
          ? []
          : [`${before.label} -> ${stop.label}`];
      });
      expect(outOfOrder, stops.map((s) => `${s.label} @${s.x},${s.y}`).join("\n")).toEqual([]);
    });
  }
});

describe("without JavaScript", () => {
  const { open } = useBrowser();

  it("says the app needs JavaScript and what it is, on the built page with its CSP", async () => {
    const page = await open("", { javaScriptEnabled: false });
    // By tag: Playwright's text search skips what is inside <noscript>.
    const message = page.locator("noscript p");
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    const text = (await message.textContent())?.replace(/\s+/g, " ") ?? "";
    expect(text).toMatch(/^ ?Framework Fit needs JavaScript\./);
    expect(text).toMatch(/ranks backend web frameworks by your team's priorities/);
    const html = await (await fetch(baseUrl())).text();
    expect(metaCsp(html)).toMatch(/^default-src 'none'; script-src 'self'/);
    expect(html).toMatch(/<noscript>[\s\S]*ranks backend web[\s\S]*<\/noscript>/);
    // The prerender still filled the page with the quiz's first screen.
    expect(textContent(innerHtmlById(html, "root") ?? "")).toContain("What matters to your team?");
  });
});
