/**
 * Writes the quiz's first screen into dist/index.html, so the landing page paints before any
 * JavaScript runs; main.tsx then hydrates it. Run after `vite build`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createElement, StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "../src/app/app.tsx";
import { AppData } from "../src/app/app-data.tsx";
import { catalogueOf } from "../src/domain/catalogue.ts";
import type { Dataset } from "../src/domain/types.ts";
import { datasetPathFromEnv, loadDatasetFile } from "./dataset-plugin.ts";

const INDEX = new URL("../dist/index.html", import.meta.url);
const EMPTY_ROOT = '<div id="root"></div>';

const html = readFileSync(INDEX, "utf8");
if (!html.includes(EMPTY_ROOT)) {
  throw new Error(`dist/index.html has no empty ${EMPTY_ROOT} to fill: was it prerendered twice?`);
}
const loaded = loadDatasetFile(datasetPathFromEnv());
if ("error" in loaded) throw new Error(loaded.error);
const catalogue = catalogueOf(loaded.data as Dataset);
// The quiz's first screen needs only the catalogue; asking for the dataset here is a bug.
const noDataset = () => Promise.reject(new Error("The landing page must not need the dataset"));
const app = renderToString(
  createElement(
    StrictMode,
    null,
    createElement(AppData, { catalogue, loadDataset: noDataset }, createElement(App)),
  ),
);
writeFileSync(INDEX, html.replace(EMPTY_ROOT, `<div id="root">${app}</div>`));
process.stdout.write(`Prerendered the quiz into dist/index.html (${app.length} characters)\n`);
