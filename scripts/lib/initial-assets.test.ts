import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readInitialAssets, staticImports, totalGzip } from "./initial-assets.ts";

describe("staticImports", () => {
  it("reads the import and re-export declarations at the head of a minified chunk", () => {
    const code = `import{a as b,c}from"./vendor-1.js";import"./side-effect.js";import d from'./d.js';import*as e from"./e.js";export*from"./f.js";var x=1;import("./lazy.js")`;
    expect(staticImports(code)).toEqual([
      "./vendor-1.js",
      "./side-effect.js",
      "./d.js",
      "./e.js",
      "./f.js",
    ]);
  });

  it("skips leading comments and ignores dynamic imports and imports in strings", () => {
    const code = `/*! license */\n// note\nimport{a}from"./a.js";const s="import x from './no.js'";import("./lazy.js");`;
    expect(staticImports(code)).toEqual(["./a.js"]);
  });

  it("returns nothing for a chunk without static imports", () => {
    expect(staticImports(`var e=Object.create;import(\`./lazy.js\`)`)).toEqual([]);
  });
});

describe("readInitialAssets", () => {
  let dir = "";
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("follows static imports from the page's scripts but not dynamic ones", () => {
    dir = mkdtempSync(join(tmpdir(), "initial-assets-test-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(
      join(dir, "index.html"),
      `<script type="module" src="/assets/index.js"></script><link rel="stylesheet" href="/assets/index.css"><style>main{padding:1rem}</style><script src="https://cdn.example/x.js"></script>`,
    );
    writeFileSync(join(dir, "assets/index.js"), `import{a}from"./shared.js";import("./lazy.js");`);
    writeFileSync(join(dir, "assets/shared.js"), `export const a=1;`);
    writeFileSync(join(dir, "assets/lazy.js"), `export const b=2;`);
    writeFileSync(join(dir, "assets/index.css"), `body{margin:0}`);

    const assets = readInitialAssets(dir);
    expect(assets.js.map((f) => [f.file, f.via])).toEqual([
      ["assets/index.js", "html"],
      ["assets/shared.js", "import"],
    ]);
    expect(assets.css.map((f) => [f.file, f.via, f.bytes])).toEqual([
      ["assets/index.css", "html", "body{margin:0}".length],
      ["index.html <style> 1", "inline", "main{padding:1rem}".length],
    ]);
    expect(assets.external).toEqual(["https://cdn.example/x.js"]);
    expect(totalGzip(assets.js)).toBeGreaterThan(0);
  });

  it("counts the page's inline scripts and the data blocks they read", () => {
    dir = mkdtempSync(join(tmpdir(), "initial-assets-test-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(
      join(dir, "index.html"),
      `<script type="module" src="/assets/index.js"></script><div id="root"></div><script type="application/json" id="t">{"a":1}</script><script>paint()</script>`,
    );
    writeFileSync(join(dir, "assets/index.js"), `export const a=1;`);

    const assets = readInitialAssets(dir);
    expect(assets.js.map((f) => [f.file, f.via, f.bytes])).toEqual([
      ["assets/index.js", "html", "export const a=1;".length],
      ["index.html <script> 1", "inline", "paint()".length],
      ["index.html data <script> 1", "inline", '{"a":1}'.length],
    ]);
  });

  it("fails clearly when the page names a missing file", () => {
    dir = mkdtempSync(join(tmpdir(), "initial-assets-test-"));
    writeFileSync(join(dir, "index.html"), `<script type="module" src="/assets/gone.js"></script>`);
    expect(() => readInitialAssets(dir)).toThrow(/gone\.js.*missing/);
  });
});
