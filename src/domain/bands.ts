/**
 * Bands: the stretches between caps, from calm to urgent. A band includes
 * its lower edge and excludes its upper edge, so a load exactly on a cap
 * counts in the band above it: 20.0 is in "20–25" and counts as "at 20+".
 * Loads are compared after rounding to one decimal place, the precision
 * people see on screen and the precision DfE publishes.
 */
import { roundToTenth } from '../contract/rounding';
import { capLowerEdge, capThreshold, formatCap, type Cap } from './caps';

export interface Band {
  /** 0 for the calmest band, rising by one per band. */
  severity: number;
  /** Inclusive lower edge. */
  lower: number;
  /** Exclusive upper edge; null for the top band. */
  upper: number | null;
  /** How the band is named to people: "Up to 15", "18–20 target range", "25 and over". */
  label: string;
}

/**
 * The boundary rule in words, with an example from the bands in force: the
 * top of a target range when there is one (the edge people argue over),
 * otherwise the first cap. Under the default caps: "20.0 is in “20–25” and
 * counts as 20+".
 */
export function boundaryRule(bands: readonly Band[]): string {
  const above = bands.slice(1);
  const example =
    above.find((_band, index) => {
      const below = bands[index];
      return below !== undefined && isRangeBand(below);
    }) ?? above[0];
  const instance = example
    ? ` (${example.lower.toFixed(1)} is in “${example.label}” and counts as ${fmt(example.lower)}+)`
    : '';
  return `A caseload exactly on a cap counts in the band above it${instance}. Caseloads are compared at one decimal place.`;
}

/** Derives the bands that lie between and around a valid, ordered list of caps. */
export function bandsFromCaps(caps: readonly Cap[]): Band[] {
  const edges: { value: number; rangeLabel: string | null }[] = [];
  for (const cap of caps) {
    if (cap.kind === 'line') {
      edges.push({ value: cap.value, rangeLabel: null });
    } else {
      edges.push({ value: cap.from, rangeLabel: `${formatCap(cap)} ${cap.label}` });
      edges.push({ value: cap.to, rangeLabel: null });
    }
  }
  const bands: Band[] = [];
  let lower = 0;
  let lowerEdgeRangeLabel: string | null = null;
  for (const edge of edges) {
    bands.push({
      severity: bands.length,
      lower,
      upper: edge.value,
      label:
        lowerEdgeRangeLabel ??
        (lower === 0 ? `Up to ${fmt(edge.value)}` : `${fmt(lower)}–${fmt(edge.value)}`),
    });
    lower = edge.value;
    lowerEdgeRangeLabel = edge.rangeLabel;
  }
  bands.push({ severity: bands.length, lower, upper: null, label: `${fmt(lower)} and over` });
  return bands;
}

/** The band a load falls in, by the boundary rule above. */
export function bandFor(value: number, bands: readonly Band[]): Band {
  const rounded = roundToTenth(value);
  for (const band of bands) {
    if (band.upper === null || rounded < band.upper) return band;
  }
  // bandsFromCaps always ends with an open-topped band, so this is only reached for an empty list.
  throw new Error('bandFor needs at least one band');
}

/**
 * How many loads in an ascending list are below `edge` after rounding, that
 * is, the index of the first at or over it. A binary search: rounding keeps
 * the order, so at national scale a cap or band is counted in about 15 steps
 * rather than one per worker.
 */
export function countBelow(sortedLoads: ArrayLike<number>, edge: number): number {
  let low = 0;
  let high = sortedLoads.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (roundToTenth(sortedLoads[middle] ?? 0) < edge) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many loads fall in each band, as bandFor would place them one by one:
 * a load is in the first band whose upper edge it is below, so the loads in
 * the first k bands are those below the highest upper edge among them.
 */
export function spreadOfSorted(
  sortedLoads: ArrayLike<number>,
  bands: readonly Band[],
): { band: Band; count: number }[] {
  let placed = 0;
  return bands.map((band) => {
    const below = band.upper === null ? sortedLoads.length : countBelow(sortedLoads, band.upper);
    const count = Math.max(0, below - placed);
    placed = Math.max(placed, below);
    return { band, count };
  });
}

/** True when a load counts as at or over a cap, by the boundary rule above. */
export function isAtOrOver(value: number, cap: Cap): boolean {
  return roundToTenth(value) >= capThreshold(cap);
}

/**
 * Where a load sits against one cap, in words: "At or over", "Within the
 * range", "Below". A load on the top of a range is "At or over 20", not
 * "above the range", which would read wrong beside 20.0 and "18–20".
 */
export function capStatus(value: number, cap: Cap): string {
  const rounded = roundToTenth(value);
  if (rounded >= capThreshold(cap)) {
    return cap.kind === 'range' ? `At or over ${fmt(capThreshold(cap))}` : 'At or over';
  }
  if (cap.kind === 'range' && rounded >= capLowerEdge(cap)) return 'Within the range';
  return 'Below';
}

/** A band made from a range cap is named by the range ("18–20 target range"), not by its edges. */
function isRangeBand(band: Band): boolean {
  if (band.upper === null || band.lower === 0) return false;
  return band.label !== `${fmt(band.lower)}–${fmt(band.upper)}`;
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
