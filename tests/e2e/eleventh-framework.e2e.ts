import { describe, expect, inject, it } from "vitest";
import { elevenFrameworkDataset, NEWCOMER_SPEC } from "../../src/testing/fixtures.ts";
import { useBrowser } from "./browser.ts";

/** The app built from a made-up dataset with an eleventh framework in a new language (Gleam). */
const dataset = elevenFrameworkDataset();
const at = (query: string) => new URL(query, inject("fixtureUrl")).href;
const WEIGHTS =
  "v=1&performance=3&scalability=3&realtime=2&orm=3&learning=3&productivity=3&ecosystem=4&security=4&flexibility=2";

describe("a framework added by data alone", () => {
  const { open } = useBrowser();

  it("is offered in the quiz's language question", async () => {
    const page = await open(at("/"));
    await expect.poll(() => page.getByRole("checkbox", { name: "Gleam" }).count()).toBe(1);
    const languages = page.getByRole("group", { name: /languages/i }).getByRole("checkbox");
    await expect.poll(() => languages.count()).toBe(dataset.languages.length);
  });

  it("is ranked, and a link naming its language ranks it alone", async () => {
    const page = await open(at(`/?${WEIGHTS}`));
    const ranking = page.getByRole("list", { name: "Ranking", exact: true });
    const items = ranking
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect.poll(() => items.count()).toBe(dataset.frameworks.length);
    await expect
      .poll(() => ranking.getByRole("heading", { name: NEWCOMER_SPEC.name }).count())
      .toBe(1);

    const alone = await open(at(`/?${WEIGHTS}&lang=gleam`));
    const only = alone
      .getByRole("list", { name: "Ranking", exact: true })
      .getByRole("heading", { level: 3 });
    await expect.poll(() => only.allTextContents()).toEqual([NEWCOMER_SPEC.name]);
    await expect
      .poll(() => alone.getByText("Only frameworks written in Gleam.", { exact: false }).count())
      .toBe(1);
    expect(new URL(alone.url()).searchParams.get("lang")).toBe("gleam");
  });

  it("has its own row in the matrix, found by its language", async () => {
    const page = await open(at(`/?${WEIGHTS}&view=matrix&lang=gleam`));
    // Its scores row starts with its name (the row below holds its pros, cons and Compare).
    const row = page.getByRole("row", { name: new RegExp(`^${NEWCOMER_SPEC.name}`) });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByRole("cell", { name: "Gleam", exact: true }).count()).toBe(1);
  });

  it("is compared side by side from a link naming its id", async () => {
    const other = dataset.frameworks[0]?.id ?? "";
    const page = await open(at(`/?${WEIGHTS}&view=compare&compare=${NEWCOMER_SPEC.id},${other}`));
    const table = page.getByRole("table", { name: /side by side/ });
    const header = table.getByRole("columnheader", { name: new RegExp(NEWCOMER_SPEC.name) });
    await expect.poll(() => header.count()).toBe(1);
    await expect
      .poll(() => table.getByRole("link", { name: `example/${NEWCOMER_SPEC.id}` }).count())
      .toBe(1);
    expect(new URL(page.url()).searchParams.get("compare")).toBe(`${NEWCOMER_SPEC.id},${other}`);
  });
});
