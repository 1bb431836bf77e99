/** Names people type (own options, team members): plain text, 1..40 characters. */

export const MAX_NAME_LENGTH = 40;

/** Characters that are not plain text: controls, bidi and other format characters. */
const NOT_PLAIN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** A name as plain text: white space (line breaks too) as single spaces, other controls and format characters removed. */
export function cleanName(name: string): string {
  return name.replace(/\s+/gu, " ").replace(NOT_PLAIN, "").replace(/ {2,}/g, " ").trim();
}

/** True for a usable name: already clean, 1..40 characters (code points). */
export function isPlainName(name: string): boolean {
  const length = Array.from(name).length;
  return name === cleanName(name) && length >= 1 && length <= MAX_NAME_LENGTH;
}
