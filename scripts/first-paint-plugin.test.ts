import { describe, expect, it } from "vitest";
import { buildFirstPaintScript } from "./first-paint-plugin.ts";

describe("buildFirstPaintScript", () => {
  it("builds one self-contained script that fits in the page", async () => {
    const code = await buildFirstPaintScript();
    expect(code).toMatch(/^\(function\(\)\{/);
    expect(code).not.toMatch(/<\/script|<!--|\bimport\b/i);
    // The scoring core's radix sort is for thousands of frameworks: it stays out of the page.
    expect(code).not.toContain("Uint32Array");
    expect(code.length).toBeLessThan(8 * 1024);
  }, 30_000);
});
