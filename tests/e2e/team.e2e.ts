import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { displayFit } from "../../src/domain/scoring.ts";
import { type TeamMember, teamRanking } from "../../src/domain/team.ts";
import { CRITERION_IDS, type Weights } from "../../src/domain/types.ts";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";
import { useBrowser } from "./browser.ts";
import { tabTo } from "./keyboard.ts";
import { waitForSettled } from "./settle.ts";

/** The fixture build's dataset; its frameworks are fw-0..fw-9 plus a newcomer. */
const dataset = elevenFrameworkDataset();
const at = (query: string) => new URL(query, inject("fixtureUrl")).href;
const languages = dataset.languages.map((l) => l.id);

const weights = (digits: string): Weights =>
  Object.fromEntries(CRITERION_IDS.map((id, c) => [id, Number(digits[c])])) as Weights;

/** Three teammates; the first accepts two of the fixture's languages, the others any. */
const TEAM: TeamMember[] = [
  { name: "Ana", weights: weights("543210123"), languages: languages.slice(0, 2) },
  { name: "Member 2", weights: weights("105050301"), languages: [] },
  { name: "Member 3", weights: weights("333333333"), languages: [] },
];

/** A teammate's ordinary results link, written the way the app writes it. */
function resultsLink(member: TeamMember): string {
  const pairs = CRITERION_IDS.map((id) => `${id}=${member.weights[id]}`);
  if (member.languages.length > 0) pairs.push(`lang=${member.languages.join(",")}`);
  return at(`/?v=1&${pairs.join("&")}`);
}

/** What DESIGN §3 says the team view must show: names and rounded team fits, in order. */
const expectedRanking = teamRanking(dataset, TEAM).ranked.map(
  (r) => `${r.framework.name} ${displayFit(r.teamFit)}`,
);

/** The team link the app writes for TEAM. */
const TEAM_LINK = at(
  `/?v=1&${TEAM.map(
    (m) =>
      `m=${CRITERION_IDS.map((id) => m.weights[id]).join("")}.${m.languages.join("-")}.${encodeURIComponent(m.name)}`,
  ).join("&")}`,
);

async function shownRanking(page: Page): Promise<string[]> {
  const items = page.locator('ol[aria-label="Team ranking"] > li');
  await expect.poll(() => items.count()).toBe(expectedRanking.length);
  return Promise.all(
    (await items.all()).map(async (item) => {
      const name = await item.getByRole("heading").textContent();
      const fit = await item.locator(".fit strong").textContent();
      return `${name?.trim()} ${fit?.trim()}`;
    }),
  );
}

describe("the team view in Chromium", () => {
  const { open } = useBrowser("fixture");

  it("adds three teammates from pasted links by keyboard, and the link reopens the same team", async () => {
    const page = await open(at("/?v=1&view=team"));
    await page.getByRole("heading", { name: "Team", exact: true }).waitFor();
    await tabTo(page, /^textarea/);
    await page.keyboard.type(TEAM.map(resultsLink).join("\n"));
    await tabTo(page, /^input\[text\]: Name$/);
    await page.keyboard.type("Ana");
    await tabTo(page, /^button: Add from links$/);
    await page.keyboard.press("Enter");

    await expect.poll(() => shownRanking(page)).toEqual(expectedRanking);
    await expect.poll(() => page.getByText("Added Ana, Member 2, and Member 3.").count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.getAll("m").length).toBe(3);
    const link = page.url();
    expect(new URL(link).searchParams.getAll("m")[0]).toBe(
      `543210123.${languages.slice(0, 2).join("-")}.Ana`,
    );

    const again = await open(link);
    await expect.poll(() => shownRanking(again)).toEqual(expectedRanking);
    for (const member of TEAM) {
      await expect
        .poll(() => again.getByRole("button", { name: `Remove ${member.name}` }).count())
        .toBe(1);
    }
  });

  it("fits a 390 px phone without sideways scrolling", async () => {
    const page = await open(TEAM_LINK, { viewport: { width: 390, height: 844 } });
    expect(await shownRanking(page)).toEqual(expectedRanking);
    await page.getByRole("table").waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it.each([
    ["light, 1280 px", { colorScheme: "light", viewport: { width: 1280, height: 900 } }],
    ["dark, 1280 px", { colorScheme: "dark", viewport: { width: 1280, height: 900 } }],
    ["dark, 320 px", { colorScheme: "dark", viewport: { width: 320, height: 720 } }],
  ] as const)("has no axe violations (%s)", async (_, options) => {
    const page = await open(TEAM_LINK, options);
    expect(await shownRanking(page)).toEqual(expectedRanking);
    await page.getByRole("table").waitFor();
    await waitForSettled(page);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
});
