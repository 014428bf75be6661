/**
 * What both trend charts (the load and the shares over caps) draw alike: the
 * grid, the time axis (snapshots spaced by the time between them), the value axis's look, the
 * tooltip's heading and each line's settings. Returned as elements and
 * props, not components, because Recharts reads its axes from the chart's
 * own children (as cap-lines.tsx does).
 */
import { CartesianGrid, XAxis } from 'recharts';
import { formatMonth } from '../domain/format';
import { AXIS_COLOUR, TEXT_COLOUR, type LineStyle } from './trend-marks';

const TICK = { fill: TEXT_COLOUR, fontSize: 12 } as const;

/** Room left of the first month and right of the last, inside the plot, so end points are not cut. */
export const MONTH_AXIS_PADDING = 16;

/**
 * A snapshot's date as a point in time, so that the month axis spaces
 * snapshots by the time between them: a year-earlier snapshot beside last
 * month's and this month's sits a year away, not one step away.
 */
export function monthTime(asAt: string): number {
  return Date.parse(`${asAt}T00:00:00Z`);
}

function dateOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The horizontal grid and the month axis along the bottom, one tick per snapshot that fits. */
export function monthAxis(dates: readonly string[]) {
  return [
    <CartesianGrid key="grid" vertical={false} stroke="#e5e6e7" />,
    <XAxis
      key="months"
      dataKey="time"
      type="number"
      scale="time"
      domain={['dataMin', 'dataMax']}
      ticks={dates.map(monthTime)}
      interval="preserveStartEnd"
      tickFormatter={(time: number) => formatMonth(dateOf(time))}
      tick={TICK}
      stroke={AXIS_COLOUR}
      minTickGap={8}
      padding={{ left: MONTH_AXIS_PADDING, right: MONTH_AXIS_PADDING }}
    />,
  ];
}

/** How the value axis looks, whatever it measures. */
export const VALUE_AXIS_STYLE = { stroke: AXIS_COLOUR, tick: TICK, width: 56 } as const;

/** The tooltip's heading: the snapshot's month. */
export function monthLabel(time: unknown): string {
  return typeof time === 'number' ? formatMonth(dateOf(time)) : '';
}

/** A line's settings: its data, colour and width, drawn at once, with gaps left as gaps. */
export function lineProps(line: LineStyle) {
  return {
    dataKey: line.key,
    name: line.key,
    stroke: line.colour,
    strokeWidth: line.width,
    isAnimationActive: false,
    connectNulls: false,
    activeDot: false,
  } as const;
}
