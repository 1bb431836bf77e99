import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { CHROMIUM_FLAGS } from "../../scripts/lib/chromium.ts";
import { watchNetwork } from "./settle.ts";

/** Which build a test drives: the shipped data, or the made-up eleven-framework dataset. */
export type Build = "shipped" | "fixture";

export const baseUrl = (build: Build = "shipped") =>
  inject(build === "fixture" ? "fixtureUrl" : "baseUrl");

export interface OpenOptions extends BrowserContextOptions {
  /** Runs on the new page before it navigates, so listeners and init scripts see the whole load. */
  beforeNavigate?: (page: Page) => void | Promise<void>;
  /** When the navigation counts as done (default: the load event). */
  waitUntil?: "commit" | "domcontentloaded" | "load";
}

/**
 * Starts Chromium for the test file. Every page opened through it fails its test on a console
 * error, an uncaught exception or a dialog (alert, confirm, prompt), from the start of its load.
 */
export function useBrowser(build: Build = "shipped") {
  let browser: Browser;
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: inject("chromiumPath"),
      args: [...CHROMIUM_FLAGS],
    });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const seen = errors.splice(0);
    expect(seen, "console errors, uncaught exceptions or dialogs in the page").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens `path` (resolved against the app's URL) in a fresh context, watching for errors. */
  async function open(
    path = "",
    { beforeNavigate, waitUntil = "load", ...options }: OpenOptions = {},
  ): Promise<Page> {
    const context = await browser.newContext(options);
    contexts.push(context);
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    page.on("dialog", (dialog) => {
      errors.push(`dialog: ${dialog.type()} "${dialog.message()}"`);
      dialog.dismiss().catch((error: unknown) => errors.push(`dialog not dismissed: ${error}`));
    });
    watchNetwork(page);
    await beforeNavigate?.(page);
    await page.goto(new URL(path, baseUrl(build)).href, { waitUntil });
    return page;
  }

  return { open, browser: () => browser };
}
