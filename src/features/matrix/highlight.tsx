import { type ReactNode, use } from "react";
import { findTerm } from "../../domain/text-match.ts";
import { MatrixSearchContext } from "./search-context.ts";

/** Text with each word-start match of the matrix search marked; plain text when there is none. */
export function Highlight({ text }: { text: string }) {
  const search = use(MatrixSearchContext);
  const ranges = search ? findTerm(text, search.text) : [];
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
