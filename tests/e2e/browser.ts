import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const baseUrl = () => inject("baseUrl");

/** Starts Chromium for the test file; every page opened through it fails its test on a console error. */
export function useBrowser() {
  let browser: Browser;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: inject("chromiumPath"),
      args: CHROMIUM_ARGS,
    });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const seen = errors.splice(0);
    expect(seen, "console errors or uncaught exceptions in the page").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens `path` (relative to the app) in a fresh context, watching for errors. */
  async function open(
    path = "",
    options: Parameters<Browser["newContext"]>[0] = {},
  ): Promise<Page> {
    const context = await browser.newContext(options);
    contexts.push(context);
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    await page.goto(new URL(path, baseUrl()).href);
    return page;
  }

  return { open, browser: () => browser };
}
