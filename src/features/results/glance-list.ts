import { displayFit } from "../../domain/scoring.ts";
import { markIsUp, markText, type PlaceMark } from "./place-mark.ts";

/**
 * How many frameworks the glance lists (a catalogue a little larger than the original ten is
 * shown whole); a longer ranking says how many more follow below.
 */
export const GLANCE_SIZE = 12;
/** The glance's accessible name: not "Ranking", which names the full list with the reasons. */
export const GLANCE_LABEL = "Fits at a glance";

/** What a glance row shows of a ranked framework. */
export interface GlanceItem {
  framework: { id: string; name: string };
  rank: number;
  /** 0..100, unrounded. */
  fit: number;
}

function span(doc: Document, className: string, text = ""): HTMLSpanElement {
  const element = doc.createElement("span");
  if (className) element.className = className;
  element.textContent = text;
  return element;
}

/**
 * Fills `box` with the ranking's top, one line per framework: rank, name, a bar, the fit out of
 * 100 and, for a framework that just moved, its mark ("▲2") on a tinted line. Plain DOM rather
 * than React, because the page's first-paint script draws the same rows from a shared link
 * before the app has loaded, and the app then draws them again unchanged.
 */
export function fillGlance(
  box: HTMLElement,
  ranked: readonly GlanceItem[],
  marks: ReadonlyMap<string, PlaceMark> = new Map(),
): void {
  const doc = box.ownerDocument;
  const list = doc.createElement("ol");
  list.setAttribute("aria-label", GLANCE_LABEL);
  for (const item of ranked.slice(0, GLANCE_SIZE)) {
    const fit = displayFit(item.fit);
    const rank = span(doc, "glance-rank", String(item.rank));
    rank.setAttribute("aria-hidden", "true");
    const bar = span(doc, "glance-bar");
    bar.setAttribute("aria-hidden", "true");
    const filled = span(doc, "");
    filled.style.width = `${fit}%`;
    bar.append(filled);
    const fitText = span(doc, "glance-fit", String(fit));
    fitText.append(span(doc, "visually-hidden", " out of 100"));
    const mark = marks.get(item.framework.id);
    // The moves are said in words by the priorities' live region; the mark is for the eye.
    const moved = span(doc, "glance-move", mark === undefined ? "" : markText(mark));
    moved.setAttribute("aria-hidden", "true");
    const row = doc.createElement("li");
    if (mark !== undefined) row.className = markIsUp(mark) ? "moved up" : "moved down";
    row.append(rank, span(doc, "glance-name", item.framework.name), bar, fitText, moved);
    list.append(row);
  }
  const rest = ranked.length - GLANCE_SIZE;
  if (rest <= 0) {
    box.replaceChildren(list);
    return;
  }
  const more = doc.createElement("p");
  more.className = "glance-more";
  more.textContent = `and ${rest.toLocaleString("en-US")} more below`;
  box.replaceChildren(list, more);
}
