/**
 * Writes the quiz's first screen into dist/index.html, so the landing page paints before any
 * JavaScript runs; main.tsx then hydrates it. Run after `vite build`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createElement, StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "../src/app/app.tsx";

const INDEX = new URL("../dist/index.html", import.meta.url);
const EMPTY_ROOT = '<div id="root"></div>';

const html = readFileSync(INDEX, "utf8");
if (!html.includes(EMPTY_ROOT)) {
  throw new Error(`dist/index.html has no empty ${EMPTY_ROOT} to fill: was it prerendered twice?`);
}
const app = renderToString(createElement(StrictMode, null, createElement(App)));
writeFileSync(INDEX, html.replace(EMPTY_ROOT, `<div id="root">${app}</div>`));
process.stdout.write(`Prerendered the quiz into dist/index.html (${app.length} characters)\n`);
