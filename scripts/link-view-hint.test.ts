import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CRITERION_IDS } from "../src/domain/types.ts";
import { decodeShareUrl } from "../src/state/share-url.ts";
import { pageAssets } from "./lib/html-assets.ts";

/** index.html's inline script, which hides the prebuilt quiz for links to other views. */
const [HINT = ""] = pageAssets(
  readFileSync(new URL("../index.html", import.meta.url), "utf8"),
).inlineScripts;

/** Whether the script marks the page for a link with this query. */
function hides(search: string): boolean {
  const attributes = new Set<string>();
  const documentElement = { setAttribute: (name: string) => attributes.add(name) };
  new Function("location", "document", HINT)({ search }, { documentElement });
  return attributes.has("data-link-view");
}

const VOCABULARY = { frameworkIds: ["alpha", "beta"], languageIds: ["python"] };
const viewOf = (search: string) => decodeShareUrl(search, VOCABULARY).state.view;

describe("index.html's link-view hint", () => {
  it.each([
    ["", false],
    ["?v=1", false],
    ["?v=1&view=quiz", false],
    ["?v=1&performance=3&view=quiz", false],
    ["?v=1&compare=alpha,beta", false],
    ["?v=1&realtime=5", true],
    ["?v=1&view=matrix", true],
    ["?v=1&view=about", true],
    ["?v=1&m=333333333..Ana&m=333333333..Ben", true],
  ])("for %o hides the quiz: %o", (search, expected) => {
    expect(hides(search)).toBe(expected);
  });

  it("hides the prebuilt quiz exactly when a well-formed link opens another view", () => {
    const keys = [...CRITERION_IDS, "view", "v", "compare", "lang", "q", "m"];
    const values = ["1", "5", "quiz", "results", "matrix", "about", "333333333..Ana", "x"];
    const query = fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...values)), { maxLength: 6 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`);
    fc.assert(
      fc.property(query, (search) => {
        // Links the codec reads in full; a malformed one (a repeated key) may show the quiz
        // for a moment before its notice and view.
        if (decodeShareUrl(search, VOCABULARY).problems.length === 0) {
          expect(hides(search)).toBe(viewOf(search) !== "quiz");
        }
      }),
      { numRuns: 2000 },
    );
  });
});
