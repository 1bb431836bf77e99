import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FRAME_ANCESTORS } from "../../scripts/headers-plugin.ts";
import { metaCsp } from "../../scripts/lib/html-assets.ts";
import { useBrowser } from "./browser.ts";
import { waitForSettled } from "./settle.ts";

const WEIGHTS =
  "v=1&performance=4&scalability=4&realtime=5&orm=3&learning=2&productivity=3&ecosystem=3&security=3&flexibility=2";

/** View, link, what shows it is ready, whether it draws charts. */
const VIEWS: [string, string, string, boolean][] = [
  ["quiz", "", "fieldset", false],
  ["results", `?${WEIGHTS}`, 'ol[aria-label="Ranking"] li', true],
  ["matrix", `?${WEIGHTS}&view=matrix`, "table", false],
  ["compare", `?${WEIGHTS}&view=compare&compare=django,rails,phoenix`, "table", true],
];

describe("the Content-Security-Policy", () => {
  const { open } = useBrowser();

  it("is in the built page and as strict as designed", async () => {
    const page = await open();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("admits the inlined stylesheet by its hash, and the page is styled by it", async () => {
    const page = await open();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    const styles = await page.locator("head style").allTextContents();
    expect(styles.length).toBeGreaterThan(0);
    for (const css of styles) {
      const hash = createHash("sha256").update(css, "utf8").digest("base64");
      expect(policy).toContain(`'sha256-${hash}'`);
    }
    // The main stylesheet applied: the page background comes from its tokens, not the default.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
  });

  it.each(VIEWS)("is never violated in the %s view", async (_name, path, ready, hasCharts) => {
    // Listening from the first script on, so a violation while the page loads is counted too.
    const page = await open(path, {
      beforeNavigate: async (blank) => {
        await blank.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { cspViolations: string[] }).cspViolations = seen;
          document.addEventListener("securitypolicyviolation", (event) => {
            seen.push(`${event.violatedDirective} ${event.blockedURI}`);
          });
        });
      },
    });
    await page.locator(ready).first().waitFor();
    if (hasCharts) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.locator("figure svg.recharts-surface").first().waitFor();
    }
    await waitForSettled(page);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
  });
});

describe("the static host's headers (dist/_headers)", () => {
  const dist = new URL("../../dist/", import.meta.url);

  it("send the policy of the built page's meta tag, plus frame-ancestors", () => {
    const headers = readFileSync(new URL("_headers", dist), "utf8");
    const page = readFileSync(new URL("index.html", dist), "utf8");
    const lines = headers.match(/^ {2}Content-Security-Policy: .*$/gm) ?? [];
    expect(lines).toHaveLength(1);
    const policy = (lines[0] ?? "").replace(/^ {2}Content-Security-Policy: /, "");
    expect(policy.endsWith(`; ${FRAME_ANCESTORS}`)).toBe(true);
    expect(metaCsp(page)).toBeDefined();
    expect(policy.slice(0, -`; ${FRAME_ANCESTORS}`.length)).toBe(metaCsp(page));
    expect(headers).toMatch(
      /^\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m,
    );
    expect(headers).toMatch(/^\/index\.html\n {2}Cache-Control: no-cache$/m);
  });
});
