import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { innerHtmlById, startTags, textContent } from "./lib/html-assets.ts";

const PAGE = readFileSync(new URL("../index.html", import.meta.url), "utf8");
const NOSCRIPT = /<noscript>([\s\S]*?)<\/noscript>/.exec(PAGE)?.[1] ?? "";

describe("index.html's message for browsers without JavaScript", () => {
  it("says the app needs JavaScript and what the app is", () => {
    const text = textContent(NOSCRIPT);
    expect(text).toMatch(/needs JavaScript/);
    expect(text).toMatch(/ranks backend web frameworks by your team's priorities/);
  });

  it("sits outside the root the prerender fills, and needs nothing the CSP would block", () => {
    expect(innerHtmlById(PAGE, "root")).toBe("");
    expect(PAGE.indexOf("<noscript>")).toBeLessThan(PAGE.indexOf('<div id="root">'));
    const tags = startTags(NOSCRIPT);
    expect(tags.map((tag) => tag.name)).not.toContain("script");
    expect(tags.map((tag) => tag.name)).not.toContain("style");
    expect(tags.filter((tag) => "style" in tag.attrs)).toEqual([]);
  });
});
