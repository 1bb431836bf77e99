import { describe, expect, it } from "vitest";
import {
  type FirstViewProbe,
  firstViewProbeScript,
  readFirstViewProbe,
} from "../../scripts/lib/first-view-probe.ts";
import { useBrowser } from "./browser.ts";

const WEIGHTS = "performance=4&realtime=5&orm=4&security=4";

/** A link to each view but the quiz, and the heading that view shows. */
const LINKS = [
  { link: `?v=1&${WEIGHTS}&view=results`, heading: "Your ranking" },
  { link: `?v=1&${WEIGHTS}&view=matrix`, heading: "Pros and cons matrix" },
  { link: `?v=1&${WEIGHTS}&view=compare&compare=django,rails`, heading: "Compare side by side" },
  { link: "?v=1&view=team&m=543233422.python-ruby.Ana&m=335244231..Ben", heading: "Team" },
  { link: "?v=1&view=about", heading: "How the ranking works" },
];

describe("a shared link", () => {
  const { open } = useBrowser();

  for (const { link, heading } of LINKS) {
    it(`to ${heading} never shows the quiz on its way there`, async () => {
      const page = await open(link, {
        beforeNavigate: async (p) => {
          await p.addInitScript(firstViewProbeScript(null));
        },
      });
      await page.getByRole("heading", { level: 2, name: heading, exact: true }).waitFor();
      const probe = (await page.evaluate(readFirstViewProbe)) as FirstViewProbe;
      expect(probe.quizFrames).toBe(0);
    });
  }

  it("to the quiz shows the quiz, so the probe sees it", async () => {
    const page = await open("?v=1&view=quiz", {
      beforeNavigate: async (p) => {
        await p.addInitScript(firstViewProbeScript(null));
      },
    });
    await page.locator("#quiz-heading").waitFor();
    await expect
      .poll(async () => ((await page.evaluate(readFirstViewProbe)) as FirstViewProbe).quizFrames)
      .toBeGreaterThan(0);
  });
});
