import { describe, expect, it } from "vitest";
import { decodeEntities, innerHtmlById, metaCsp, pageAssets, textContent } from "./html-assets.ts";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:" />
    <meta name="description" content="a > b &amp; c" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-123.css">
    <link rel="icon" href="/favicon.svg">
    <!-- <script type="module" src="/assets/commented-out.js"></script> -->
    <script type="application/ld+json">{"@context":"https://schema.org"}</script>
  </head>
  <body>
    <div id="root"><main><div class="a"><h2>Quiz</h2><div><fieldset><legend>Which &amp; what?</legend></fieldset></div></div></main></div>
    <div id="after">x</div>
  </body>
</html>`;

describe("pageAssets", () => {
  it("lists module scripts, module preloads and stylesheets, ignoring comments", () => {
    expect(pageAssets(PAGE)).toEqual({
      scripts: ["/assets/index-abc.js"],
      modulePreloads: ["/assets/vendor-def.js"],
      stylesheets: ["/assets/index-123.css"],
      inlineStyles: [],
      inlineScripts: [],
      dataBlocks: ['{"@context":"https://schema.org"}'],
    });
  });

  it("reads unquoted and single-quoted attributes and multi-token rel", () => {
    const html = `<script type=module src='/a.js'></script><link rel="preload stylesheet" href=/b.css>`;
    expect(pageAssets(html)).toEqual({
      scripts: ["/a.js"],
      modulePreloads: [],
      stylesheets: ["/b.css"],
      inlineStyles: [],
      inlineScripts: [],
      dataBlocks: [],
    });
  });

  it("reads the text of style elements, not of commented-out ones", () => {
    const html = `<style>:root{color:red}</style><!-- <style>b{}</style> --><STYLE media="print">
a{}</STYLE >`;
    expect(pageAssets(html).inlineStyles).toEqual([":root{color:red}", "\na{}"]);
  });
});

describe("pageAssets inline scripts", () => {
  it("reads the text of scripts without src, not of external or commented-out ones", () => {
    const html = `<script>a()</script><script type="module" src="/x.js"></script><!-- <script>b()</script> --><SCRIPT>
c()</SCRIPT >`;
    expect(pageAssets(html).inlineScripts).toEqual(["a()", "\nc()"]);
  });

  it("keeps data blocks apart from the scripts that run", () => {
    const html = `<script type="application/json" id="t">{"a":1}</script><script>run()</script><script type="application/json" src="/d.json"></script>`;
    const assets = pageAssets(html);
    expect(assets.inlineScripts).toEqual(["run()"]);
    expect(assets.dataBlocks).toEqual(['{"a":1}']);
  });
});

describe("metaCsp", () => {
  it("returns the meta policy, or undefined without one", () => {
    expect(metaCsp(PAGE)).toBe("default-src 'self'; img-src 'self' data:");
    expect(metaCsp("<html><head></head></html>")).toBeUndefined();
  });

  it("decodes entities in the policy", () => {
    const html = `<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`;
    expect(metaCsp(html)).toBe("script-src 'self'");
  });
});

describe("innerHtmlById", () => {
  it("returns the nested content of #root up to its own closing tag", () => {
    const root = innerHtmlById(PAGE, "root");
    expect(root).toMatch(/^<main>.*<\/main>$/);
    expect(root).toContain("<fieldset>");
    expect(root).not.toContain("after");
  });

  it("returns an empty string for an empty element and undefined when absent", () => {
    expect(innerHtmlById('<div id="root"></div>', "root")).toBe("");
    expect(innerHtmlById("<div></div>", "root")).toBeUndefined();
  });
});

describe("textContent and decodeEntities", () => {
  it("drops tags and collapses whitespace", () => {
    expect(textContent("<h2>Quiz</h2>\n <p>Which &amp; what?</p>")).toBe("Quiz Which & what?");
  });

  it("decodes named and numeric references", () => {
    expect(decodeEntities("&lt;a&gt; &#x27;b&#39; &quot;c&quot; &unknown;")).toBe(
      `<a> 'b' "c" &unknown;`,
    );
  });
});
