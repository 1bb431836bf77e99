import { createHash } from "node:crypto";
import type { Plugin } from "vite";
import { pageAssets } from "./lib/html-assets.ts";

/**
 * The Content-Security-Policy of the built page. The additions to the strict policy are the
 * hashes of the page's inline `<style>` elements (the entry stylesheet, inlined by
 * inline-entry-css-plugin.ts) and inline `<script>` elements (index.html's one line that hides
 * the prebuilt quiz on links to other views): a hash admits exactly that text, unlike
 * 'unsafe-inline'. React sets style properties through the CSSOM (allowed), and everything the
 * app loads comes from its own origin. Dev builds go without it (Vite's dev client needs inline
 * scripts).
 */
export function contentSecurityPolicy(
  inlineStyles: readonly string[] = [],
  inlineScripts: readonly string[] = [],
): string {
  const hash = (text: string) =>
    `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  return [
    "default-src 'none'",
    ["script-src 'self'", ...inlineScripts.map(hash)].join(" "),
    ["style-src 'self'", ...inlineStyles.map(hash)].join(" "),
    "img-src 'self' data:",
    "connect-src 'self'",
    // The web manifest (<link rel="manifest">), which default-src 'none' would block. The service
    // worker needs no directive of its own: worker-src falls back to script-src 'self'.
    "manifest-src 'self'",
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
              content: contentSecurityPolicy(
                pageAssets(html).inlineStyles,
                pageAssets(html).inlineScripts,
              ),
            },
            injectTo: "head-prepend",
          },
        ],
      }),
    },
  };
}
