/**
 * Draws the app icons that public/manifest.webmanifest lists, into public/: `npm run icons`.
 *
 * The picture is the favicon itself, read from index.html's inline SVG, so the tab, the home
 * screen and the install dialog show the same mark. An icon for any purpose is the favicon as it
 * is (transparent round corners); a maskable one fills the whole square with the favicon's
 * background colour and keeps the letter inside the central circle that every platform's mask
 * leaves visible (the inner 80%). Shot by the system Chromium; commit the PNGs.
 */
import { readFileSync, statSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "./lib/chromium.ts";
import { relTokens, startTags } from "./lib/html-assets.ts";

const INDEX = new URL("../index.html", import.meta.url);
const PUBLIC = new URL("../public/", import.meta.url);
/** Share of a maskable icon's side that the favicon may use: its safe zone is a circle of 80%. */
const MASKABLE_SCALE = 0.8;

interface Icon {
  /** Path under public/. */
  file: string;
  size: number;
  maskable: boolean;
}

/** The square PNG icons the manifest lists. */
function manifestIcons(): Icon[] {
  const manifest = JSON.parse(readFileSync(new URL("manifest.webmanifest", PUBLIC), "utf8")) as {
    icons?: { src: string; sizes: string; purpose?: string }[];
  };
  return (manifest.icons ?? []).map(({ src, sizes, purpose }) => {
    const [width, height] = sizes.split("x").map(Number);
    if (!width || width !== height) throw new Error(`${src}: not one square size (${sizes}).`);
    return {
      file: src.replace(/^\//, ""),
      size: width,
      maskable: (purpose ?? "any").split(" ").includes("maskable"),
    };
  });
}

/** The SVG of index.html's `<link rel="icon">` data URL. */
function faviconSvg(html: string): string {
  const href = startTags(html).find((tag) => tag.name === "link" && relTokens(tag).includes("icon"))
    ?.attrs.href;
  const prefix = "data:image/svg+xml,";
  if (!href?.startsWith(prefix)) {
    throw new Error(
      "index.html has no inline SVG favicon (<link rel=icon href=data:image/svg+xml,…>).",
    );
  }
  return decodeURIComponent(href.slice(prefix.length));
}

/** The fill of the favicon's first shape: its background, which a maskable icon extends. */
function backgroundOf(svg: string): string {
  const fill = /<rect\b[^>]*\bfill=['"]([^'"]+)['"]/.exec(svg)?.[1];
  if (!fill) throw new Error("The favicon has no <rect fill> to use as the maskable background.");
  return fill;
}

function page(svg: string, icon: Icon): string {
  const side = icon.maskable ? icon.size * MASKABLE_SCALE : icon.size;
  const background = icon.maskable ? backgroundOf(svg) : "transparent";
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  * { margin: 0; }
  html, body { width: ${icon.size}px; height: ${icon.size}px; background: ${background}; }
  body { display: grid; place-items: center; }
  svg { display: block; width: ${side}px; height: ${side}px; }
</style></head><body>${svg}</body></html>`;
}

const svg = faviconSvg(readFileSync(INDEX, "utf8"));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_FLAGS],
});
try {
  for (const icon of manifestIcons()) {
    const tab = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    await tab.setContent(page(svg, icon), { waitUntil: "load" });
    const path = new URL(icon.file, PUBLIC);
    await tab.screenshot({ path: path.pathname, type: "png", omitBackground: !icon.maskable });
    await tab.close();
    const kib = (statSync(path).size / 1024).toFixed(1);
    process.stdout.write(`public/${icon.file}: ${icon.size}×${icon.size}, ${kib} KiB\n`);
  }
} finally {
  await browser.close();
}
