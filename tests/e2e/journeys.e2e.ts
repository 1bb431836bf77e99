import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { rankFrameworks } from "../../src/domain/scoring.ts";
import { CRITERION_IDS, type Weights } from "../../src/domain/types.ts";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";
import { baseUrl, useBrowser } from "./browser.ts";
import { tabTo } from "./keyboard.ts";

const RESULTS_LINK =
  "?v=1&performance=3&scalability=3&realtime=2&orm=3&learning=3&productivity=3&ecosystem=4&security=4&flexibility=2&view=results";

/** Names in the ranking, in order. */
function rankingNames(page: Page): Promise<string[]> {
  return page
    .locator('ol[aria-label="Ranking"] > li h3')
    .allTextContents()
    .then((names) => names.map((n) => n.trim()));
}

async function waitForRanking(page: Page): Promise<void> {
  await page.locator('ol[aria-label="Ranking"] > li').first().waitFor();
}

/** The ranking DESIGN §3 gives for the weights and languages in the page's address. */
function rankingOfAddress(page: Page): string[] {
  const params = new URL(page.url()).searchParams;
  const weights = Object.fromEntries(
    CRITERION_IDS.map((id) => [id, Number(params.get(id))]),
  ) as Weights;
  const languages = params.get("lang")?.split(",") ?? [];
  return rankFrameworks(FIXTURE_APP_DATASET, { weights, languages }).ranked.map(
    (r) => r.framework.name,
  );
}

/** The dataset the fixture build ranks. */
const FIXTURE_APP_DATASET = elevenFrameworkDataset();

