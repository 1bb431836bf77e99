import type { RankingTable } from "./ranking-table.ts";

/** The id of the page's ranking table, a JSON data block written by scripts/first-paint-plugin.ts. */
export const PAGE_TABLE_ID = "framework-fit-table";

/**
 * The catalogue and scores the page carries: the first-paint script ranks from them and the app
 * takes its catalogue from them, so the first screen's scripts hold no copy of their own.
 */
export function readPageTable(doc: Document): RankingTable {
  const text = doc.getElementById(PAGE_TABLE_ID)?.textContent;
  if (!text) throw new Error(`The page has no #${PAGE_TABLE_ID} data block`);
  return JSON.parse(text) as RankingTable;
}

/** The data block's HTML: JSON with every "<" escaped, so no text in it can end the element. */
export function pageTableHtml(table: RankingTable): string {
  const json = JSON.stringify(table).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${PAGE_TABLE_ID}">${json}</script>`;
}
