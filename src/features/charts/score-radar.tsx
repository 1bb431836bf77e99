import { useState } from "react";
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from "recharts";
import { type RadarChartData, radarRadius } from "./chart-data.ts";
import { TOOLTIP_PROPS } from "./chart-theme.ts";

/** Line patterns per series, so outlines differ by more than colour. */
const DASHES = [undefined, "7 4", "2 3", "10 3 2 3"] as const;

/** Radar of 1..5 scores: one spoke per criterion, one outline per framework. */
export function ScoreRadar({ data, height }: { data: RadarChartData; height: number }) {
  // Until the container reports its width, assume a phone so labels are never clipped.
  const [width, setWidth] = useState(320);
  return (
    <ResponsiveContainer width="100%" height={height} onResize={(w) => setWidth(w)}>
      <RadarChart
        data={data.rows}
        outerRadius={radarRadius(width, height)}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize: 12, width: 84 }} />
        <PolarRadiusAxis
          domain={[0, 5]}
          ticks={[1, 2, 3, 4, 5]}
          angle={90}
          tick={{ fontSize: 11 }}
          axisLine={false}
        />
        <Tooltip
          itemSorter={data.sortItems}
          {...TOOLTIP_PROPS}
          cursor={false}
          formatter={(value, name) => [`${value} / 5`, name]}
        />
        <Legend itemSorter={data.sortItems} verticalAlign="bottom" iconType="plainline" />
        {data.series.map((s, index) => (
          <Radar
            isAnimationActive={false}
            key={s.id}
            dataKey={s.dataKey}
            name={s.name}
            stroke={s.colour}
            fill={s.colour}
            fillOpacity={0.1}
            strokeWidth={2}
            strokeDasharray={DASHES[index % DASHES.length]}
            dot={{ r: 3, fillOpacity: 1 }}
          />
        ))}
      </RadarChart>
    </ResponsiveContainer>
  );
}
