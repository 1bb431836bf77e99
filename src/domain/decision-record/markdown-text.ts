/** Text from people or the dataset, made safe to place in Markdown and YAML: it stays plain text. */
import { cleanName } from "../plain-name.ts";

/** Characters that start inline Markdown, HTML, tables, strikethrough or GitHub math anywhere. */
const INLINE_MARKUP = /[\\`*_[\]<>#|~$]/g;
/** "&" only where it would begin a character reference such as "&lt;" or "&#60;". */
const REFERENCE_START = /&(?=#?[A-Za-z0-9]+;)/g;
/** Bare web addresses that GitHub turns into links: "https://…" and "www.…". */
const SCHEME_SLASHES = /:(?=\/\/)/g;
const WWW_DOT = /\b(www)\./gi;
/** A list item, setext underline or ordered-list number at the start of a line. */
const LIST_OR_RULE = /^[-+=]/;
const ORDERED_ITEM = /^(\d+)([.)])/;

/** One line of text as inert inline Markdown: white space flattened, markup characters escaped. */
export function markdownText(text: string): string {
  const escaped = cleanName(text)
    .replace(INLINE_MARKUP, "\\$&")
    .replace(REFERENCE_START, "\\&")
    .replace(SCHEME_SLASHES, "\\:")
    .replace(WWW_DOT, "$1\\.");
  if (LIST_OR_RULE.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_ITEM, "$1\\$2");
}

/** Several lines of text as Markdown paragraphs: blank lines separate paragraphs, every line inert. */
export function markdownParagraphs(text: string): string {
  const paragraphs: string[][] = [[]];
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const escaped = markdownText(line);
    const current = paragraphs[paragraphs.length - 1] as string[];
    if (escaped !== "") current.push(escaped);
    else if (current.length > 0) paragraphs.push([]);
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join("\n"))
    .join("\n\n");
}

/** "%28" for "(": the characters a bare link destination cannot hold as they are. */
function percentEncoded(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}

/** An http(s) address in its serialised form, or undefined for anything else. */
function webAddress(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  return parsed.href;
}

/** `[text](url)` for an http(s) address; otherwise the text alone, so no other scheme becomes a link. */
export function markdownLink(text: string, url: string): string {
  const address = webAddress(url);
  if (address === undefined) return markdownText(text);
  // Percent-encoded so the destination needs no angle brackets and holds no escapes.
  const destination = address.replace(/[()\\\s]/g, percentEncoded);
  return `[${markdownText(text)}](${destination})`;
}

/** `<url>` (an autolink showing the address itself) for an http(s) address; otherwise inert text. */
export function markdownAutolink(url: string): string {
  const address = webAddress(url);
  return address === undefined || /[\s<>]/.test(address) ? markdownText(url) : `<${address}>`;
}

/** A double-quoted YAML scalar holding `text` exactly, as one line. */
export function yamlString(text: string): string {
  const escaped = text
    .replace(/\p{Cs}/gu, "\uFFFD")
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => {
      const code = c.codePointAt(0) ?? 0;
      return code > 0xffff
        ? `\\U${code.toString(16).padStart(8, "0")}`
        : `\\u${code.toString(16).padStart(4, "0")}`;
    });
  return `"${escaped}"`;
}
