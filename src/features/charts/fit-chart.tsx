import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { type FitDatum, formatFit } from "./chart-data.ts";
import {
  FIT_AXIS_PROPS,
  HORIZONTAL_BARS_PROPS,
  NAME_AXIS_PROPS,
  TOOLTIP_PROPS,
} from "./chart-theme.ts";

/** Horizontal bars of each framework's fit, best first. */
export function FitChart({ rows, height }: { rows: readonly FitDatum[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={[...rows]} {...HORIZONTAL_BARS_PROPS}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis {...FIT_AXIS_PROPS} />
        <YAxis {...NAME_AXIS_PROPS} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(value) => [`${formatFit(value)} / 100`, "Fit"]} />
        <Bar
          dataKey="fit"
          name="Fit"
          fill="var(--bar)"
          radius={[0, 4, 4, 0]}
          maxBarSize={26}
          isAnimationActive={false}
        >
          <LabelList dataKey="shown" position="right" className="chart-bar-label" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