describe("the core journey in Chromium", () => {
  const { open } = useBrowser("fixture");

  it("answers the quiz with the keyboard alone and lands on the results", async () => {
    const page = await open();
    await tabTo(page, /checkbox.*Python/);
    await page.keyboard.press("Space");
    await tabTo(page, /^button: Next$/);
    await page.keyboard.press("Enter");
    for (let step = 2; step <= 10; step++) {
      await page.getByText(`Question ${step} of 10`).waitFor();
      await tabTo(page, /input\[radio\]/);
      await page.keyboard.press("ArrowDown");
      await tabTo(page, /^button: (Next|See results)$/);
      await page.keyboard.press("Enter");
    }
    await waitForRanking(page);
    expect(new URL(page.url()).searchParams.has("performance")).toBe(true);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("python");
    const names = await rankingNames(page);
    expect(names.sort()).toEqual(["Framework 0", "Framework 5"]);
    await page.getByRole("list", { name: "Excluded" }).waitFor();
  });

  it("re-orders the ranking when a slider moves and replaces the URL", async () => {
    const page = await open(RESULTS_LINK);
    await waitForRanking(page);
    const before = await rankingNames(page);
    const historyLength = await page.evaluate(() => history.length);
    const slider = page.getByRole("slider", { name: /Learning label/ });
    await slider.focus();
    await page.keyboard.press("End");
    const realtime = page.getByRole("slider", { name: /Realtime label/ });
    await realtime.focus();
    await page.keyboard.press("Home");
    await page.waitForFunction(() => location.search.includes("learning=5"));
    // The ranking re-renders in a deferred pass, a moment after the slider and the address.
    await expect.poll(() => rankingNames(page)).not.toEqual(before);
    expect(new URL(page.url()).searchParams.get("realtime")).toBe("0");
    expect(await slider.getAttribute("aria-valuetext")).toBe("Learning label: critical, 5 of 5");
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it("copies a link that opens the same ranking in a fresh browser context", async () => {
    const page = await open(RESULTS_LINK, { permissions: ["clipboard-read", "clipboard-write"] });
    await waitForRanking(page);
    await page.getByRole("slider", { name: /Realtime label/ }).focus();
    await page.keyboard.press("End");
    await page.getByRole("checkbox", { name: "Elixir" }).check();
    await page.getByRole("checkbox", { name: "Ruby" }).check();
    await page.waitForFunction(() => /lang=.*ruby/.test(location.search));
    const expected = rankingOfAddress(page);
    await expect.poll(() => rankingNames(page)).toEqual(expected);
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(baseUrl("fixture"))).toBe(true);

    const fresh = await open(copied.slice(baseUrl("fixture").length));
    await expect.poll(() => rankingNames(fresh)).toEqual(expected);
    expect(await fresh.getByRole("slider", { name: /Realtime label/ }).inputValue()).toBe("5");
  });

  it("shows the link to copy by hand when the clipboard is refused", async () => {
    const page = await open(RESULTS_LINK);
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
      });
    });
    await page.getByRole("button", { name: "Copy link" }).click();
    const field = page.getByRole("textbox", { name: "Link to these results" });
    await field.waitFor();
    expect(await field.inputValue()).toBe(page.url());
    await page.getByText(/Copying was blocked/).waitFor();
  });

  it("restores earlier views and weights with Back and Forward", async () => {
    const page = await open(RESULTS_LINK);
    await waitForRanking(page);
    await page.getByRole("slider", { name: /Realtime label/ }).focus();
    await page.keyboard.press("End");
    await page
      .getByRole("navigation", { name: "Views" })
      .getByRole("link", { name: "Quiz" })
      .click();
    await page.getByText("Question 1 of 10").waitFor();
    await page.goBack();
    await waitForRanking(page);
    expect(await page.getByRole("slider", { name: /Realtime label/ }).inputValue()).toBe("5");
    await page.goForward();
    await page.getByText("Question 1 of 10").waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("quiz");
  });

  it("survives a hostile link: notice, no markup from the link, still working", async () => {
    const hostile =
      "?performance=99&lang=klingon,python&view=%3Cscript%3Ealert(1)%3C%2Fscript%3E" +
      "&compare=fw-0&orm=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E";
    // Registered before the page loads, so an alert fired while it loads is counted too.
    // (Every page opened by `open` also fails its test on any dialog.)
    const dialogs: string[] = [];
    const page = await open(hostile, {
      beforeNavigate: (blank) => {
        blank.on("dialog", (dialog) => dialogs.push(dialog.message()));
      },
    });
    const notice = page.getByRole("status").filter({ hasText: "not understood" });
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toMatch(/performance/);
    expect(text).toMatch(/klingon/);
    expect(text).toMatch(/view/);
    expect(await page.locator("main script, main img").count()).toBe(0);
    await waitForRanking(page);
    expect((await rankingNames(page)).sort()).toEqual(["Framework 0", "Framework 5"]);
    await page.getByRole("button", { name: "Dismiss" }).click();
    expect(await page.getByText("not understood").count()).toBe(0);
    await page.getByRole("slider", { name: /Performance label/ }).focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() => location.search.includes("performance=5"));
    expect(dialogs).toEqual([]);
  });

  it("compares three frameworks and shares the link with the keyboard alone", async () => {
    const page = await open(RESULTS_LINK, { permissions: ["clipboard-read", "clipboard-write"] });
    await waitForRanking(page);
    for (const name of ["Framework 0", "Framework 9", "Framework 1"]) {
      await tabTo(page, new RegExp(`^button: Compare ${name}$`));
      await page.keyboard.press("Enter");
    }
    await tabTo(page, /^button: Compare side by side$/);
    await page.keyboard.press("Enter");
    await page.locator("table.compare-table").waitFor();
    const heads = await page.locator("table.compare-table thead th[scope=col]").allTextContents();
    for (const name of ["Framework 0", "Framework 9", "Framework 1"]) {
      expect(heads.some((head) => head.includes(name))).toBe(true);
    }
    expect(new URL(page.url()).searchParams.get("compare")).toBe("fw-0,fw-9,fw-1");

    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await tabTo(page, /^button: Copy link$/, { backwards: true });
    await page.keyboard.press("Enter");
    await page.getByText("Link copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get("view")).toBe("compare");
  });
});
