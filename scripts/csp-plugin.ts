import { createHash } from "node:crypto";
import type { Plugin } from "vite";
import { pageAssets } from "./lib/html-assets.ts";

/**
 * The Content-Security-Policy of the built page. The one addition to the strict policy is the
 * hash of each inline `<style>` element the build writes (the entry stylesheet, inlined by
 * inline-entry-css-plugin.ts): a hash admits exactly that text, unlike 'unsafe-inline'. The app
 * runs no inline script, React sets style properties through the CSSOM (allowed), and
 * everything it loads comes from its own origin. Dev builds go without it (Vite's dev client
 * needs inline scripts).
 */
export function contentSecurityPolicy(inlineStyles: readonly string[] = []): string {
  const styleHashes = inlineStyles.map(
    (css) => `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`,
  );
  return [
    "default-src 'none'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(" "),
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** Adds the policy as a meta tag at the top of the built index.html. Runs after the plugins
 * that write inline styles (it must come after them in the plugin list). */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: "framework-fit:csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => ({
        html,
        tags: [
          {
            tag: "meta",
            attrs: {
              "http-equiv": "Content-Security-Policy",
              content: contentSecurityPolicy(pageAssets(html).inlineStyles),
            },
            injectTo: "head-prepend",
          },
        ],
      }),
    },
  };
}
