import { criterionLabels } from "../../domain/catalogue.ts";
import { fillGlance } from "../../features/results/glance-list.ts";
import {
  languagesInWords,
  PRIORITIES_LEAD,
  prioritiesInWords,
} from "../../features/results/priorities-summary.ts";
import { VIEWS } from "../../state/share-state.ts";
import { readFastLink } from "./fast-link.ts";
import { FIRST_PAINT_ATTRIBUTE, RESULTS_SHELL_ID } from "./markers.ts";
import { type RankingTable, rankTable } from "./ranking-table.ts";

/** The link with only its view changed, for the header's view links until the app takes over. */
function withView(search: string, view: string): string {
  const params = new URLSearchParams(search);
  params.set("view", view);
  return `?${params}`;
}

/**
 * Draws a plain results link's page top, its ranking at a glance and its priorities in words
 * before any module has loaded, from the prebuilt results template and the ranking table.
 * Returns false, drawing nothing, for any link or page it does not fully understand: the app
 * then draws the page as usual.
 */
export function paintSharedResults(doc: Document, search: string, table: RankingTable): boolean {
  const profile = readFastLink(search, table);
  const root = doc.getElementById("root");
  const shell = doc.getElementById(RESULTS_SHELL_ID) as HTMLTemplateElement | null;
  if (!profile || !root || shell?.tagName !== "TEMPLATE") return false;
  const ranked = rankTable(table, profile);
  const page = shell.content.cloneNode(true) as DocumentFragment;
  const glance = page.querySelector<HTMLElement>(".results-main > .glance");
  const priorities = page.querySelector(".priorities > span");
  const languages = page.querySelector(".priorities-more")?.firstChild;
  if (ranked.length === 0 || !glance || !priorities || languages?.nodeType !== 3) return false;

  fillGlance(glance, ranked);
  priorities.textContent =
    PRIORITIES_LEAD + prioritiesInWords(profile.weights, criterionLabels(table));
  languages.textContent = languagesInWords(table, profile.languages);
  page.querySelectorAll("nav a").forEach((link, i) => {
    link.setAttribute("href", withView(search, VIEWS[i] ?? "results"));
  });

  root.replaceChildren(page);
  root.setAttribute(FIRST_PAINT_ATTRIBUTE, "results");
  // index.html hid the prebuilt quiz for this link; what is in the page now is the results.
  doc.documentElement.removeAttribute("data-link-view");
  return true;
}
