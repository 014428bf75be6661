/**
 * Bars of cases per FTE against the bands. Draws rows it is given; computes
 * no measure. Each bar is a link when it leads somewhere, so a click or
 * Enter on a focused bar drills down.
 *
 * Drawn as plain SVG rather than with Recharts: this chart is on every page
 * and redraws on every cap change and drill-down, and Recharts' general
 * machinery (a store, selectors, text measuring) cost most of those
 * interactions' time. At most 40 bars are drawn (the page pages the rest), so
 * the geometry here is simple arithmetic; see chart-geometry.ts.
 */
import { memo, useMemo, useState, type MouseEvent } from 'react';
import { bandColour } from '../domain/band-colours';
import type { Band } from '../domain/bands';
import type { Cap } from '../domain/caps';
import type { ChartRow } from '../domain/chart-rows';
import { capitalise, formatLoad } from '../domain/format';
import { valueUnit, type ViewMeasure } from '../domain/measure-options';
import { hrefFor, navigate, type ViewSearch } from '../lib/view-search';
import {
  barChartGeometry,
  OWN_CAP_MARK_HALF_HEIGHT,
  spreadApart,
  valueLabelBaseline,
  WRAPPED_NAME_LINES,
  type BarChartGeometry,
} from './chart-geometry';
import { checkScale, cutBarValue } from './check-scale';
import { describeRow } from './describe-row';
import { useElementSize } from './use-element-size';
import { WrappedAxisTick } from './wrapped-axis-tick';

export interface CaseloadChartProps {
  rows: readonly ChartRow[];
  bands: readonly Band[];
  caps: readonly Cap[];
  view: ViewMeasure;
  /** Where a bar leads, or null when bars are not links. */
  linkFor: ((row: ChartRow) => ViewSearch) | null;
  height?: number;
}

const AXIS_COLOUR = '#505a5f';
const GRID_COLOUR = '#e5e6e7';
const TEXT_COLOUR = '#0b0c0c';
const FONT_SIZE = 12;
/** Band names are 13 px: their centres at least this far apart so that none overprints another. */
const BAND_NAME_GAP = 15;

