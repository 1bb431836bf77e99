import { describe, expect, it } from "vitest";
import { inlineStylesheets } from "./inline-entry-css-plugin.ts";

const PAGE = `<head><link rel="icon" href="/icon.svg"><link rel="stylesheet" crossorigin href="/assets/index-1.css"><link rel="stylesheet" href="/assets/other.css"><link rel="stylesheet" href="https://cdn.example/x.css"></head>`;

describe("inlineStylesheets", () => {
  it("inlines the bundle's stylesheets, keeps their files and leaves other links", () => {
    const bundle = {
      "assets/index-1.css": { type: "asset", source: "body{margin:0}\n" },
      "assets/other.css": { type: "asset", source: new TextEncoder().encode("p{color:red}") },
      "assets/index.js": { type: "chunk" },
    };
    const html = inlineStylesheets(PAGE, bundle);
    expect(html).toBe(
      `<head><link rel="icon" href="/icon.svg"><style>body{margin:0}</style><style>p{color:red}</style><link rel="stylesheet" href="https://cdn.example/x.css"></head>`,
    );
    // Still there for a lazy chunk that lists the entry's stylesheet among its dependencies.
    expect(Object.keys(bundle)).toEqual([
      "assets/index-1.css",
      "assets/other.css",
      "assets/index.js",
    ]);
  });

  it("keeps a link whose file is not in the bundle, or whose text would end the element", () => {
    const bundle = {
      "assets/other.css": { type: "asset", source: "a::after{content:'</style>'}" },
    };
    expect(inlineStylesheets(PAGE, bundle)).toBe(PAGE);
    expect(Object.keys(bundle)).toEqual(["assets/other.css"]);
  });
});
