/**
 * Saves PNG screenshots of the built app for the README: `npm run screenshots`
 * (after `npm run build`). Pass `url=path` pairs to shoot other pages.
 */
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_FLAGS, findChromium } from "./lib/chromium.ts";

const DEFAULT_SHOTS: Record<string, string> = {
  quiz: "",
  results:
    "?v=1&performance=4&scalability=4&realtime=5&orm=3&learning=2&productivity=3&ecosystem=3&security=3&flexibility=2&view=results",
};

const args = process.argv.slice(2);
const shots = args.length
  ? Object.fromEntries(args.map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]))
  : DEFAULT_SHOTS;
const outDir = process.env.SHOT_DIR ?? "docs/screenshots";
const width = Number(process.env.SHOT_WIDTH ?? 1280);
const height = Number(process.env.SHOT_HEIGHT ?? 900);
const colorScheme = process.env.SHOT_SCHEME === "dark" ? "dark" : "light";

mkdirSync(outDir, { recursive: true });
const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
const { port } = server.httpServer.address() as AddressInfo;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_FLAGS],
});
const page = await browser.newPage({ viewport: { width, height }, colorScheme });
page.on("console", (m) => m.type() === "error" && process.stderr.write(`console: ${m.text()}\n`));
for (const [name, path] of Object.entries(shots)) {
  await page.goto(`http://127.0.0.1:${port}/${path.replace(/^\//, "")}`);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: process.env.SHOT_FULL === "1" });
  process.stdout.write(`${outDir}/${name}.png\n`);
}
await browser.close();
await server.close();
