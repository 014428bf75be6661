/**
 * Where everything on the caseload bar chart goes, worked out once per draw:
 * the plot's edges, the value scale, each bar's slot and the axis ticks. Pure
 * arithmetic, no DOM, so it is tested on its own.
 */
import { capLowerEdge, capThreshold, type Cap } from '../domain/caps';

/** Room around the plot: the band names sit in the right margin. */
export const CHART_MARGIN = { top: 20, right: 150, bottom: 8, left: 8 } as const;
const Y_AXIS_WIDTH = 56;
/** Widest a bar is drawn, however few there are. */
export const MAX_BAR_WIDTH = 56;
/** More bars than this have no room for names or value labels. */
const MANY_BARS = 24;
/** This many bars or fewer have room to wrap their names on to lines. */
const FEW_BARS = 6;
/** Narrowest slot a value label ("24.0" at 12 px) fits above its bar without touching the next. */
const LABEL_ROOM = 30;
/** Narrowest slot a slanted name fits in: 12 px text at 35° needs 12 / sin 35° ≈ 21 px across. */
const SLANTED_NAME_ROOM = 22;
/**
 * Slots this wide wrap names under the bar whatever the count: about 12
 * characters a line, so "Yorkshire and The Humber" reads whole on three lines.
 */
const WRAPPED_NAME_ROOM = 90;
/** Lines a wrapped name may take: "Child in / Need and / Child / Protection" in a 70 px slot. */
export const WRAPPED_NAME_LINES = 4;

export interface BarValue {
  value: number | null;
  ownCap: number | null;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  /** The top of the value axis. */
  top: number;
  /** Values with a tick and a grid line: 0, each cap's edges, and the top. */
  ticks: readonly number[];
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  plotWidth: number;
  plotHeight: number;
  /** The width each bar has, gaps included. */
  slot: number;
  barWidth: number;
  /** Whether bars carry value labels: when there is room for them. */
  labelled: boolean;
  nameStyle: 'wrapped' | 'slanted' | 'none';
  /** The pixel height of a value. */
  y(value: number): number;
  barLeft(index: number): number;
  barCentre(index: number): number;
  /** The bar under a horizontal position in the chart, or null outside the plot. */
  barAt(x: number): number | null;
  /** Where a bar's tooltip goes: beside the bar, on whichever side has room. */
  tooltipAt(index: number, bar: BarValue): { left: number; top: number; side: 'left' | 'right' };
}

/** The top of the value axis: above the highest bar and the highest cap, on a multiple of 5. */
export function valueAxisTop(bars: readonly BarValue[], caps: readonly Cap[]): number {
  const highestValue = Math.max(0, ...bars.map((bar) => Math.max(bar.value ?? 0, bar.ownCap ?? 0)));
  const highestCap = Math.max(0, ...caps.map(capThreshold));
  return Math.ceil((Math.max(highestValue * 1.08, highestCap + 5) + 0.001) / 5) * 5;
}

/**
 * The most bars a chart this wide can draw with every bar's name and value
 * beside it (slanted names, value labels over the bars), and never fewer
 * than the few that wrap their names whole. The board draws no more than
 * this, highest first, so a slide stays readable; its table has the rest.
 */
export function barsWithNamesFor(width: number): number {
  const plotWidth = width - CHART_MARGIN.left - Y_AXIS_WIDTH - CHART_MARGIN.right;
  return Math.max(FEW_BARS, Math.min(MANY_BARS, Math.floor(plotWidth / LABEL_ROOM)));
}

export function barChartGeometry(
  bars: readonly BarValue[],
  caps: readonly Cap[],
  width: number,
  height: number,
): BarChartGeometry {
  const count = Math.max(1, bars.length);
  const many = bars.length > MANY_BARS;
  const few = bars.length <= FEW_BARS;
  const plotLeft = CHART_MARGIN.left + Y_AXIS_WIDTH;
  const plotRight = Math.max(plotLeft + count, width - CHART_MARGIN.right);
  const plotWidth = plotRight - plotLeft;
  const slot = plotWidth / count;
  // Names and value labels only where they fit: at a narrow width they would run into each
  // other. The table beside the chart has every name and value.
  const nameStyle =
    few || slot >= WRAPPED_NAME_ROOM
      ? 'wrapped'
      : !many && slot >= SLANTED_NAME_ROOM
        ? 'slanted'
        : 'none';
  const labelled = !many && slot >= LABEL_ROOM;
  // Wrapped: 8 px gap, then four 14 px lines. Slanted: 26 characters at 35°.
  const xAxisHeight = nameStyle === 'wrapped' ? 70 : nameStyle === 'slanted' ? 110 : 40;
  const top = valueAxisTop(bars, caps);
  const ticks = [
    ...new Set([0, ...caps.flatMap((cap) => [capLowerEdge(cap), capThreshold(cap)]), top]),
  ]
    .filter((tick) => tick <= top)
    .sort((a, b) => a - b);
  const plotTop = CHART_MARGIN.top;
  const plotBottom = Math.max(plotTop + 1, height - CHART_MARGIN.bottom - xAxisHeight);
  const plotHeight = plotBottom - plotTop;
  // Many bars keep a 2 px gap each side; fewer keep 18% of their slot each side.
  const gap = many ? Math.min(2, slot / 4) : slot * 0.18;
  const barWidth = Math.max(1, Math.min(MAX_BAR_WIDTH, slot - 2 * gap));
  const y = (value: number) => plotBottom - (Math.min(Math.max(value, 0), top) / top) * plotHeight;
  const barCentre = (index: number) => plotLeft + (index + 0.5) * slot;
  return {
    width,
    height,
    top,
    ticks,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    plotWidth,
    plotHeight,
    slot,
    barWidth,
    labelled,
    nameStyle,
    y,
    barLeft: (index) => barCentre(index) - barWidth / 2,
    barCentre,
    barAt(x) {
      if (x < plotLeft || x >= plotRight || bars.length === 0) return null;
      return Math.min(bars.length - 1, Math.floor((x - plotLeft) / slot));
    },
    tooltipAt(index, bar) {
      const centre = barCentre(index);
      const side = centre < width / 2 ? 'right' : 'left';
      const offset = barWidth / 2 + 12;
      return {
        left: side === 'right' ? centre + offset : centre - offset,
        top: Math.max(0, y(Math.max(bar.value ?? 0, bar.ownCap ?? 0)) - 24),
        side,
      };
    },
  };
}

