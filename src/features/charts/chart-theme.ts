import type { CSSProperties } from "react";

/** Width of the framework-name axis: fits "ASP.NET Core" and "Ruby on Rails" at 13px, without wrapping. */
export const AXIS_WIDTH = 124;

const contentStyle: CSSProperties = {
  background: "var(--surface)",
  border: "1px solid var(--border)",
  borderRadius: 8,
  color: "var(--text)",
  boxShadow: "var(--shadow)",
  fontSize: "0.875rem",
};

/** Tooltip looks shared by the charts: the page's surface and text colours, light or dark. */
export const TOOLTIP_PROPS = {
  contentStyle,
  labelStyle: { color: "var(--text)", fontWeight: 600 },
  itemStyle: { color: "var(--text)", padding: 0 },
  cursor: { fill: "var(--surface-2)" },
} as const;

/** Layout shared by the horizontal bar charts: one bar per framework, names on the left. */
export const HORIZONTAL_BARS_PROPS = {
  layout: "vertical",
  margin: { top: 4, right: 32, bottom: 4, left: 0 },
  barCategoryGap: "22%",
} as const;

/** The 0..100 fit scale under the horizontal bar charts. */
export const FIT_AXIS_PROPS = {
  type: "number",
  domain: [0, 100],
  ticks: [0, 25, 50, 75, 100],
} as const;

/** The framework names beside the horizontal bar charts. */
export const NAME_AXIS_PROPS = {
  type: "category",
  dataKey: "name",
  width: AXIS_WIDTH,
  interval: 0,
  tickLine: false,
} as const;
