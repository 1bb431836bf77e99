/**
 * Draws public/og-image.png, the 1200×630 picture that link previews show (og:image in
 * index.html): `npm run og-image`, or `tsx scripts/make-og-image.ts <out.png>`.
 * The card is a self-contained HTML page in the app's light colours (src/app/styles.css): the
 * name, one line of what the app does and a few bars suggesting a ranking. It loads nothing, needs
 * no build, and is shot by the system Chromium. Rerun it after changing the card; commit the PNG.
 */
import { statSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "./lib/chromium.ts";

const OUT = process.argv[2] ?? "public/og-image.png";
const WIDTH = 1200;
const HEIGHT = 630;
/** Link previews fetch the image on every share; keep it small. */
const SIZE_LIMIT = 100 * 1024;

/** From src/app/styles.css (light values). */
const COLOURS = {
  bg: "#f7f8fa",
  surface: "#ffffff",
  surface2: "#eef1f6",
  text: "#14181f",
  muted: "#4a5261",
  border: "#d5dae3",
  accent: "#1f5fbf",
  accentStrong: "#174a96",
  accentSoft: "#e3ecfa",
};

/** Bar lengths (per cent) of the illustrative ranking: no real framework, no real fit. */
const BARS = [88, 76, 67, 55, 41];

const bars = BARS.map(
  (fit, index) => `
      <li>
        <span class="rank">${index + 1}</span>
        <span class="track"><span class="bar" style="width:${fit}%;opacity:${1 - index * 0.15}"></span></span>
      </li>`,
).join("");

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<style>
  * { box-sizing: border-box; margin: 0; padding: 0; }
  html, body { width: ${WIDTH}px; height: ${HEIGHT}px; }
  body {
    background: ${COLOURS.bg};
    color: ${COLOURS.text};
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    display: flex; align-items: center; gap: 56px; padding: 0 72px;
    border-top: 16px solid ${COLOURS.accent};
  }
  .intro { flex: 1 1 0; }
  .logo { display: flex; align-items: center; gap: 20px; margin-bottom: 40px; }
  .logo svg { flex: none; width: 72px; height: 72px; }
  h1 { font-size: 60px; line-height: 1.1; letter-spacing: -1px; white-space: nowrap; }
  p { font-size: 34px; line-height: 1.3; color: ${COLOURS.muted}; }
  .card {
    flex: 0 0 380px; background: ${COLOURS.surface}; border: 2px solid ${COLOURS.border};
    border-radius: 20px; padding: 36px 36px 40px;
  }
  .card h2 { font-size: 26px; color: ${COLOURS.accentStrong}; margin-bottom: 24px; }
  ol { list-style: none; display: grid; gap: 22px; }
  li { display: flex; align-items: center; gap: 18px; }
  .rank { width: 32px; font-size: 26px; font-weight: 700; color: ${COLOURS.muted}; text-align: right; }
  .track { flex: 1; height: 30px; border-radius: 8px; background: ${COLOURS.surface2}; }
  .bar { display: block; height: 100%; border-radius: 8px; background: ${COLOURS.accent}; }
  li:first-child .track { box-shadow: 0 0 0 3px ${COLOURS.accentSoft}; }
</style>
</head>
<body>
  <div class="intro">
    <div class="logo">
      <svg viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="${COLOURS.accent}"/>
        <path d="M9 23V9h12v3.2h-8.4v2.6h7.4V18h-7.4v5z" fill="#fff"/>
      </svg>
      <h1>Framework Fit</h1>
    </div>
    <p>Rank backend web frameworks by what your team cares about, and share the decision.</p>
  </div>
  <div class="card">
    <h2>Your ranking</h2>
    <ol>${bars}
    </ol>
  </div>
</body>
</html>`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_FLAGS],
});
try {
  const page = await browser.newPage({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: "light",
  });
  await page.setContent(html, { waitUntil: "load" });
  await page.screenshot({ path: OUT, type: "png" });
} finally {
  await browser.close();
}
const bytes = statSync(OUT).size;
process.stdout.write(`${OUT}: ${WIDTH}×${HEIGHT}, ${(bytes / 1024).toFixed(1)} KiB\n`);
if (bytes > SIZE_LIMIT) {
  process.stderr.write(`${OUT} is over ${SIZE_LIMIT / 1024} KiB: simplify the card.\n`);
  process.exitCode = 1;
}
