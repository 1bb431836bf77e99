import { type ReactNode, useId, useState } from "react";
import { ScrollRegion } from "./scroll-region.tsx";

interface ChartFigureProps {
  title: string;
  /** One or two sentences saying what the chart shows, read with the caption. */
  summary: string;
  /** The chart's drawing height in pixels, reserved even before it measures its width. */
  height: number;
  chart: ReactNode;
  /** The same data as the chart, as a `<table>`; always in the accessibility tree. */
  table: ReactNode;
}

/** A chart with its text alternative: a caption and its data as a table, shown on demand. */
export function ChartFigure({ title, summary, height, chart, table }: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const titleId = useId();
  return (
    <figure className="chart-figure card" aria-labelledby={titleId}>
      <figcaption>
        <strong id={titleId} className="chart-title">
          {title}
        </strong>
        <span className="chart-summary">{summary}</span>
      </figcaption>
      <div className="chart-area" style={{ height }}>
        {chart}
      </div>
      <button
        type="button"
        className="link-button chart-table-toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? "Hide data table" : "Show data table"}{" "}
        <span className="visually-hidden">of {title}</span>
      </button>
      {/* Hidden only visually: screen readers always reach the table. */}
      <div id={tableId} className={showTable ? undefined : "visually-hidden"}>
        {showTable ? <ScrollRegion label={`${title}: data`}>{table}</ScrollRegion> : table}
      </div>
    </figure>
  );
}
