import { describe, expect, it } from "vitest";
import { elevenFrameworkDataset } from "../../src/testing/fixtures.ts";
import { useBrowser } from "./browser.ts";

describe("the app", () => {
  const { open } = useBrowser("fixture");
  const dataset = elevenFrameworkDataset();

  it("loads with its heading and, on the results, every framework of its dataset", async () => {
    const page = await open("?view=results");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
      /Framework Fit/,
    );
    for (const framework of dataset.frameworks) {
      await page.getByText(framework.name, { exact: true }).first().waitFor();
    }
  });
});