/** The bar chart with bands behind the bars and labelled cap lines, a tooltip and a focus readout. */
export function CaseloadChart({
  rows,
  bands,
  caps,
  view,
  linkFor,
  height = 380,
}: CaseloadChartProps) {
  const [focused, setFocused] = useState<ChartRow | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [container, size] = useElementSize<HTMLDivElement>();
  // Until it is measured (and in jsdom, where nothing has a size), draw at a typical width.
  const width = size.width || 800;
  const data = useMemo(() => rows.filter((row) => row.counted && row.value !== null), [rows]);
  // A bar to check far above the rest is cut rather than allowed to flatten them (check-scale.ts).
  const scale = useMemo(() => checkScale(data, caps), [data, caps]);
  const geometry = useMemo(
    () => barChartGeometry(scale.scaleBars, caps, width, height),
    [scale, caps, width, height],
  );
  const hoveredRow = hovered === null ? undefined : data[hovered];
  // The readout follows the bar by its key, so it shows that bar's figures after a change of caps,
  // and nothing once the chart is another unit's (after a drill-down the bar is gone).
  const focusedRow = focused ? data.find((row) => row.key === focused.key) : undefined;
  const toCheck = data.filter((row) => row.check).length;
  const cutBars = scale.cut.filter(Boolean).length;
  return (
    <div className="caseload-chart" ref={container}>
      <ChartPlot
        data={data}
        bands={bands}
        caps={caps}
        view={view}
        linkFor={linkFor}
        geometry={geometry}
        cut={scale.cut}
        hovered={hovered}
        onHover={setHovered}
        onFocusRow={setFocused}
      />
      {hoveredRow && hovered !== null && (
        <ChartTooltip row={hoveredRow} view={view} at={geometry.tooltipAt(hovered, hoveredRow)} />
      )}
      {toCheck > 0 && (
        <p className="chart-check-note">
          {geometry.labelled
            ? '“check” over a bar: its figure rests on a value far outside the usual (such as more than 60 cases for one worker). It is drawn as sent, because it may be true; check it where the data came from.'
            : `${toCheck === 1 ? '1 bar rests' : `${toCheck} bars rest`} on a value far outside the usual, drawn as sent: the table says which, and what to check.`}
          {cutBars > 0 &&
            ` ${cutBars === 1 ? 'A bar with a white break across it is' : 'Bars with a white break across them are'} too tall to draw to scale with the others, and cut at the top; ${geometry.labelled ? 'the figure above it is its own' : 'the table has the figures'}.`}
        </p>
      )}
      <p className="chart-readout" aria-hidden="true">
        {focusedRow
          ? describeRow(focusedRow, view)
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
  geometry: BarChartGeometry;
  /** For each bar, whether it is cut at the top of the scale (a value to check, far above the rest). */
  cut: readonly boolean[];
  hovered: number | null;
  onHover: (index: number | null) => void;
  onFocusRow: (row: ChartRow | null) => void;
}

// Memoised so that moving focus between bars (which updates the readout) does not redraw the plot.
const ChartPlot = memo(function ChartPlot({
  data,
  bands,
  caps,
  view,
  linkFor,
  geometry: g,
  cut,
  hovered,
  onHover,
  onFocusRow,
}: ChartPlotProps) {
  function onMouseMove(event: MouseEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const index = g.barAt(event.clientX - box.left);
    if (index !== hovered) onHover(index);
  }
  // A cut bar stands where the tallest bar would; every other bar at its own value.
  const drawnValue = (row: ChartRow, index: number) =>
    cut[index] ? cutBarValue(g.top) : (row.value ?? 0);
  // Each band's name at the middle of its band, moved apart where two narrow bands meet.
  const bandNameYs = spreadApart(
    bands.map(
      (band) =>
        (g.y(Math.min(band.upper ?? g.top, g.top)) +
          g.y(Math.min(Math.max(band.lower, 0), g.top))) /
        2,
    ),
    BAND_NAME_GAP,
    g.y(g.top) + BAND_NAME_GAP / 2,
    g.y(0) - BAND_NAME_GAP / 2,
  );
  return (
    <svg
      className="caseload-chart__svg"
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      onMouseMove={onMouseMove}
      onMouseLeave={() => onHover(null)}
    >
      {/* The band names, axes and grid are for the eye: each bar says its own figures and band. */}
      <g className="caseload-chart__bands" aria-hidden="true">
        {bands.map((band, position) => {
          const top = g.y(Math.min(band.upper ?? g.top, g.top));
          const bottom = g.y(Math.max(band.lower, 0));
          return (
            <g key={band.severity}>
              <rect
                x={g.plotLeft}
                y={top}
                width={g.plotWidth}
                height={Math.max(0, bottom - top)}
                fill={bandColour(band.severity, bands.length)}
                fillOpacity={0.1}
              />
              <text
                x={g.plotRight + 5}
                y={bandNameYs[position]}
                fill={TEXT_COLOUR}
                fontSize={13}
                dominantBaseline="central"
              >
                {band.label}
              </text>
            </g>
          );
        })}
      </g>
      <g className="caseload-chart__grid" aria-hidden="true">
        {g.ticks.map((tick) => (
          <line
            key={tick}
            x1={g.plotLeft}
            x2={g.plotRight}
            y1={g.y(tick)}
            y2={g.y(tick)}
            stroke={GRID_COLOUR}
          />
        ))}
      </g>
      {hovered !== null && (
        <rect
          className="caseload-chart__cursor"
          x={g.plotLeft + hovered * g.slot}
          y={g.plotTop}
          width={g.slot}
          height={g.plotHeight}
          fill="rgba(11, 12, 12, 0.06)"
        />
      )}
      <g className="caseload-chart__caps" aria-hidden="true">
        {caps.flatMap((cap) =>
          cap.kind === 'line'
            ? [<CapLine key={`line-${cap.value}`} g={g} value={cap.value} width={2} />]
            : [
                <CapLine key={`from-${cap.from}`} g={g} value={cap.from} width={1} dashed />,
                <CapLine key={`to-${cap.to}`} g={g} value={cap.to} width={2} dashed />,
              ],
        )}
      </g>
      <YAxis g={g} label={capitalise(valueUnit(view))} />
      <XAxis g={g} names={data.map((row) => row.name)} />
      <g className="caseload-chart__bars">
        {data.map((row, index) => (
          <BarMark
            key={row.key}
            row={row}
            index={index}
            drawnValue={drawnValue(row, index)}
            cut={cut[index] ?? false}
            g={g}
            colour={row.band ? bandColour(row.band.severity, bands.length) : AXIS_COLOUR}
            view={view}
            target={linkFor ? linkFor(row) : null}
            onFocusRow={onFocusRow}
          />
        ))}
      </g>
      {data.map((row, index) =>
        row.ownCap === null ? null : (
          <OwnCapMark
            key={row.key}
            cx={g.barCentre(index)}
            cy={g.y(row.ownCap)}
            half={Math.min(16, g.barWidth / 2 + 2, g.slot / 2 - 2)}
          />
        ),
      )}
      {g.labelled && <ValueLabels data={data} g={g} drawnValue={drawnValue} />}
    </svg>
  );
});

/**
 * Each bar's value, and "check" over a bar whose figure rests on a value far
 * outside the usual (a word as well as the bar: never told by colour or
 * height alone). Drawn last, over the own-cap marks and cap lines, with a
 * white edge round each; every edge is drawn before any text, so that at 11
 * bars to a board panel one value's edge never rubs out the next value.
 */
function ValueLabels({
  data,
  g,
  drawnValue,
}: {
  data: readonly ChartRow[];
  g: BarChartGeometry;
  drawnValue: (row: ChartRow, index: number) => number;
}) {
  const values = data.map((row, index) => ({
    key: row.key,
    x: g.barCentre(index),
    y: valueLabelBaseline(
      g.y(drawnValue(row, index)),
      row.ownCap === null ? null : g.y(row.ownCap),
      FONT_SIZE,
    ),
    text: formatLoad(row.value ?? 0),
    check: false,
  }));
  const checks = values.flatMap((value, index) =>
    data[index]?.check
      ? [
          {
            ...value,
            key: `check-${value.key}`,
            y: Math.max(FONT_SIZE, value.y - FONT_SIZE - 1),
            text: 'check',
            check: true,
          },
        ]
      : [],
  );
  const labels = [...values, ...checks];
  const pass = (halo: boolean) =>
    labels.map((label) => (
      <text
        key={label.key}
        className={label.check && !halo ? 'caseload-chart__check' : undefined}
        x={label.x}
        y={label.y}
        textAnchor="middle"
        fontSize={FONT_SIZE}
        fontWeight={label.check ? 700 : undefined}
        {...(halo
          ? { fill: '#ffffff', stroke: '#ffffff', strokeWidth: 6, strokeLinejoin: 'round' as const }
          : { fill: TEXT_COLOUR })}
      >
        {label.text}
      </text>
    ));
  return (
    <g aria-hidden="true">
      <g className="caseload-chart__value-edges">{pass(true)}</g>
      <g className="caseload-chart__values">{pass(false)}</g>
    </g>
  );
}

interface BarMarkProps {
  row: ChartRow;
  index: number;
  /** The height the bar is drawn to: its value, or where a cut bar stops. */
  drawnValue: number;
  cut: boolean;
  g: BarChartGeometry;
  colour: string;
  view: ViewMeasure;
  target: ViewSearch | null;
  onFocusRow: (row: ChartRow | null) => void;
}

/** One bar: a link to the unit or worker it stands for, or a labelled image when it leads nowhere. */
function BarMark({
  row,
  index,
  drawnValue,
  cut,
  g,
  colour,
  view,
  target,
  onFocusRow,
}: BarMarkProps) {
  const top = g.y(drawnValue);
  const rect = (
    <>
      <rect
        x={g.barLeft(index)}
        y={top}
        width={g.barWidth}
        height={Math.max(g.plotBottom - top, 1)}
        fill={colour}
        stroke={TEXT_COLOUR}
        strokeWidth={0.5}
      />
      {cut && <BreakMark left={g.barLeft(index)} width={g.barWidth} y={top + 14} />}
    </>
  );
  if (!target) {
    return (
      <g className="caseload-bar" role="img" aria-label={describeRow(row, view)}>
        {rect}
      </g>
    );
  }
  return (
    <g className="caseload-bar">
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
    </g>
  );
}

/** Two white slants across a cut bar, just under its top: the bar goes on beyond the scale. */
function BreakMark({ left, width, y }: { left: number; width: number; y: number }) {
  const slant = Math.min(5, width / 4);
  return (
    <g className="caseload-chart__break" aria-hidden="true" stroke="#ffffff" strokeWidth={3}>
      {[0, 7].map((offset) => (
        <line
          key={offset}
          x1={left - 2}
          x2={left + width + 2}
          y1={y + offset + slant}
          y2={y + offset - slant}
        />
      ))}
    </g>
  );
}

/** A cap across the plot: solid for a single cap, dashed for the ends of a range. */
function CapLine({
  g,
  value,
  width,
  dashed = false,
}: {
  g: BarChartGeometry;
  value: number;
  width: number;
  dashed?: boolean;
}) {
  if (value > g.top) return null;
  return (
    <line
      x1={g.plotLeft}
      x2={g.plotRight}
      y1={g.y(value)}
      y2={g.y(value)}
      stroke={TEXT_COLOUR}
      strokeWidth={width}
      strokeDasharray={dashed ? '6 4' : undefined}
    />
  );
}

function YAxis({ g, label }: { g: BarChartGeometry; label: string }) {
  return (
    <g className="caseload-chart__y-axis" fontSize={FONT_SIZE} aria-hidden="true">
      <line x1={g.plotLeft} x2={g.plotLeft} y1={g.plotTop} y2={g.plotBottom} stroke={AXIS_COLOUR} />
      {g.ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={g.plotLeft - 6}
            x2={g.plotLeft}
            y1={g.y(tick)}
            y2={g.y(tick)}
            stroke={AXIS_COLOUR}
          />
          <text
            x={g.plotLeft - 8}
            y={g.y(tick)}
            textAnchor="end"
            dominantBaseline="central"
            fill={TEXT_COLOUR}
          >
            {formatLoad(tick).replace(/\.0$/, '')}
          </text>
        </g>
      ))}
      <text
        transform={`translate(${g.plotLeft - 48}, ${(g.plotTop + g.plotBottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fill={TEXT_COLOUR}
      >
        {label}
      </text>
    </g>
  );
}

/** The names under the bars: wrapped when few, slanted when more, left off when many. */
function XAxis({ g, names }: { g: BarChartGeometry; names: readonly string[] }) {
  const labelTop = g.plotBottom + 8;
  return (
    <g className="caseload-chart__x-axis" fontSize={FONT_SIZE} aria-hidden="true">
      <line
        x1={g.plotLeft}
        x2={g.plotRight}
        y1={g.plotBottom}
        y2={g.plotBottom}
        stroke={AXIS_COLOUR}
      />
      {names.map((name, index) => {
        const x = g.barCentre(index);
        return (
          <g key={`${index}-${name}`}>
            <line x1={x} x2={x} y1={g.plotBottom} y2={g.plotBottom + 6} stroke={AXIS_COLOUR} />
            {g.nameStyle === 'wrapped' ? (
              <WrappedAxisTick
                x={x}
                y={labelTop}
                payload={{ value: name }}
                room={g.slot * 0.92}
                maxLines={WRAPPED_NAME_LINES}
                orientation="bottom"
              />
            ) : g.nameStyle === 'slanted' ? (
              <text
                transform={`translate(${x}, ${labelTop}) rotate(-35)`}
                textAnchor="end"
                dy="0.71em"
                fill={TEXT_COLOUR}
              >
                {shorten(name, 22)}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

function ChartTooltip({
  row,
  view,
  at,
}: {
  row: ChartRow;
  view: ViewMeasure;
  at: { left: number; top: number; side: 'left' | 'right' };
}) {
  return (
    <div
      className="chart-tooltip caseload-chart__tooltip"
      style={{
        top: at.top,
        ...(at.side === 'right' ? { left: at.left } : { right: `calc(100% - ${at.left}px)` }),
      }}
    >
      <p className="chart-tooltip__name">{row.name}</p>
      <p>{describeRow(row, view, { withName: false })}</p>
    </div>
  );
}

/** A worker's own cap: a short bar across their bar, a little wider, white-edged to show on any band colour. */
function OwnCapMark({ cx, cy, half }: { cx: number; cy: number; half: number }) {
  return (
    <g aria-hidden="true" className="own-cap-mark">
      <line
        x1={cx - half}
        x2={cx + half}
        y1={cy}
        y2={cy}
        stroke="#ffffff"
        strokeWidth={OWN_CAP_MARK_HALF_HEIGHT * 2}
      />
      <line x1={cx - half} x2={cx + half} y1={cy} y2={cy} stroke={TEXT_COLOUR} strokeWidth={3} />
    </g>
  );
}

function shorten(name: string, maxLength: number): string {
  return name.length > maxLength ? `${name.slice(0, maxLength - 1)}…` : name;
}
