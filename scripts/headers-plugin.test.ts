import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp-plugin.ts";
import { FRAME_ANCESTORS, headerPolicy, headersFile } from "./headers-plugin.ts";

const STYLE = ":root{color:#123}";
const SCRIPT = 'document.documentElement.setAttribute("data-x", "")';

/** A built page as the CSP plugin leaves it: the meta tag first, then the inline text it admits. */
function builtPage(policy = contentSecurityPolicy([STYLE], [SCRIPT])): string {
  return [
    "<!doctype html><html><head>",
    `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", "&#39;")}">`,
    `<script>${SCRIPT}</script>`,
    '<script type="module" crossorigin src="/assets/index-abc123.js"></script>',
    `<style>${STYLE}</style>`,
    '</head><body><div id="root"></div></body></html>',
  ].join("\n");
}

/** Each rule of a `_headers` file: path -> header name -> value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      expect(rules.has(line), `path ${line} has one rule`).toBe(false);
      current = new Map();
      rules.set(line, current);
      continue;
    }
    const colon = line.indexOf(":");
    expect(current, `header line ${line} follows a path`).toBeDefined();
    current?.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return rules;
}

describe("headersFile", () => {
  const page = builtPage();
  const rules = parseHeaders(headersFile(page));
  const all = rules.get("/*");

  it("sends the page's meta policy as a header, plus frame-ancestors 'none'", () => {
    const meta = contentSecurityPolicy([STYLE], [SCRIPT]);
    expect(all?.get("Content-Security-Policy")).toBe(`${meta}; ${FRAME_ANCESTORS}`);
    expect(headerPolicy(meta)).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it("adds the hardening headers for every path", () => {
    expect(all?.get("X-Content-Type-Options")).toBe("nosniff");
    expect(all?.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    const permissions = all?.get("Permissions-Policy") ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(permissions).toContain(`${feature}=()`);
    }
    // "Copy link" needs the clipboard.
    expect(permissions).not.toContain("clipboard");
  });

  it("caches hashed assets for a year and makes the page and the service worker revalidate", () => {
    expect(rules.get("/assets/*")?.get("Cache-Control")).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(rules.get("/")?.get("Cache-Control")).toBe("no-cache");
    expect(rules.get("/index.html")?.get("Cache-Control")).toBe("no-cache");
    expect(rules.get("/sw.js")?.get("Cache-Control")).toBe("no-cache");
    // Hosts join a header set by two matching rules, so none is set by two.
    expect(all?.has("Cache-Control")).toBe(false);
  });

  it("follows the page: other inline text, other hashes", () => {
    const other = builtPage().replaceAll(STYLE, "main{margin:0}");
    expect(() => headersFile(other)).toThrow(/does not match/);
    const rebuilt = builtPage(contentSecurityPolicy(["main{margin:0}"], [SCRIPT])).replaceAll(
      STYLE,
      "main{margin:0}",
    );
    expect(parseHeaders(headersFile(rebuilt)).get("/*")?.get("Content-Security-Policy")).toBe(
      headerPolicy(contentSecurityPolicy(["main{margin:0}"], [SCRIPT])),
    );
  });

  it("refuses a page without a meta policy", () => {
    expect(() => headersFile("<!doctype html><html><head></head><body></body></html>")).toThrow(
      /no Content-Security-Policy/,
    );
  });
});
