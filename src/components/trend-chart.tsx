/**
 * A load over time: one point per snapshot against the bands and caps, with
 * an optional own-cap step line (a worker's pro rata or protected cap) and
 * optional reference lines (England, a region). Draws the points it is
 * given and computes no measure. A missing point is a gap in the line.
 */
import { cloneElement, useMemo } from 'react';
import {
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  YAxis,
  type DotItemDotProps,
} from 'recharts';
import { capLines } from './cap-lines';
import { bandColour } from '../domain/band-colours';
import type { Band } from '../domain/bands';
import { capLowerEdge, capThreshold, type Cap } from '../domain/caps';
import { formatLoad, formatMonth } from '../domain/format';
import {
  LineKey,
  Marker,
  TEXT_COLOUR,
  tooFewPointsText,
  axisTop,
  type LineStyle,
} from './trend-marks';
import {
  lineProps,
  MONTH_AXIS_PADDING,
  monthAxis,
  monthLabel,
  monthTime,
  VALUE_AXIS_STYLE,
} from './trend-axes';
import { legibleTicks, spreadApart } from './chart-geometry';
import { referenceLook, seriesLooks } from './series-looks';
import { usePrinting } from './use-printing';

/** One snapshot's value; null is a gap (not loaded, absent, nothing to divide). */
export interface TrendChartPoint {
  asAt: string;
  value: number | null;
  /** The worker's own cap at that date, for the own-cap line. */
  ownCap?: number | null;
}

/** A line to compare with, such as England's or the region's caseload, by snapshot date. */
export interface TrendReference {
  key: string;
  label: string;
  /** Values by YYYY-MM-DD snapshot date; a missing or null date is a gap. */
  values: Readonly<Record<string, number | null>>;
  /** Where the values come from, said in the key. */
  source: string;
}

export interface TrendChartProps {
  points: readonly TrendChartPoint[];
  /** Whose trend this is: "Assessment Team 1". */
  seriesLabel: string;
  /** What the values measure: "Cases per FTE". */
  valueLabel: string;
  bands: readonly Band[];
  caps: readonly Cap[];
  /** When set, draws each point's ownCap as a step line with this name. */
  ownCapLabel?: string;
  references?: readonly TrendReference[];
  height?: number;
  /** For a narrow panel (the board): less room for band names, and the key without its sources. */
  compact?: boolean;
  /**
   * The size to draw at on paper, in CSS pixels. Without it the chart keeps
   * measuring its container, which a printout catches at the screen's width.
   */
  printSize?: { width: number; height: number };
}

const OWN_CAP_COLOUR = TEXT_COLOUR;
const MARGIN = { top: 20, bottom: 8, left: 8 } as const;
/** Recharts' default height for the month axis under the plot. */
const MONTH_AXIS_HEIGHT = 30;
type Row = Record<string, number | string | null>;

