/**
 * Just enough HTML reading for the budget and audit scripts: the start tags of a built
 * index.html (scripts, module preloads, stylesheets, inline styles, the CSP meta) and the inner HTML of #root.
 * Vite writes these pages itself, so a tag-level scanner is sufficient; no DOM is needed.
 */

export interface StartTag {
  name: string;
  attrs: Record<string, string>;
  /** Offset of `<` in the page. */
  start: number;
  /** Offset just past `>`. */
  end: number;
}

export interface PageAssets {
  /** External scripts (`<script src>`, classic or module), in page order. */
  scripts: string[];
  /** `<link rel="modulepreload" href>`, in page order. */
  modulePreloads: string[];
  /** `<link rel="stylesheet" href>`, in page order. */
  stylesheets: string[];
  /** The text of each `<style>` element, in page order. */
  inlineStyles: string[];
  /** The text of each `<script>` element without `src` that runs, in page order. */
  inlineScripts: string[];
  /** The text of each data block (`<script>` of a non-script type, such as JSON), in page order. */
  dataBlocks: string[];
}

const START_TAG =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: "\u00a0",
};

/** Decodes the character references that can appear in attribute values Vite writes. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X"
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Blanks out comments (keeping offsets) so tags inside them are not seen. */
function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, (comment) => " ".repeat(comment.length));
}

/** Every start tag in the page, with lower-cased names and decoded attribute values. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  for (const match of withoutComments(html).matchAll(START_TAG)) {
    const attrs: Record<string, string> = {};
    for (const attr of (match[2] ?? "").matchAll(ATTRIBUTE)) {
      const name = (attr[1] ?? "").toLowerCase();
      if (name && !(name in attrs))
        attrs[name] = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? "");
    }
    const start = match.index;
    tags.push({ name: (match[1] ?? "").toLowerCase(), attrs, start, end: start + match[0].length });
  }
  return tags;
}

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** The lower-cased tokens of a tag's `rel` attribute. */
export const relTokens = (tag: StartTag) => (tag.attrs.rel ?? "").toLowerCase().split(/\s+/);
const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** The texts of the page's `<script>` elements without `src` that run (or, if not, data blocks). */
function inlineScriptTexts(html: string, running: boolean): string[] {
  return [...withoutComments(html).matchAll(INLINE_SCRIPT)].flatMap((match) => {
    const tag = startTags(`<script${match[1] ?? ""}>`)[0];
    if (tag?.attrs.src) return [];
    const runs = JS_TYPES.has((tag?.attrs.type ?? "").trim().toLowerCase());
    return runs === running ? [match[2] ?? ""] : [];
  });
}

/** The scripts, module preloads and stylesheets a page names, as written in the page. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = {
    scripts: [],
    modulePreloads: [],
    stylesheets: [],
    inlineStyles: [...withoutComments(html).matchAll(INLINE_STYLE)].map((match) => match[1] ?? ""),
    // Only scripts that run need a hash: not external ones, not data blocks such as JSON-LD.
    inlineScripts: inlineScriptTexts(html, true),
    dataBlocks: inlineScriptTexts(html, false),
  };
  for (const tag of startTags(html)) {
    if (tag.name === "script" && tag.attrs.src && JS_TYPES.has((tag.attrs.type ?? "").trim())) {
      assets.scripts.push(tag.attrs.src);
    } else if (tag.name === "link" && tag.attrs.href) {
      if (relTokens(tag).includes("modulepreload")) assets.modulePreloads.push(tag.attrs.href);
      if (relTokens(tag).includes("stylesheet")) assets.stylesheets.push(tag.attrs.href);
    }
  }
  return assets;
}

/** The policy of `<meta http-equiv="Content-Security-Policy" content>`, if the page has one. */
export function metaCsp(html: string): string | undefined {
  const meta = startTags(html).find(
    (tag) =>
      tag.name === "meta" &&
      (tag.attrs["http-equiv"] ?? "").toLowerCase() === "content-security-policy" &&
      tag.attrs.content,
  );
  return meta?.attrs.content?.trim();
}

/** The inner HTML of the element with the given id (nesting-aware), or undefined if absent. */
export function innerHtmlById(html: string, id: string): string | undefined {
  const source = withoutComments(html);
  const open = startTags(html).find((tag) => tag.attrs.id === id);
  if (!open) return undefined;
  if (/\/>$/.test(source.slice(open.start, open.end))) return "";
  const sameName = new RegExp(`<(/?)${open.name}(?=[\\s/>])[^>]*>`, "gi");
  sameName.lastIndex = open.end;
  let depth = 1;
  for (let match = sameName.exec(source); match; match = sameName.exec(source)) {
    const selfClosing = match[0].endsWith("/>");
    if (match[1] === "/") depth -= 1;
    else if (!selfClosing) depth += 1;
    if (depth === 0) return html.slice(open.end, match.index);
  }
  return html.slice(open.end);
}

/** Text content of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function textContent(fragment: string): string {
  return decodeEntities(
    withoutComments(fragment)
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<[^>]*>/g, " "),
  )
    .replace(/\s+/g, " ")
    .trim();
}
