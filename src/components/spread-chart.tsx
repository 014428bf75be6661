/**
 * The spread over the caps: one horizontal stacked bar per unit, a segment
 * per band holding how many workers sit in it. Draws rows it is given.
 */
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { bandColour } from '../domain/band-colours';
import type { Band } from '../domain/bands';
import type { SpreadRow } from '../domain/spread-rows';
import { WrappedAxisTick } from './wrapped-axis-tick';

interface SpreadChartProps {
  rows: readonly SpreadRow[];
  bands: readonly Band[];
  /** A fixed height (the board's panel); else tall enough for every row. */
  height?: number;
  /** Room for the unit names, in pixels: names wrap onto two lines to fit. */
  labelWidth?: number;
  /** What the bars count, named under the axis: "Case holders" or "Workers". */
  countName: string;
  /** Drawn at this width while the page prints (see ChartFrame). */
  printWidth?: number;
}

const TEXT_COLOUR = '#0b0c0c';

/** Stacked bars of workers per band, calm on the left, urgent on the right. */
export function SpreadChart({
  rows,
  bands,
  height: fixedHeight,
  labelWidth = 220,
  countName,
  printWidth,
}: SpreadChartProps) {
  const data = rows.map((row) => ({
    name: row.name,
    ...Object.fromEntries(row.counts.map((count, severity) => [`band${severity}`, count])),
  }));
  const height = fixedHeight ?? 54 + rows.length * 34;
  return (
    <ChartFrame height={height} printWidth={printWidth}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 18, left: 8 }}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          allowDecimals={false}
          stroke="#505a5f"
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          label={{
            value: countName,
            position: 'insideBottom',
            offset: -12,
            fill: TEXT_COLOUR,
            fontSize: 12,
          }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          stroke="#505a5f"
          interval={0}
          tick={(props: {
            x?: number | string;
            y?: number | string;
            payload?: { value?: unknown };
          }) => (
            <WrappedAxisTick {...props} room={labelWidth - 12} maxLines={2} orientation="left" />
          )}
        />
        <Tooltip isAnimationActive={false} cursor={{ fill: 'rgba(11, 12, 12, 0.06)' }} />
        {bands.map((band) => (
          <Bar
            key={band.severity}
            dataKey={`band${band.severity}`}
            name={band.label}
            stackId="spread"
            maxBarSize={48}
            fill={bandColour(band.severity, bands.length)}
            stroke="#ffffff"
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
