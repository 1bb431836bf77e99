import type { CompareCell } from "./compare-rows.ts";
import { ScoreCell } from "./score-cell.tsx";
import { SourceList } from "./source-list.tsx";

/** One framework's value in one row, drawn by the kind of value it is; `folded` on a phone. */
export function CompareCellView({
  cell,
  best,
  folded = false,
}: {
  cell: CompareCell;
  best: boolean;
  folded?: boolean;
}) {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "fact":
      return (
        <div className="fact-cell">
          <span>{cell.text}</span>
          <SourceList sources={cell.sources} />
        </div>
      );
    case "link":
      return (
        <a href={cell.href} rel="noopener noreferrer">
          {cell.text}
        </a>
      );
    case "score":
      return <ScoreCell cell={cell} best={best} folded={folded} />;
    case "fit":
      return cell.value === null ? (
        <span className="muted">{cell.note}</span>
      ) : (
        <span className="fit-cell">
          <strong>{cell.value}</strong>
          <span className="bar" aria-hidden="true">
            <span style={{ width: `${cell.value}%` }} />
          </span>
          {best ? <span className="best-badge">Best</span> : null}
        </span>
      );
    case "list":
      return (
        <ul className="compare-list">
          {cell.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
  }
}
