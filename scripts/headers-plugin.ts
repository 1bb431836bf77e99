import type { Plugin } from "vite";
import { contentSecurityPolicy } from "./csp-plugin.ts";
import { metaCsp, pageAssets } from "./lib/html-assets.ts";

/** Allowed only in a header: browsers ignore `frame-ancestors` in a meta tag. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * Browser features the app never uses, denied to it and to anything it might embed. Only names
 * Chromium recognises (an unknown one is a console warning on every load). The clipboard is left
 * alone: "Copy link" writes to it.
 */
export const DENIED_FEATURES: readonly string[] = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** The header form of the page's policy: the meta tag's policy plus `frame-ancestors`. */
export function headerPolicy(pagePolicy: string): string {
  return `${pagePolicy.trim().replace(/;\s*$/, "")}; ${FRAME_ANCESTORS}`;
}

/**
 * The `_headers` file (the format Netlify and Cloudflare Pages read) for a built index.html.
 *
 * The static host's headers carry the same Content-Security-Policy as the page's meta tag, plus
 * `frame-ancestors 'none'`, which only works as a header. That policy holds build-time hashes of
 * the page's inline style and script, so no hand-written file in public/ could know it: this
 * function reads it from the built page itself (its meta CSP, which the CSP plugin wrote), so the
 * two cannot disagree, and it throws if the page has no meta CSP or one that does not match the
 * page's inline text (a plugin changed the page after the policy was computed). The rest of the
 * file is fixed: a few hardening headers for every path, long immutable caching for the hashed
 * files in /assets/, and revalidation on every load for the page and the service worker, so a
 * deploy is seen at once.
 * Each header is set by one rule only: hosts join the values of a header set by two rules.
 */
export function headersFile(indexHtml: string): string {
  const policy = metaCsp(indexHtml);
  if (!policy) {
    throw new Error("The built index.html has no Content-Security-Policy meta tag to copy.");
  }
  const { inlineStyles, inlineScripts } = pageAssets(indexHtml);
  const expected = contentSecurityPolicy(inlineStyles, inlineScripts);
  if (policy !== expected) {
    throw new Error(
      "The built index.html's Content-Security-Policy does not match its inline style and " +
        `script (was the page changed after the CSP plugin ran?).\n  meta:     ${policy}\n` +
        `  expected: ${expected}`,
    );
  }
  const rules: [path: string, headers: [string, string][]][] = [
    [
      "/*",
      [
        ["Content-Security-Policy", headerPolicy(policy)],
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", "strict-origin-when-cross-origin"],
        ["Permissions-Policy", DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ")],
      ],
    ],
    ["/assets/*", [["Cache-Control", "public, max-age=31536000, immutable"]]],
    ["/", [["Cache-Control", "no-cache"]]],
    ["/index.html", [["Cache-Control", "no-cache"]]],
    // The browser looks for a new deploy by fetching the service worker again.
    ["/sw.js", [["Cache-Control", "no-cache"]]],
  ];
  const header =
    "# Written by scripts/headers-plugin.ts at build time: edit that file, not this one.\n";
  return `${header}${rules
    .map(([path, headers]) =>
      [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n"),
    )
    .join("\n\n")}\n`;
}

/**
 * Writes dist/_headers from the built index.html (see headersFile). Its generateBundle hook is
 * ordered "post" because Vite emits index.html, after the CSP plugin's transformIndexHtml hook has
 * added the meta tag, in a generateBundle hook of its own that runs after the plugins of the
 * config (whatever their place in the list); "post" runs after that one. The prerender step
 * (scripts/prerender.ts) later fills #root only and leaves the head, meta CSP included, as it is.
 */
export function headersPlugin(): Plugin {
  return {
    name: "framework-fit:headers",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const page = bundle["index.html"];
        if (page?.type !== "asset") {
          return this.error("No index.html in the bundle: cannot write _headers.");
        }
        const html =
          typeof page.source === "string" ? page.source : new TextDecoder().decode(page.source);
        try {
          this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(html) });
        } catch (error) {
          return this.error(error instanceof Error ? error.message : String(error));
        }
      },
    },
  };
}
