import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { headerPolicy } from "../../scripts/headers-plugin.ts";
import { metaCsp } from "../../scripts/lib/html-assets.ts";
import { serveStatic } from "../../scripts/lib/serve-static.ts";
import { useBrowser } from "./browser.ts";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const RANKING = 'ol[aria-label="Ranking"] > li';
/** Two results links (weights alone open the results) that put different criteria first. */
const FIRST_LINK =
  "?v=1&performance=3&scalability=4&realtime=5&orm=2&learning=1&productivity=2&ecosystem=2&security=2&flexibility=3";
const OTHER_LINK =
  "?v=1&performance=1&scalability=1&realtime=0&orm=4&learning=5&productivity=5&ecosystem=4&security=3&flexibility=1";

/**
 * Serves a build the way dist/_headers asks a host to: with the page's policy as a header, which
 * the service worker (sw.js and the Workbox file it imports) runs under too.
 */
function serveBuild(root: string, port?: number) {
  const policy = metaCsp(readFileSync(join(root, "index.html"), "utf8"));
  expect(policy).toBeDefined();
  return serveStatic({
    root,
    headers: { "Content-Security-Policy": headerPolicy(policy ?? "") },
    ...(port === undefined ? {} : { port }),
  });
}

/** Waits until the service worker has installed (precached the app) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("offline and installable", () => {
  const { open } = useBrowser();

  it("opens another results link after one visit, with the network gone", async () => {
    // Its own server, so that it can be shut down: nothing answers but the service worker.
    const server = await serveBuild(DIST);
    let serving = true;
    try {
      const page = await open(`${server.url}${FIRST_LINK}`);
      await page.locator(RANKING).first().waitFor();
      const firstRanking = await page.locator(RANKING).allTextContents();
      await waitForServiceWorker(page);

      await server.close();
      serving = false;
      await page.context().setOffline(true);
      await page.goto(`${server.url}${OTHER_LINK}`);

      await page.locator(RANKING).first().waitFor();
      const otherRanking = await page.locator(RANKING).allTextContents();
      expect(otherRanking.length).toBeGreaterThan(1);
      // Ranked anew by the other link's weights, from the cached dataset.
      expect(otherRanking).not.toEqual(firstRanking);
      expect(new URL(page.url()).search).toBe(OTHER_LINK);

      // A view the first visit never loaded: its code can only come from the precache.
      await page.goto(`${server.url}${OTHER_LINK}&view=matrix`);
      await expect.poll(() => page.locator("table tbody tr").count()).toBeGreaterThan(1);
    } finally {
      if (serving) await server.close();
    }
  }, 60_000);

  it("links a web manifest with the app's name, standalone display and its icons", async () => {
    const page = await open();
    // Linked after the first paint, with the service worker.
    const link = page.locator('link[rel="manifest"]');
    await link.waitFor({ state: "attached" });
    const href = await link.getAttribute("href");
    const response = await page.request.get(new URL(href ?? "", page.url()).href);
    expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
    // As the browser reads it for installing, under the page's policy.
    const devtools = await page.context().newCDPSession(page);
    const { url, data, errors } = await devtools.send("Page.getAppManifest");
    expect(url).toBe(new URL(href ?? "", page.url()).href);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? "");
    expect(manifest).toMatchObject({
      name: "Framework Fit",
      start_url: "/",
      scope: "/",
      display: "standalone",
    });
    expect(manifest.short_name).toEqual(expect.any(String));
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
    const described = icons.map((icon) => `${icon.sizes} ${icon.purpose ?? "any"}`);
    expect(described).toEqual(
      expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
    );
    for (const icon of icons) {
      const image = await page.request.get(new URL(icon.src, page.url()).href);
      expect(image.headers()["content-type"], icon.src).toBe("image/png");
      const side = Number(icon.sizes.split("x")[0]);
      expect(pngSize(await image.body()), icon.src).toEqual([side, side]);
    }

    const themeColours = await page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute("media")));
    expect(themeColours).toEqual(["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"]);
  });

  it("offers a new deploy once it is waiting, and reloads only when asked", async () => {
    const first = await serveBuild(DIST);
    const next = mkdtempSync(join(tmpdir(), "framework-fit-next-deploy-"));
    let second: Awaited<ReturnType<typeof serveStatic>> | undefined;
    try {
      const page = await open(`${first.url}${FIRST_LINK}`);
      await page.locator(RANKING).first().waitFor();
      await waitForServiceWorker(page);
      const offer = page.getByRole("status").getByText("A new version is available");
      expect(await offer.count()).toBe(0);

      // The same origin now serves another deploy: a service worker that differs by one byte.
      await first.close();
      cpSync(DIST, next, { recursive: true });
      appendFileSync(join(next, "sw.js"), "\n");
      second = await serveBuild(next, first.port);
      await page.evaluate(() => {
        (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
      });
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.ready).update();
      });

      await offer.waitFor();
      // Offered, not applied: still the same document, which has not reloaded by itself.
      expect(await page.evaluate(() => "beforeUpdate" in window)).toBe(true);

      await page.getByRole("button", { name: "Reload" }).click();
      await page.waitForFunction(() => !("beforeUpdate" in window));
      await page.locator(RANKING).first().waitFor();
      expect(new URL(page.url()).search).toBe(FIRST_LINK);
      expect(await offer.count()).toBe(0);
    } finally {
      await (second ?? first).close();
      rmSync(next, { recursive: true, force: true });
    }
  }, 60_000);
});
