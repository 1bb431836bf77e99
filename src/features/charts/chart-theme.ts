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
