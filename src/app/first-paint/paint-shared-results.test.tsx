import { waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { catalogueOf, criterionLabels } from "../../domain/catalogue.ts";
import { displayFit, rankFrameworks } from "../../domain/scoring.ts";
import { ResultsView } from "../../features/results/results-view.tsx";
import { linkVocabularyOf } from "../../state/link-vocabulary.ts";
import { VIEWS } from "../../state/share-state.ts";
import { decodeShareUrl } from "../../state/share-url.ts";
import { loadShareState, resetAppStore } from "../../state/store.ts";
import { FIXTURE_DATASET } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { FIRST_PAINT_ATTRIBUTE, RESULTS_SHELL_ID } from "./markers.ts";
import { paintSharedResults } from "./paint-shared-results.ts";
import { prerenderPages } from "./prerender-pages.tsx";
import { rankingTableOf } from "./ranking-table.ts";

const TABLE = rankingTableOf(FIXTURE_DATASET);
const vocabulary = linkVocabularyOf(FIXTURE_DATASET);
const LINK = "?v=1&performance=5&realtime=4&orm=0&lang=python,ruby&view=results";

/** The built page: the prebuilt quiz in #root, the results template beside it. */
function loadBuiltPage(): void {
  const { quiz, resultsShell } = prerenderPages(catalogueOf(FIXTURE_DATASET));
  document.documentElement.setAttribute("data-link-view", "");
  document.body.innerHTML = `<div id="root">${quiz}</div><template id="${RESULTS_SHELL_ID}">${resultsShell}</template>`;
}

const root = () => document.getElementById("root") as HTMLElement;

/** Tag, class and text of an element and everything in it: what a reader sees of its markup. */
function shape(element: Element | null): string[] {
  if (!element) return [];
  return [element, ...element.querySelectorAll("*")].map(
    (e) => `${e.tagName}.${e.className}:${e.children.length === 0 ? e.textContent : ""}`,
  );
}

beforeEach(() => {
  resetAppStore();
  loadBuiltPage();
});

describe("paintSharedResults", () => {
  it("draws a plain results link's ranking at a glance and intro over the prebuilt quiz", () => {
    expect(paintSharedResults(document, LINK, TABLE)).toBe(true);

    const { state } = decodeShareUrl(LINK, vocabulary);
    const expected = rankFrameworks(FIXTURE_DATASET, state).ranked;
    const rows = [...root().querySelectorAll('ol[aria-label="Fits at a glance"] > li')];
    expect(rows.map((row) => row.querySelector(".glance-name")?.textContent)).toEqual(
      expected.map((item) => item.framework.name),
    );
    expect(rows.map((row) => row.querySelector(".glance-fit")?.firstChild?.textContent)).toEqual(
      expected.map((item) => String(displayFit(item.fit))),
    );
    expect(root().querySelector("#quiz-heading")).toBeNull();
    expect(root().querySelector('nav a[aria-current="page"]')?.textContent).toBe("Results");
    expect(root().hasAttribute(FIRST_PAINT_ATTRIBUTE)).toBe(true);
    expect(document.documentElement.hasAttribute("data-link-view")).toBe(false);
    expect(root().querySelector(".priorities > span")?.textContent).toContain(
      `${criterionLabels(FIXTURE_DATASET).performance} is critical`,
    );
  });

  it("draws what the results view then draws in its place", async () => {
    paintSharedResults(document, LINK, TABLE);
    const painted = root();
    const top = shape(painted.querySelector(".results-main"));
    const heading = shape(painted.querySelector("main .view-heading"));

    const { state } = decodeShareUrl(LINK, vocabulary);
    loadShareState(state);
    document.body.innerHTML = "";
    const { container } = renderWithData(<ResultsView />);
    await waitFor(() => expect(container.querySelector(".glance li")).not.toBeNull());
    expect(shape(container.querySelector(".view-heading"))).toEqual(heading);
    // The view's main column starts with what the first paint drew, then goes on.
    const drawn = shape(container.querySelector(".results-main"));
    expect(drawn.slice(0, top.length)).toEqual(top);
  });

  it("points the header's view links at the same settings in each view", () => {
    paintSharedResults(document, LINK, TABLE);
    const links = [...root().querySelectorAll("nav a")];
    expect(links).toHaveLength(VIEWS.length);
    const { state } = decodeShareUrl(LINK, vocabulary);
    links.forEach((link, i) => {
      const decoded = decodeShareUrl(link.getAttribute("href") ?? "", vocabulary);
      expect(decoded.problems).toEqual([]);
      expect(decoded.state).toEqual({ ...state, view: VIEWS[i] });
    });
  });

  it.each([
    ["a link to another view", "?performance=3&view=matrix"],
    ["a link with settings the ranking cannot show", "?performance=3&score=alpha.realtime.5"],
    ["a link the app would report on", "?performance=9&view=results"],
  ])("leaves the page alone for %s", (_, search) => {
    const before = document.body.innerHTML;
    expect(paintSharedResults(document, search, TABLE)).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect(document.documentElement.hasAttribute("data-link-view")).toBe(true);
  });

  it("leaves a page without the results template alone", () => {
    document.getElementById(RESULTS_SHELL_ID)?.remove();
    const before = document.body.innerHTML;
    expect(paintSharedResults(document, LINK, TABLE)).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });
});