/**
 * Moves labels apart so that no two centres are closer than `gap`, keeping
 * their order, each group of crowded labels centred on where its labels
 * want to be, and all within [low, high] where there is room. Band names sit
 * at the middle of their band, and two narrow bands (15–18 and 18–20 on a
 * short chart) would otherwise print one name over the other. Centres in any
 * order; the result is in the same order.
 */
export function spreadApart(
  centres: readonly number[],
  gap: number,
  low: number,
  high: number,
): number[] {
  const labels = centres
    .map((centre, index) => ({ centre, index }))
    .sort((a, b) => a.centre - b.centre);
  // Groups of labels laid a gap apart; `start` is where the first of them goes.
  const groups: { start: number; labels: { centre: number; index: number }[] }[] = [];
  for (const label of labels) {
    let group = { start: label.centre, labels: [label] };
    // Merge with the group above while they overlap, centring the merged group on its labels.
    for (let above = groups.pop(); above; above = groups.pop()) {
      if (above.start + above.labels.length * gap <= group.start) {
        groups.push(above);
        break;
      }
      const merged = [...above.labels, ...group.labels];
      const start =
        merged.reduce((sum, { centre }, rank) => sum + centre - rank * gap, 0) / merged.length;
      group = { start, labels: merged };
    }
    groups.push(group);
  }
  // Inside the edges: pushed up from the bottom first, so the top edge wins when crowded.
  let floor = high;
  for (const group of [...groups].reverse()) {
    group.start = Math.min(group.start, floor - (group.labels.length - 1) * gap);
    floor = group.start - gap;
  }
  let ceiling = low;
  for (const group of groups) {
    group.start = Math.max(group.start, ceiling);
    ceiling = group.start + group.labels.length * gap;
  }
  const result = new Array<number>(centres.length).fill(0);
  for (const group of groups) {
    group.labels.forEach(({ index }, rank) => {
      result[index] = group.start + rank * gap;
    });
  }
  return result;
}

/**
 * The value-axis ticks whose labels do not run into each other at this plot
 * height: from the top down, a tick closer than `minGap` px to the last one
 * kept is left out (its cap line and band name still show where it is). On
 * paper a trend is short, and 18 and 20 would print one over the other.
 */
export function legibleTicks(
  ticks: readonly number[],
  top: number,
  plotHeight: number,
  minGap = 14,
): number[] {
  if (top <= 0 || plotHeight <= 0) return [...ticks];
  const pixelsPerUnit = plotHeight / top;
  const kept: number[] = [];
  for (const tick of [...ticks].sort((a, b) => b - a)) {
    const last = kept.at(-1);
    if (last === undefined || (last - tick) * pixelsPerUnit >= minGap) kept.push(tick);
  }
  return kept.reverse();
}

/** Half the height of a worker's own-cap mark, white edge included. */
export const OWN_CAP_MARK_HALF_HEIGHT = 3;

/**
 * The baseline of a bar's value label: 5 px above the bar, or, when the
 * worker's own-cap mark would cross the label (a worker just under their own
 * cap), just above that mark, so neither hides the other. Never above the
 * top of the chart.
 */
export function valueLabelBaseline(
  barTop: number,
  ownCapY: number | null,
  fontSize: number,
): number {
  const baseline = barTop - 5;
  if (ownCapY === null) return baseline;
  const markTop = ownCapY - OWN_CAP_MARK_HALF_HEIGHT;
  const markBottom = ownCapY + OWN_CAP_MARK_HALF_HEIGHT;
  const crosses = markBottom > baseline - fontSize && markTop < baseline + 1;
  return crosses ? Math.max(fontSize, markTop - 2) : baseline;
}
