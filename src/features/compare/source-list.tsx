import type { CellSource } from "./compare-rows.ts";

/** Cited sources as links, each with the day it was read. */
export function SourceList({ sources }: { sources: readonly CellSource[] }) {
  if (sources.length === 0) return null;
  return (
    <span className="cell-sources">
      {sources.length === 1 ? "Source: " : "Sources: "}
      {sources.map((s, index) => (
        <span key={s.key}>
          {index > 0 ? "; " : null}
          <a href={s.url} rel="noopener noreferrer">
            {s.title}
          </a>{" "}
          (read <time dateTime={s.accessed}>{s.accessed}</time>)
        </span>
      ))}
    </span>
  );
}
