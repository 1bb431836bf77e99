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
import { AXIS_WIDTH, TOOLTIP_PROPS } from "./chart-theme.ts";

/** Horizontal bars of each framework's fit, best first. */
export function FitChart({ rows, height }: { rows: readonly FitDatum[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={[...rows]}
        layout="vertical"
        margin={{ top: 4, right: 32, bottom: 4, left: 0 }}
        barCategoryGap="22%"
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
        <YAxis type="category" dataKey="name" width={AXIS_WIDTH} interval={0} tickLine={false} />
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
