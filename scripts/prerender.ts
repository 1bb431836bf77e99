/**
 * Writes the quiz's first screen into dist/index.html, so the landing page paints before any
 * JavaScript runs; main.tsx then hydrates it. Beside it, a `<template>` of the results page's top
 * (header and intro, before the ranking loads), from which the first-paint script draws a shared
 * results link (src/app/first-paint/). Run after `vite build`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createElement, type FunctionComponent, StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "../src/app/app.tsx";
import { AppData } from "../src/app/app-data.tsx";
import { RESULTS_SHELL_ID } from "../src/app/first-paint/markers.ts";
import { catalogueOf } from "../src/domain/catalogue.ts";
import type { Dataset } from "../src/domain/types.ts";
import { ResultsIntro } from "../src/features/results/results-intro.tsx";
import { useAppStore } from "../src/state/store.ts";
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
const render = (component: FunctionComponent) =>
  renderToString(
    createElement(
      StrictMode,
      null,
      createElement(AppData, { catalogue, loadDataset: noDataset }, createElement(component)),
    ),
  );
const quiz = render(App);
// Server rendering reads the store's initial state object (zustand's server snapshot), not the
// current state: the results shell is that object with its view changed. This script ends here.
Object.assign(useAppStore.getInitialState(), { view: "results" });
// The results view loads lazily, so the app alone renders its loading line; its intro goes
// before that line, where the view draws it.
const loading = '<p class="loading">';
const app = render(App);
if (app.split(loading).length !== 2) throw new Error(`The results page has no single ${loading}`);
const resultsShell = app.replace(loading, render(ResultsIntro) + loading);
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
