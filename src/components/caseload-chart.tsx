/**
 * Bars of cases per FTE against the bands. Draws rows it is given; computes
 * no measure. Each bar is a link when it leads somewhere, so a click or
 * Enter on a focused bar drills down.
 */
import { memo, useMemo, useState, type MouseEvent } from 'react';
import {
  Bar,
  ComposedChart,
  Scatter,
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { capLines } from './cap-lines';
import { bandColour } from '../domain/band-colours';
import type { Band } from '../domain/bands';
import { capLowerEdge, capThreshold, type Cap } from '../domain/caps';
import type { ChartRow } from '../domain/chart-rows';
import { formatLoad } from '../domain/format';
import { valueUnit, type ViewMeasure } from '../domain/measure-options';
import { hrefFor, navigate, type ViewSearch } from '../lib/view-search';
import { describeRow } from './describe-row';
import { WrappedAxisTick } from './wrapped-axis-tick';

export interface CaseloadChartProps {
  rows: readonly ChartRow[];
  bands: readonly Band[];
  caps: readonly Cap[];
  /** Where a bar leads, or null when bars are not links. */
  view: ViewMeasure;
  linkFor: ((row: ChartRow) => ViewSearch) | null;
  height?: number;
}

const AXIS_COLOUR = '#505a5f';
const MARGIN = { top: 20, right: 150, bottom: 8, left: 8 };
const TEXT_COLOUR = '#0b0c0c';

/** The bar chart with bands behind the bars and labelled cap lines, and a focus readout. */
export function CaseloadChart({
  rows,
  bands,
  caps,
  view,
  linkFor,
  height = 380,
}: CaseloadChartProps) {
  const [focused, setFocused] = useState<ChartRow | null>(null);
  const data = useMemo(() => rows.filter((row) => row.counted && row.value !== null), [rows]);
  return (
    <div className="caseload-chart">
      <ChartPlot
        data={data}
        bands={bands}
        caps={caps}
        view={view}
        linkFor={linkFor}
        height={height}
        onFocusRow={setFocused}
      />
      <p className="chart-readout" aria-hidden="true">
        {focused
          ? describeRow(focused, view)
          : linkFor
            ? 'Select a bar, or tab to it and press Enter, to open it.'
            : ''}
      </p>
    </div>
  );
}

interface ChartPlotProps {
  data: readonly ChartRow[];
  bands: readonly Band[];
  caps: readonly Cap[];
  view: ViewMeasure;
  linkFor: ((row: ChartRow) => ViewSearch) | null;
  height: number;
  onFocusRow: (row: ChartRow | null) => void;
}

// Memoised so that moving focus between bars (which updates the readout) does
// not re-render the plot: a re-render replaces the bar under a pressed mouse
// button, and the click would be lost.
const ChartPlot = memo(function ChartPlot({
  data,
  bands,
  caps,
  view,
  linkFor,
  height,
  onFocusRow,
}: ChartPlotProps) {
  const top = yAxisTop(data, caps);
  const ticks = [
    ...new Set([0, ...caps.flatMap((cap) => [capLowerEdge(cap), capThreshold(cap)]), top]),
  ].sort((a, b) => a - b);
  const manyBars = data.length > 24;
  const fewBars = data.length <= 6;
  const [plotWidth, setPlotWidth] = useState(800);
  // The room one bar's label has: the plot's width (less the axis and the band names) per bar.
  const barRoom = Math.max(
    24,
    (plotWidth - MARGIN.left - MARGIN.right - 56) / Math.max(1, data.length),
  );

  function renderBar(props: BarShapeProps) {
    const row = data[props.index];
    if (!row) return <g />;
    const colour = row.band ? bandColour(row.band.severity, bands.length) : AXIS_COLOUR;
    const rect = (
      <rect
        x={props.x}
        y={props.y}
        width={Math.max(props.width, 1)}
        height={Math.max(props.height, 1)}
        fill={colour}
        stroke={TEXT_COLOUR}
        strokeWidth={0.5}
      />
    );
    if (!linkFor) {
      return (
        <g role="img" aria-label={describeRow(row, view)}>
          {rect}
        </g>
      );
    }
    const target = linkFor(row);
    return (
      <a
        href={hrefFor(target)}
        aria-label={`${describeRow(row, view)} Open ${row.name}.`}
        className="chart-bar-link"
        onFocus={() => onFocusRow(row)}
        onBlur={() => onFocusRow(null)}
        onClick={(event: MouseEvent) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          navigate(target);
        }}
      >
        {rect}
      </a>
    );
  }

  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 800, height }}
      onResize={(width) => setPlotWidth(width)}
    >
      <ComposedChart
        data={data}
        margin={MARGIN}
        accessibilityLayer={false}
        barCategoryGap={manyBars ? 2 : '18%'}
      >
        {bands.map((band) => (
          <ReferenceArea
            key={band.severity}
            y1={band.lower}
            y2={band.upper ?? top}
            fill={bandColour(band.severity, bands.length)}
            fillOpacity={0.1}
            ifOverflow="hidden"
            label={{ value: band.label, position: 'right', fill: TEXT_COLOUR, fontSize: 13 }}
          />
        ))}
        <CartesianGrid vertical={false} stroke="#e5e6e7" />
        <XAxis
          dataKey="name"
          interval={0}
          tick={
            manyBars
              ? false
              : fewBars
                ? (props: {
                    x?: number | string;
                    y?: number | string;
                    payload?: { value?: unknown };
                  }) => (
                    // Few bars have room to wrap their names: wrapped lines never overlap.
                    <WrappedAxisTick
                      {...props}
                      room={barRoom * 0.92}
                      maxLines={3}
                      orientation="bottom"
                    />
                  )
                : { fill: TEXT_COLOUR, fontSize: 12 }
          }
          tickFormatter={(name: string) => shorten(name, 22)}
          angle={fewBars ? 0 : -35}
          textAnchor={fewBars ? 'middle' : 'end'}
          height={fewBars ? 56 : manyBars ? 40 : 110}
          stroke={AXIS_COLOUR}
        />
        <YAxis
          domain={[0, top]}
          ticks={ticks}
          interval={0}
          allowDataOverflow
          stroke={AXIS_COLOUR}
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          width={56}
          label={{
            value: capitalise(valueUnit(view)),
            angle: -90,
            position: 'insideLeft',
            fill: TEXT_COLOUR,
            fontSize: 12,
          }}
        />
        {capLines(caps, 2)}
        <Tooltip
          content={(props) => <ChartTooltip {...props} view={view} />}
          cursor={{ fill: 'rgba(11, 12, 12, 0.06)' }}
          isAnimationActive={false}
        />
        <Bar dataKey="value" isAnimationActive={false} shape={renderBar} maxBarSize={56}>
          {!manyBars && (
            <LabelList
              dataKey="value"
              position="top"
              formatter={(value) => (typeof value === 'number' ? formatLoad(value) : '')}
              fill={TEXT_COLOUR}
              fontSize={12}
            />
          )}
        </Bar>
        <Scatter
          dataKey="ownCap"
          isAnimationActive={false}
          legendType="none"
          shape={(props: { cx?: number; cy?: number }) => (
            <OwnCapMark cx={props.cx} cy={props.cy} wide={!manyBars} />
          )}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});

