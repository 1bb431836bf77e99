import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, useBrowser } from "./browser.ts";

const RESULTS_LINK =
  "?v=1&performance=4&realtime=5&orm=4&security=4&lang=python,javascript&score=express.realtime.4";
const TEAM_LINK = "?v=1&view=team&m=543233422.python-ruby.Ana&m=335244231..Ben&m=254345123..Chen";

/** MADR 4.0's sections, in order (DESIGN §5). */
const SECTIONS = [
  "## Context and Problem Statement",
  "## Decision Drivers",
  "## Considered Options",
  "## Decision Outcome",
  "## Pros and Cons of the Options",
  "## More Information",
];

/** "Name fit" for each item of a ranking list, in order. */
async function shownRanking(page: Page, label: "Ranking" | "Team ranking"): Promise<string[]> {
  const items = page.locator(`ol[aria-label="${label}"] > li`);
  await items.first().waitFor();
  return Promise.all(
    (await items.all()).map(async (item) => {
      const name = await item.getByRole("heading").first().textContent();
      const fit = await item.locator(".fit strong").first().textContent();
      return `${name?.trim()} ${fit?.trim()}`;
    }),
  );
}

/** Scrolls to the decision tools, which load when they come near the screen. */
async function revealDecisionTools(page: Page): Promise<void> {
  // In one step in the page: the reserved space is replaced by the tools as they load.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const tools = document.querySelector(".decision-space, .decision-tools");
        tools?.scrollIntoView();
        return tools !== null;
      }),
    )
    .toBe(true);
  await page.getByRole("button", { name: "Open a saved decision" }).waitFor();
}

/** Clicks a button of the decision tools and reads the file it downloads. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  await revealDecisionTools(page);
  const control = page.getByRole("button", { name: button, exact: true });
  const [file] = await Promise.all([page.waitForEvent("download"), control.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8") };
}

/** Checks the record is a whole MADR document and returns the link under More Information. */
function checkRecord(text: string): string {
  expect(text).toMatch(/^---\nstatus: proposed\ndate: "?\d{4}-\d{2}-\d{2}"?\ndecision-makers:/);
  const positions = SECTIONS.map((heading) => text.indexOf(`\n${heading}\n`));
  expect(positions.every((at) => at > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(text).toMatch(/\nChosen option: "[^"]+", because /);
  const more = text.slice(text.indexOf("## More Information"));
  const link = more.match(/https?:\/\/[^\s)>]+/)?.[0];
  if (!link) throw new Error("no link under More Information");
  return link;
}

describe("the decision record in Chromium", () => {
  const { open } = useBrowser();

  it("downloads a MADR record from a results link whose link reopens the same ranking", async () => {
    const page = await open(RESULTS_LINK);
    const ranking = await shownRanking(page, "Ranking");
    await revealDecisionTools(page);
    await page.getByRole("textbox", { name: "Decided by" }).fill("Ana, Ben");
    const { name, text } = await download(page, "Download decision record");
    expect(name).toMatch(/^0001-[a-z0-9-]+\.md$/);
    expect(text).toContain("Ana");
    const [leaderName] = ranking[0]?.split(/ \d+$/) ?? [];
    expect(text).toContain(`Chosen option: "${leaderName}"`);
    const link = checkRecord(text);
    expect(new URL(link).origin).toBe(new URL(baseUrl()).origin);

    const reopened = await open(link.slice(new URL(link).origin.length));
    expect(await shownRanking(reopened, "Ranking")).toEqual(ranking);
  });

  it("downloads the team's record from a team link, naming every member", async () => {
    const page = await open(TEAM_LINK);
    const ranking = await shownRanking(page, "Team ranking");
    const { text } = await download(page, "Download decision record");
    const link = checkRecord(text);
    for (const member of ["Ana", "Ben", "Chen"]) expect(text).toContain(member);
    const reopened = await open(link.slice(new URL(link).origin.length));
    expect(await shownRanking(reopened, "Team ranking")).toEqual(ranking);
  });

  it("saves the decision as JSON and opens it again into the same state", async () => {
    const page = await open(`${RESULTS_LINK}&view=compare&compare=django,express`);
    await page.getByRole("heading", { name: "Compare side by side" }).waitFor();
    const before = page.url();
    const saved = await download(page, "Save decision as JSON");
    expect(JSON.parse(saved.text)).toMatchObject({ format: "framework-fit-decision" });

    // Somewhere else entirely, then open the saved file.
    await page.goto(new URL("?v=1&realtime=1&view=compare&compare=flask,rails", baseUrl()).href);
    await page.getByRole("heading", { name: "Compare side by side" }).waitFor();
    await revealDecisionTools(page);
    await page.getByLabel("Saved decision file").setInputFiles({
      name: saved.name,
      mimeType: "application/json",
      buffer: Buffer.from(saved.text),
    });
    await expect.poll(() => page.url()).toBe(before);
  });

  it("refuses a hostile file with a message and changes nothing", async () => {
    const page = await open(`${RESULTS_LINK}&view=compare&compare=django,express`);
    await page.getByRole("heading", { name: "Compare side by side" }).waitFor();
    await revealDecisionTools(page);
    const before = page.url();
    await page.getByLabel("Saved decision file").setInputFiles({
      name: "evil.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          format: "framework-fit-decision",
          version: 1,
          inputs: { weights: { realtime: "<img src=x onerror=alert(1)>" } },
        }),
      ),
    });
    await page.getByRole("alert").filter({ hasText: "evil.json could not be opened" }).waitFor();
    expect(page.url()).toBe(before);
    expect(await page.locator("main img").count()).toBe(0);
  });
});
