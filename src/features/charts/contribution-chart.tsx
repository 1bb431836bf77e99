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
import { AXIS_WIDTH, TOOLTIP_PROPS } from "./chart-theme.ts";

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
      <BarChart
        data={data.rows}
        layout="vertical"
        margin={{ top: 4, right: 32, bottom: 4, left: 0 }}
        barCategoryGap="22%"
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
        <YAxis type="category" dataKey="name" width={AXIS_WIDTH} interval={0} tickLine={false} />
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
