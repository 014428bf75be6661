/**
 * The share of counted people at or over each cap, over time: one line per
 * cap, coloured as the band that starts at that cap and told apart by marker
 * shape too. Draws the shares it is given; a missing share is a gap.
 */
import { useMemo } from 'react';
import { Line, LineChart, Tooltip, YAxis, type DotItemDotProps } from 'recharts';
import { bandColour } from '../domain/band-colours';
import { bandFor, type Band } from '../domain/bands';
import { formatMonth } from '../domain/format';
import { LineKey, MARKER_SHAPES, Marker, TOO_FEW_POINTS, type LineStyle } from './trend-marks';
import { ChartFrame } from './chart-frame';
import { lineProps, monthAxis, monthLabel, monthTime, VALUE_AXIS_STYLE } from './trend-axes';

export interface ShareTrendPoint {
  asAt: string;
  /** Per cap: its threshold and the share (0 to 1) at or over it, or null for a gap. */
  overCaps: readonly { threshold: number; share: number | null }[];
}

export interface ShareTrendChartProps {
  points: readonly ShareTrendPoint[];
  /** The cap thresholds to draw, lowest first. */
  thresholds: readonly number[];
  bands: readonly Band[];
  /** Whose shares: "case holders in Assessment Team 1". */
  whoLabel: string;
  height?: number;
  /** Drawn at this width while the page prints (see ChartFrame). */
  printWidth?: number;
}

/** Lines of the share at or over each cap, 0–100%. */
export function ShareTrendChart({
  points,
  thresholds,
  bands,
  whoLabel,
  height = 300,
  printWidth,
}: ShareTrendChartProps) {
  const lines = useMemo(
    () =>
      thresholds.map((threshold, position): LineStyle => ({
        key: `at-${threshold}`,
        label: `At ${trim(threshold)}+`,
        colour: bandColour(bandFor(threshold, bands).severity, bands.length),
        shape: MARKER_SHAPES[position % MARKER_SHAPES.length] ?? 'circle',
        width: 2.5,
      })),
    [thresholds, bands],
  );
  const data = useMemo(
    () =>
      points.map((point) => ({
        asAt: point.asAt,
        time: monthTime(point.asAt),
        ...Object.fromEntries(
          thresholds.map((threshold) => {
            const share = point.overCaps.find((over) => over.threshold === threshold)?.share;
            return [`at-${threshold}`, share == null ? null : Math.round(share * 100)];
          }),
        ),
      })),
    [points, thresholds],
  );
  const withShares = points.filter((point) => point.overCaps.some((over) => over.share !== null));
  if (withShares.length < 2) return <p className="empty-state">{TOO_FEW_POINTS}</p>;

  return (
    <div className="trend-chart">
      <div role="img" aria-label={summariseShares(points, thresholds, whoLabel)}>
        <ChartFrame height={height} printWidth={printWidth}>
          <LineChart
            data={data}
            margin={{ top: 20, right: 150, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            {monthAxis(points.map((point) => point.asAt))}
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(value: number) => `${value}%`}
              {...VALUE_AXIS_STYLE}
            />
            <Tooltip
              isAnimationActive={false}
              labelFormatter={monthLabel}
              formatter={(value, name) => [
                typeof value === 'number' ? `${value}%` : 'No figure',
                lines.find((line) => line.key === name)?.label ?? String(name),
              ]}
            />
            {lines.map((line) => (
              <Line
                key={line.key}
                {...lineProps(line)}
                dot={(props: DotItemDotProps) =>
                  typeof props.cx === 'number' &&
                  typeof props.cy === 'number' &&
                  props.value != null ? (
                    <Marker
                      key={`${line.key}-${props.index}`}
                      shape={line.shape}
                      cx={props.cx}
                      cy={props.cy}
                      colour={line.colour}
                    />
                  ) : (
                    <g key={`${line.key}-${props.index}`} />
                  )
                }
              />
            ))}
          </LineChart>
        </ChartFrame>
      </div>
      <LineKey lines={lines} />
    </div>
  );
}

function summariseShares(
  points: readonly ShareTrendPoint[],
  thresholds: readonly number[],
  whoLabel: string,
): string {
  const parts = thresholds.flatMap((threshold) => {
    const shares = points.flatMap((point) => {
      const share = point.overCaps.find((over) => over.threshold === threshold)?.share;
      return share == null ? [] : [Math.round(share * 100)];
    });
    const first = shares[0];
    const last = shares.at(-1);
    return first === undefined || last === undefined
      ? []
      : [`at ${trim(threshold)}+ from ${first}% to ${last}%`];
  });
  const first = points[0];
  const last = points.at(-1);
  const span = first && last ? `, ${formatMonth(first.asAt)} to ${formatMonth(last.asAt)}` : '';
  return `Share of ${whoLabel} at or over each cap${span}: ${parts.join('; ')}. The table gives every figure.`;
}

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
