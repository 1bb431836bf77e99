import { describe, expect, inject, it } from "vitest";
import { withOwnOptions } from "../../src/domain/own-options.ts";
import { applyScoreOverrides } from "../../src/domain/score-overrides.ts";
import { displayFit, rankFrameworks } from "../../src/domain/scoring.ts";
import { CRITERION_IDS, type Weights } from "../../src/domain/types.ts";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";
import { useBrowser } from "./browser.ts";

/** The fixture build's dataset; its frameworks are fw-0..fw-9 plus a newcomer. */
const dataset = elevenFrameworkDataset();
const at = (query: string) => new URL(query, inject("fixtureUrl")).href;
const weights: Weights = {
  performance: 5,
  scalability: 1,
  realtime: 4,
  orm: 0,
  learning: 2,
  productivity: 3,
  ecosystem: 1,
  security: 2,
  flexibility: 0,
};
const WEIGHTS = `v=1&${CRITERION_IDS.map((id) => `${id}=${weights[id]}`).join("&")}`;
const [first, second] = dataset.frameworks;
const SCORES = `${first?.id}.performance.1,${second?.id}.realtime.5`;
const OWN = "322222222..Our%20in-house%20v2";

/** What DESIGN §3 says the page must show for those inputs: names and rounded fits, in order. */
function expectedRanking(): string[] {
  const changed = withOwnOptions(
    applyScoreOverrides(dataset, [
      { framework: first?.id ?? "", criterion: "performance", value: 1 },
      { framework: second?.id ?? "", criterion: "realtime", value: 5 },
    ]),
    [{ name: "Our in-house v2", languages: [], scores: [3, 2, 2, 2, 2, 2, 2, 2, 2] }],
  );
  return rankFrameworks(changed, { weights, languages: [] }).ranked.map(
    (r) => `${r.framework.name} ${displayFit(r.fit)}`,
  );
}

describe("your scores and own options in a link", () => {
  const { open } = useBrowser("fixture");

  async function shownRanking(page: Awaited<ReturnType<typeof open>>): Promise<string[]> {
    const items = page
      .getByRole("list", { name: "Ranking", exact: true })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect.poll(() => items.count()).toBe(dataset.frameworks.length + 1);
    return Promise.all(
      (await items.all()).map(async (item) => {
        const name = await item.getByRole("heading", { level: 3 }).textContent();
        const fit = await item.locator(".fit strong").textContent();
        return `${name} ${fit}`;
      }),
    );
  }

  it("ranks as DESIGN §3 says, keeps both keys in the link, and opens the same in a fresh context", async () => {
    const page = await open(at(`/?${WEIGHTS}&score=${SCORES}&own=${OWN}`));
    expect(await shownRanking(page)).toEqual(expectedRanking());
    const url = new URL(page.url());
    expect(url.searchParams.get("score")).toBe(SCORES);
    expect(url.searchParams.getAll("own")).toEqual(["322222222..Our in-house v2"]);
    const card = page
      .getByRole("list", { name: "Ranking", exact: true })
      .getByRole("listitem")
      .filter({ hasText: "Our in-house v2" });
    await expect.poll(() => card.getByText("Your own option").count()).toBe(1);

    const again = await open(page.url());
    expect(await shownRanking(again)).toEqual(expectedRanking());
  });

  it("sets a score from Compare by keyboard and writes it into the link", async () => {
    const ids = `${first?.id},${second?.id}`;
    const page = await open(at(`/?${WEIGHTS}&view=compare&compare=${ids}`));
    const select = page.getByRole("combobox", {
      name: `Your score for ${first?.name} on Performance label`,
    });
    await select.focus();
    await select.selectOption({ label: "Mine: 2" });
    await expect
      .poll(() => new URL(page.url()).searchParams.get("score"))
      .toBe(`${first?.id}.performance.2`);
    await expect.poll(() => page.getByText("yours; dataset", { exact: false }).count()).toBe(1);
    await page.getByRole("button", { name: "Reset all to the dataset" }).press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("score")).toBeNull();
  });

  it("drops a malformed own option with a notice that names it", async () => {
    const page = await open(at(`/?${WEIGHTS}&own=9..Bad&own=${OWN}`));
    const notice = page.getByRole("status").filter({ hasText: '"9..Bad"' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(new URL(page.url()).searchParams.getAll("own")).toEqual(["322222222..Our in-house v2"]);
  });

  it("shows every criterion's five rubric levels on view=about", async () => {
    const page = await open(at(`/?${WEIGHTS}&view=about`));
    for (const criterion of dataset.criteria) {
      const table = page.getByRole("table", { name: `Rubric for ${criterion.label}` });
      await expect.poll(() => table.count()).toBe(1);
      const text = await table.textContent();
      for (const level of ["1", "2", "3", "4", "5"] as const) {
        expect(text).toContain(criterion.rubric[level]);
      }
    }
  });
});
