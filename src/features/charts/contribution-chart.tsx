import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { type ContributionChartData, formatPoints } from "./chart-data.ts";
import {
  FIT_AXIS_PROPS,
  HORIZONTAL_BARS_PROPS,
  NAME_AXIS_PROPS,
  TOOLTIP_PROPS,
} from "./chart-theme.ts";

/** Stacked horizontal bars: the points each criterion adds to each fit, one colour per criterion. */
export function ContributionChart({
  data,
  height,
}: {
  data: ContributionChartData;
  height: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data.rows} {...HORIZONTAL_BARS_PROPS}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis {...FIT_AXIS_PROPS} />
        <YAxis {...NAME_AXIS_PROPS} />
        <Tooltip
          {...TOOLTIP_PROPS}
          itemSorter={data.sortItems}
          formatter={(value, name) => [`+${formatPoints(value)}`, name]}
        />
        <Legend
          itemSorter={data.sortItems}
          verticalAlign="top"
          align="left"
          iconType="square"
          wrapperStyle={{ paddingBottom: 8 }}
        />
        {data.series.map((s, index) => (
          <Bar
            isAnimationActive={false}
            key={s.criterion}
            dataKey={s.dataKey}
            name={s.label}
            stackId="fit"
            fill={s.colour}
            stroke="var(--surface)"
            strokeWidth={1}
            maxBarSize={26}
          >
            {index === data.series.length - 1 ? (
              <LabelList dataKey="shown" position="right" className="chart-bar-label" />
            ) : null}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