/** The load over time, bands behind, caps as lines, with a key; a message when too few points. */
export function TrendChart({
  points,
  seriesLabel,
  valueLabel,
  bands,
  caps,
  ownCapLabel,
  references = [],
  height = 340,
  compact = false,
  printSize,
}: TrendChartProps) {
  const printing = usePrinting(printSize !== undefined);
  const lines = useMemo(
    () => lineStyles(seriesLabel, ownCapLabel, references),
    [seriesLabel, ownCapLabel, references],
  );
  // England's and the region's lines share one source: said once, under the key.
  const sources = useMemo(
    () => [...new Set(references.map((reference) => reference.source))],
    [references],
  );
  const data = useMemo<Row[]>(
    () =>
      points.map((point) => ({
        asAt: point.asAt,
        time: monthTime(point.asAt),
        value: point.value,
        ownCap: point.ownCap ?? null,
        ...Object.fromEntries(
          references.map((reference) => [
            `ref-${reference.key}`,
            reference.values[point.asAt] ?? null,
          ]),
        ),
      })),
    [points, references],
  );
  const labelsBelow = useMemo(() => lowerReferenceLabels(data, references), [data, references]);
  const known = points.filter((point) => point.value !== null);
  if (known.length < 2) {
    return <p className="empty-state">{tooFewPointsText(points.length, known.length)}</p>;
  }

  const plotted = data.flatMap((row) =>
    lines.flatMap((line) => {
      const value = row[line.key];
      return typeof value === 'number' ? [value] : [];
    }),
  );
  const top = axisTop(plotted, Math.max(0, ...caps.map(capThreshold)));
  const drawnHeight = printing && printSize ? printSize.height : height;
  const ticks = legibleTicks(
    [...new Set([0, ...caps.flatMap((cap) => [capLowerEdge(cap), capThreshold(cap)]), top])],
    top,
    drawnHeight - MARGIN.top - MARGIN.bottom - MONTH_AXIS_HEIGHT,
  );

  const chart = (
    <LineChart
      data={data}
      margin={{ ...MARGIN, right: compact ? 120 : 166 }}
      accessibilityLayer={false}
    >
      {bands.map((band, position) => (
        <ReferenceArea
          key={band.severity}
          y1={band.lower}
          y2={band.upper ?? top}
          fill={bandColour(band.severity, bands.length)}
          fillOpacity={0.1}
          ifOverflow="hidden"
          label={(props: { viewBox?: unknown }) => (
            <BandName
              box={props.viewBox}
              bands={bands}
              position={position}
              top={top}
              fontSize={compact ? 11 : 13}
            />
          )}
        />
      ))}
      {monthAxis(points.map((point) => point.asAt))}
      <YAxis
        domain={[0, top]}
        ticks={ticks}
        interval={0}
        allowDataOverflow
        {...VALUE_AXIS_STYLE}
        label={{
          value: valueLabel,
          angle: -90,
          position: 'insideLeft',
          // Centred on the axis: from its middle upwards, a short chart (on paper) cut it off.
          textAnchor: 'middle',
          fill: TEXT_COLOUR,
          fontSize: 12,
        }}
      />
      {capLines(caps)}
      <Tooltip
        isAnimationActive={false}
        labelFormatter={monthLabel}
        formatter={(value, name) => [
          typeof value === 'number' ? formatLoad(value) : 'No figure',
          lines.find((line) => line.key === name)?.label ?? String(name),
        ]}
      />
      {lines.map((line) => (
        <Line
          key={line.key}
          {...lineProps(line)}
          type={line.key === 'ownCap' ? 'stepAfter' : 'linear'}
          strokeDasharray={line.dash}
          dot={(props: DotItemDotProps) => (
            <PointMark
              key={`${line.key}-${props.index}`}
              props={props}
              line={line}
              endLabel={
                // A narrow panel has no room to name lines at their ends: its key names them.
                !compact && line.key.startsWith('ref-') ? lastIndexWithValue(data, line.key) : -1
              }
              labelBelow={labelsBelow.has(line.key)}
            />
          )}
        />
      ))}
    </LineChart>
  );

  return (
    <div className="trend-chart">
      <div role="img" aria-label={summarise(points, seriesLabel, valueLabel, references)}>
        {printing && printSize ? (
          cloneElement(chart, printSize)
        ) : (
          <ResponsiveContainer
            width="100%"
            height={height}
            initialDimension={{ width: 800, height }}
          >
            {chart}
          </ResponsiveContainer>
        )}
      </div>
      <LineKey lines={lines}>
        {!compact && sources.length > 0 && (
          <p className="trend-key__note">
            {sources.length === 1 ? 'Source of the DfE lines' : 'Sources of the DfE lines'}:{' '}
            {sources.join(' ')}
          </p>
        )}
      </LineKey>
    </div>
  );
}

/**
 * A band's name in the right margin, at the middle of its band, moved apart
 * from its neighbours' where narrow bands would put one name over another.
 * Recharts gives each band's label only its own band's box; the axis is
 * linear, so that box is enough to place every band, and each name works
 * out the same spread.
 */
function BandName({
  box,
  bands,
  position,
  top,
  fontSize,
}: {
  box: unknown;
  bands: readonly Band[];
  position: number;
  top: number;
  fontSize: number;
}) {
  const band = bands[position];
  if (!band || !isBox(box)) return null;
  const upper = (entry: Band) => Math.min(entry.upper ?? top, top);
  const span = upper(band) - band.lower;
  if (span <= 0) return null;
  const perUnit = box.height / span;
  const zero = box.y + box.height + band.lower * perUnit;
  const gap = fontSize + 2;
  const centres = bands.map((entry) => zero - ((entry.lower + upper(entry)) / 2) * perUnit);
  const y = spreadApart(centres, gap, zero - top * perUnit + gap / 2, zero - gap / 2)[position];
  return (
    <text
      // The band's box ends at the last month; the cap lines run on through the axis's padding.
      x={box.x + box.width + MONTH_AXIS_PADDING + 5}
      y={y}
      fill={TEXT_COLOUR}
      fontSize={fontSize}
      dominantBaseline="central"
    >
      {band.label}
    </text>
  );
}

