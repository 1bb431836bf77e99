/** Finding a search term in text the way people expect: by word starts, whatever the spelling. */

/** A matched stretch of text: `text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Characters that spelling variants add or drop: "real-time", "real time", "realtime". */
const JOINERS = /[\s\-_‐-―]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Text folded for comparing, with the index in the original text of each folded character. */
interface FoldedText {
  folded: string;
  origin: number[];
}

/** Lower case, accents off, joiners dropped; each folded character remembers where it came from. */
function fold(text: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    if (!JOINERS.test(char)) {
      const plain = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      for (let k = 0; k < plain.length; k += 1) origin.push(index);
      folded += plain;
    }
    index += char.length;
  }
  return { folded, origin };
}

/** The term as compared: lower case, accents off, no spaces or hyphens ("Real-Time" -> "realtime"). */
export function foldTerm(term: string): string {
  return fold(term).folded;
}

/** True when a word starts at `index`: after a non-letter, or at a lower-to-upper step ("WebSocket"). */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1] ?? "";
  if (!LETTER_OR_DIGIT.test(before)) return true;
  return LOWER.test(before) && UPPER.test(text[index] ?? "");
}

/**
 * Where `term` occurs in `text` at the start of a word, ignoring case, accents, spaces and
 * hyphens: "websocket" finds "WebSockets", "real time" finds "real-time", "live" does not find
 * "deliver". Ranges are in `text`'s indices, in order, not overlapping.
 */
export function findTerm(text: string, term: string): TextRange[] {
  const needle = foldTerm(term);
  if (needle === "") return [];
  const { folded, origin } = fold(text);
  const ranges: TextRange[] = [];
  let from = folded.indexOf(needle);
  while (from >= 0) {
    const start = origin[from] ?? 0;
    const last = origin[from + needle.length - 1] ?? start;
    const previous = ranges.at(-1);
    if (startsWord(text, start) && (previous === undefined || start >= previous.end)) {
      // The end takes in the whole last character (a surrogate pair is two units).
      const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
      ranges.push({ start, end });
      from = folded.indexOf(needle, from + needle.length);
    } else {
      from = folded.indexOf(needle, from + 1);
    }
  }
  return ranges;
}

/** True when `term` occurs at a word start in `text` (see findTerm). */
export function hasTerm(text: string, term: string): boolean {
  return findTerm(text, term).length > 0;
}
