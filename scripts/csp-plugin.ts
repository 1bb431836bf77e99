import type { Plugin } from "vite";

/**
 * The Content-Security-Policy of the built page. Nothing is loosened: the app runs no inline
 * script or style element, React sets style properties through the CSSOM (allowed), and
 * everything it loads comes from its own origin. Dev builds go without it (Vite's dev client
 * needs inline scripts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");

/** Adds the policy as a meta tag at the top of the built index.html. */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: "framework-fit:csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
