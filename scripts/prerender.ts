/**
 * Writes the quiz's first screen into dist/index.html, so the landing page paints before any
 * JavaScript runs; main.tsx then hydrates it. Beside it, a `<template>` of the results page's top
 * (header and intro, before the ranking loads), from which the first-paint script draws a shared
 * results link (src/app/first-paint/). Run after `vite build`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { RESULTS_SHELL_ID } from "../src/app/first-paint/markers.ts";
import { prerenderPages } from "../src/app/first-paint/prerender-pages.tsx";
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
const { quiz, resultsShell } = prerenderPages(catalogueOf(loaded.data as Dataset));
writeFileSync(
  INDEX,
  html.replace(
    EMPTY_ROOT,
    `<div id="root">${quiz}</div><template id="${RESULTS_SHELL_ID}">${resultsShell}</template>`,
  ),
);
process.stdout.write(
  `Prerendered the quiz (${quiz.length} characters) and the results shell (${resultsShell.length}) into dist/index.html\n`,
);
