import { describe, expect, it } from "vitest";
import dataset from "../../data/frameworks.json";
import { useBrowser } from "./browser.ts";

describe("the app", () => {
  const { open } = useBrowser();

  it("loads with its heading and, on the results, the ten framework names", async () => {
    const page = await open("?view=results");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
      /Framework Fit/,
    );
    for (const framework of dataset.frameworks) {
      await page.getByText(framework.name, { exact: true }).first().waitFor();
    }
  });
});