function ChartTooltip({ active, payload, view }: TooltipContentProps & { view: ViewMeasure }) {
  const row = payload[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__name">{row.name}</p>
      <p>{describeRow(row, view, { withName: false })}</p>
    </div>
  );
}

/** A worker's own cap: a short bar across their bar, white-edged to show on any band colour. */
function OwnCapMark({
  cx,
  cy,
  wide,
}: {
  cx: number | undefined;
  cy: number | undefined;
  wide: boolean;
}) {
  if (cx === undefined || cy === undefined) return <g />;
  const half = wide ? 16 : 4;
  return (
    <g aria-hidden="true" className="own-cap-mark">
      <line x1={cx - half} x2={cx + half} y1={cy} y2={cy} stroke="#ffffff" strokeWidth={6} />
      <line x1={cx - half} x2={cx + half} y1={cy} y2={cy} stroke={TEXT_COLOUR} strokeWidth={3} />
    </g>
  );
}

/** The top of the value axis: above the highest bar and the highest cap, on a multiple of 5. */
function yAxisTop(rows: readonly ChartRow[], caps: readonly Cap[]): number {
  const highestValue = Math.max(0, ...rows.map((row) => Math.max(row.value ?? 0, row.ownCap ?? 0)));
  const highestCap = Math.max(0, ...caps.map(capThreshold));
  return Math.ceil((Math.max(highestValue * 1.08, highestCap + 5) + 0.001) / 5) * 5;
}

function shorten(name: string, maxLength: number): string {
  return name.length > maxLength ? `${name.slice(0, maxLength - 1)}…` : name;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
