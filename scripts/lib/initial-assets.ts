/**
 * What a built page makes the browser download before it can run: the scripts and module
 * preloads its index.html names, every chunk those statically import (Vite normally preloads
 * these too; following the imports keeps the figure honest if it ever stops), and the
 * stylesheets the page links or inlines. Sizes are read from disk and compressed like a server would.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { brotliSize, gzipSize } from "./gzip-size.ts";
import { pageAssets } from "./html-assets.ts";

export interface AssetFile {
  /** Path relative to the build's output folder, with `/` separators. */
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
  /** `html`: named by index.html; `import`: reached through a static import; `inline`: a
   * `<style>` or `<script>` element in index.html (scripts and the data blocks they read). */
  via: "html" | "import" | "inline";
}

export interface InitialAssets {
  outDir: string;
  html: { bytes: number; gzip: number };
  js: AssetFile[];
  css: AssetFile[];
  /** URLs on other origins the page names (not measured). */
  external: string[];
}

const sum = (files: AssetFile[], key: "bytes" | "gzip" | "brotli") =>
  files.reduce((total, file) => total + file[key], 0);
export const totalGzip = (files: AssetFile[]) => sum(files, "gzip");
export const totalBytes = (files: AssetFile[]) => sum(files, "bytes");
export const totalBrotli = (files: AssetFile[]) => sum(files, "brotli");

const LEADING_TRIVIA = /(?:\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*(?:\n|$))*/y;
const STATIC_IMPORT =
  /(?:import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*(?:from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'`])([^"'`\n]+)\1\s*;?/y;

/**
 * The specifiers of the static import/re-export declarations at the head of an ES module.
 * Bundlers hoist these to the top of each chunk; dynamic `import()` is deliberately not matched.
 */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  let position = 0;
  for (;;) {
    LEADING_TRIVIA.lastIndex = position;
    LEADING_TRIVIA.exec(code);
    STATIC_IMPORT.lastIndex = LEADING_TRIVIA.lastIndex;
    const match = STATIC_IMPORT.exec(code);
    if (!match || match[0].length === 0) return specifiers;
    if (match[2]) specifiers.push(match[2]);
    position = STATIC_IMPORT.lastIndex;
  }
}

const isExternal = (url: string) => /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url);

/** Maps a URL written in `fromFile` to a file under `outDir` (site served at `/`). */
export function resolveAssetPath(outDir: string, fromFile: string, url: string): string {
  const path = decodeURIComponent(url.replace(/[?#].*$/, ""));
  const resolved = path.startsWith("/") ? join(outDir, path) : resolve(dirname(fromFile), path);
  const root = resolve(outDir);
  if (resolved !== root && !resolved.startsWith(root + sep)) {
    throw new Error(`${url} (named in ${fromFile}) points outside ${outDir}`);
  }
  return resolved;
}

function sized(file: string, content: Buffer, via: AssetFile["via"]): AssetFile {
  return {
    file,
    bytes: content.length,
    gzip: gzipSize(content),
    brotli: brotliSize(content),
    via,
  };
}

const measure = (outDir: string, path: string, via: AssetFile["via"]) =>
  sized(relative(outDir, path).split(sep).join("/"), readFileSync(path), via);

/** Reads `<outDir>/index.html` and measures the JS and CSS it needs before first render. */
export function readInitialAssets(outDir: string): InitialAssets {
  const htmlPath = join(outDir, "index.html");
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} does not exist; build it first.`);
  const html = readFileSync(htmlPath);
  const named = pageAssets(html.toString("utf8"));
  const external: string[] = [];
  const js = new Map<string, AssetFile>();
  const css = new Map<string, AssetFile>();

  const visitScript = (fromFile: string, url: string, via: AssetFile["via"]) => {
    if (isExternal(url)) {
      external.push(url);
      return;
    }
    const path = resolveAssetPath(outDir, fromFile, url);
    if (js.has(path)) return;
    if (!existsSync(path)) throw new Error(`${url} (named in ${fromFile}) is missing: ${path}`);
    js.set(path, measure(outDir, path, via));
    for (const specifier of staticImports(readFileSync(path, "utf8"))) {
      if (specifier.startsWith(".") || specifier.startsWith("/") || isExternal(specifier)) {
        visitScript(path, specifier, "import");
      }
    }
  };

  for (const url of [...named.scripts, ...named.modulePreloads]) visitScript(htmlPath, url, "html");
  for (const url of named.stylesheets) {
    if (isExternal(url)) {
      external.push(url);
      continue;
    }
    const path = resolveAssetPath(outDir, htmlPath, url);
    if (!existsSync(path)) throw new Error(`${url} (named in ${htmlPath}) is missing: ${path}`);
    if (!css.has(path)) css.set(path, measure(outDir, path, "html"));
  }
  named.inlineStyles.forEach((text, index) => {
    const name = `index.html <style> ${index + 1}`;
    css.set(name, sized(name, Buffer.from(text, "utf8"), "inline"));
  });
  // Inline scripts run on every load too, and the data the scripts read comes with them: they
  // count, though they cost no request.
  named.inlineScripts.forEach((text, index) => {
    const name = `index.html <script> ${index + 1}`;
    js.set(name, sized(name, Buffer.from(text, "utf8"), "inline"));
  });
  named.dataBlocks.forEach((text, index) => {
    const name = `index.html data <script> ${index + 1}`;
    js.set(name, sized(name, Buffer.from(text, "utf8"), "inline"));
  });

  return {
    outDir,
    html: { bytes: html.length, gzip: gzipSize(html) },
    js: [...js.values()],
    css: [...css.values()],
    external,
  };
}
