import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp-plugin.ts";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("is the strict policy when the page has no inline style", () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, "default-src")).toBe("default-src 'none'");
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
    expect(directive(policy, "style-src")).toBe("style-src 'self'");
    expect(policy).not.toMatch(/unsafe-/);
  });

  it("admits the web manifest from the page's origin, and no worker beyond script-src", () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, "manifest-src")).toBe("manifest-src 'self'");
    // The service worker is governed by script-src 'self' through worker-src's fallback.
    expect(directive(policy, "worker-src")).toBeUndefined();
  });

  it("admits each inline stylesheet by the sha256 of its exact text, and nothing else", () => {
    const styles = [":root{color:#123}", "main{margin:0}\n"];
    const hashes = styles.map(
      (css) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`,
    );
    const policy = contentSecurityPolicy(styles);
    expect(directive(policy, "style-src")).toBe(`style-src 'self' ${hashes.join(" ")}`);
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-/);
  });
});