function isBox(value: unknown): value is { x: number; y: number; width: number; height: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, width, height } = value as Record<string, unknown>;
  return [x, y, width, height].every((part) => typeof part === 'number');
}

/** A point's marker; on a reference line's last point, its name too, so the line is labelled at its end. */
function PointMark({
  props,
  line,
  endLabel,
  labelBelow,
}: {
  props: DotItemDotProps;
  line: LineStyle;
  endLabel: number;
  /** Below the line rather than above, so two close lines' names do not overprint. */
  labelBelow: boolean;
}) {
  const { cx, cy, index } = props;
  if (typeof cx !== 'number' || typeof cy !== 'number' || props.value == null) return <g />;
  return (
    <g>
      <Marker shape={line.shape} cx={cx} cy={cy} colour={line.colour} />
      {index === endLabel && (
        <text
          x={cx - 8}
          y={labelBelow ? cy + 18 : cy - 10}
          textAnchor="end"
          fill={TEXT_COLOUR}
          fontSize={12}
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {line.label}
        </text>
      )}
    </g>
  );
}

/**
 * The reference lines whose end labels go below their line: every one but
 * the highest at its end, so England's and the region's names, often a few
 * tenths apart, sit on either side of the pair instead of on top of each other.
 */
function lowerReferenceLabels(
  data: readonly Row[],
  references: readonly TrendReference[],
): ReadonlySet<string> {
  const ends = references.flatMap((reference) => {
    const key = `ref-${reference.key}`;
    const value = data[lastIndexWithValue(data, key)]?.[key];
    return typeof value === 'number' ? [{ key, value }] : [];
  });
  ends.sort((a, b) => b.value - a.value);
  return new Set(ends.slice(1).map((end) => end.key));
}

function lastIndexWithValue(data: readonly Row[], key: string): number {
  for (let position = data.length - 1; position >= 0; position--) {
    if (typeof data[position]?.[key] === 'number') return position;
  }
  return -1;
}

function lineStyles(
  seriesLabel: string,
  ownCapLabel: string | undefined,
  references: readonly TrendReference[],
): LineStyle[] {
  const main: LineStyle = {
    key: 'value',
    label: seriesLabel,
    colour: seriesLooks.own.colour,
    shape: seriesLooks.own.shape,
    width: 3,
  };
  const ownCap: LineStyle[] = ownCapLabel
    ? [{ key: 'ownCap', label: ownCapLabel, colour: OWN_CAP_COLOUR, shape: 'dash', width: 2 }]
    : [];
  const referenceLines = references.map((reference): LineStyle => {
    const look = referenceLook(reference.key);
    return {
      key: `ref-${reference.key}`,
      label: reference.label,
      colour: look.colour,
      shape: look.shape,
      dash: look.dash,
      pattern: look.pattern ?? undefined,
      width: 2,
    };
  });
  return [main, ...ownCap, ...referenceLines];
}

/** What the chart shows, in one sentence, for people who cannot see it. */
export function summarise(
  points: readonly TrendChartPoint[],
  seriesLabel: string,
  valueLabel: string,
  references: readonly TrendReference[],
): string {
  const known = points.filter(
    (point): point is TrendChartPoint & { value: number } => point.value !== null,
  );
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return `${valueLabel} for ${seriesLabel}: no figures yet.`;
  const highest = known.reduce((top, point) => (point.value > top.value ? point : top), first);
  const gaps = points.length - known.length;
  return [
    `${valueLabel} for ${seriesLabel}, ${formatMonth(first.asAt)} to ${formatMonth(last.asAt)}:`,
    `from ${formatLoad(first.value)} to ${formatLoad(last.value)};`,
    `highest ${formatLoad(highest.value)} in ${formatMonth(highest.asAt)}.`,
    gaps > 0 ? `${gaps} ${gaps === 1 ? 'date has' : 'dates have'} no figure.` : '',
    references.length > 0
      ? `Compared with ${references.map((reference) => reference.label).join(' and ')}.`
      : '',
    'The table gives every figure.',
  ]
    .filter((part) => part !== '')
    .join(' ');
}
