/**
 * A unit's or a worker's figures across the snapshots loaded so far, and this
 * snapshot against the previous one and the same month a year earlier.
 * Caps live in the browser, not in the snapshots, so every earlier snapshot
 * is measured against today's caps: a change in caps never shows up as a
 * change in the figures. A date that is missing, still loading, or where the
 * unit or worker was not present is a gap, never a zero.
 */
import { tenths } from '../contract/rounding';
import { bandFor, type Band } from './bands';
import { capThreshold, type Cap } from './caps';
import type { EarlierValue, Period } from './change';
import type { OrgIndex } from './org-index';
import type { SnapshotHistory } from './snapshot-history';
import { unitFigures, type UnitFigures } from './unit-figures';
import { workerLoad, type LoadSettings } from './worker-load';

/** Why a point has a value or not. */
export type PointStatus = 'ok' | 'no-load' | 'absent' | 'loading' | 'failed';

export interface ComparisonDates {
  /** The latest snapshot before this one, or null. */
  previous: string | null;
  /** The snapshot in the same month one year earlier, or null. */
  yearEarlier: string | null;
}

/** The snapshot before `asAt`, and the one in the same month a year earlier (if there is one). */
export function comparisonDates(dates: readonly string[], asAt: string): ComparisonDates {
  const earlier = dates.filter((date) => date < asAt).sort();
  const year = Number(asAt.slice(0, 4));
  const sameMonthLastYear = `${year - 1}${asAt.slice(4, 7)}`;
  const yearEarlier = earlier.filter((date) => date.startsWith(sameMonthLastYear)).at(-1) ?? null;
  return { previous: earlier.at(-1) ?? null, yearEarlier };
}

/** A unit's figures at one date, or why there are none. */
/**
 * The dates a trend needs when only the comparisons can be afforded (a
 * national-scale snapshot is about 6 MB): a year earlier, the previous one
 * and the one shown, oldest first.
 */
export function comparisonOnlyDates(dates: readonly string[], asAt: string): string[] {
  const { previous, yearEarlier } = comparisonDates(dates, asAt);
  return [...new Set([yearEarlier, previous, asAt])]
    .filter((date): date is string => date !== null && dates.includes(date))
    .sort();
}

export type FiguresAt =
  { status: 'ok'; figures: UnitFigures } | { status: 'absent' | 'loading' | 'failed' | 'none' };

// Figures per snapshot, unit and caps, kept while the settings object lives:
// history arrives a date at a time, and each arrival should cost one snapshot, not all.
const figuresCache = new WeakMap<LoadSettings, WeakMap<OrgIndex, Map<string, UnitFigures>>>();

function cachedFigures(
  index: OrgIndex,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): UnitFigures {
  let byIndex = figuresCache.get(settings);
  if (!byIndex) {
    byIndex = new WeakMap();
    figuresCache.set(settings, byIndex);
  }
  let byKey = byIndex.get(index);
  if (!byKey) {
    byKey = new Map();
    byIndex.set(index, byKey);
  }
  const key = JSON.stringify([unitId, caps, bands]);
  const cached = byKey.get(key);
  if (cached) return cached;
  const figures = unitFigures(
    index.workersUnder(unitId),
    index.unitsUnder(unitId),
    caps,
    bands,
    settings,
  );
  byKey.set(key, figures);
  return figures;
}

/** Where a date stands in the history: loaded (with its index), loading, failed, or not a snapshot date. */
function indexAt(
  history: SnapshotHistory,
  asAt: string,
): { status: 'ok'; index: OrgIndex } | { status: 'loading' | 'failed' | 'none' } {
  const entry = history.loaded.find((loaded) => loaded.asAt === asAt);
  if (entry) return { status: 'ok', index: entry.index };
  if (history.failed.includes(asAt)) return { status: 'failed' };
  if (history.pending.includes(asAt)) return { status: 'loading' };
  return { status: 'none' };
}

/** A unit's figures at one snapshot date, measured against today's caps. */
export function unitFiguresAt(
  history: SnapshotHistory,
  asAt: string,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): FiguresAt {
  const at = indexAt(history, asAt);
  if (at.status !== 'ok') return at;
  if (!at.index.unit(unitId)) return { status: 'absent' };
  return { status: 'ok', figures: cachedFigures(at.index, unitId, caps, bands, settings) };
}

/** Every date the history knows of, loaded or not, oldest first, up to and including `upTo`. */
export function historyDates(history: SnapshotHistory, upTo: string): string[] {
  const all = new Set([
    ...history.loaded.map((entry) => entry.asAt),
    ...history.pending,
    ...history.failed,
  ]);
  return [...all].filter((date) => date <= upTo).sort();
}

/** The share of counted people at or over one cap at one date. */
export interface OverCapShare {
  threshold: number;
  count: number;
  of: number;
  /** count ÷ of, or null with no one counted. */
  share: number | null;
}

export interface UnitTrendPoint {
  asAt: string;
  status: PointStatus;
  /** The unit's load under the chosen measure, or null for a gap. */
  value: number | null;
  band: Band | null;
  /** Case holders (or workers) counted in the load. */
  counted: number;
  /** Per cap, from lowest to highest; empty for a gap. */
  overCaps: OverCapShare[];
}

/** A unit's load and shares over each cap at every snapshot up to `upTo`, oldest first. */
export function unitTrend(
  history: SnapshotHistory,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
  upTo: string,
): UnitTrendPoint[] {
  return historyDates(history, upTo).map((asAt) => {
    const at = unitFiguresAt(history, asAt, unitId, caps, bands, settings);
    if (at.status !== 'ok') {
      const status: PointStatus = at.status === 'none' ? 'loading' : at.status;
      return { asAt, status, value: null, band: null, counted: 0, overCaps: [] };
    }
    const { figures } = at;
    const value = figures.load.status === 'ok' ? figures.load.value : null;
    return {
      asAt,
      status: value === null ? 'no-load' : 'ok',
      value,
      band: value === null ? null : bandFor(value, bands),
      counted: figures.counted.length,
      overCaps: figures.overCaps.map(({ threshold, count, of, share }) => ({
        threshold,
        count,
        of,
        share,
      })),
    };
  });
}

export interface WorkerTrendPoint {
  asAt: string;
  status: PointStatus;
  /** The worker's own load under the chosen measure, or null for a gap. */
  value: number | null;
  band: Band | null;
  /** Their own cap (pro rata, protected for ASYE) in the same units, or null for a gap. */
  ownCap: number | null;
}

/** One worker's load and own cap at every snapshot up to `upTo`; absent dates are gaps. */
export function workerTrend(
  history: SnapshotHistory,
  workerId: string,
  bands: readonly Band[],
  settings: LoadSettings,
  upTo: string,
): WorkerTrendPoint[] {
  return historyDates(history, upTo).map((asAt) => {
    const at = indexAt(history, asAt);
    const gap = { asAt, value: null, band: null, ownCap: null };
    if (at.status !== 'ok') return { ...gap, status: at.status === 'none' ? 'loading' : at.status };
    const worker = at.index.worker(workerId);
    if (!worker) return { ...gap, status: 'absent' };
    const result = workerLoad(worker, settings);
    if (!result.ok) return { ...gap, status: 'no-load' };
    const { value, ownCap } = result.load;
    return { asAt, status: 'ok', value, band: bandFor(value, bands), ownCap };
  });
}

/** The whole months from one YYYY-MM-DD date to a later one, by calendar month. */
export function monthsBetween(from: string, to: string): number {
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return months(to) - months(from);
}

/**
 * The trend in one sentence, first point with a value against the last:
 * "Cases per FTE rose from 17.9 to 18.8 over 12 months; the share at 20+ fell
 * from 42% to 35%, and at 25+ rose from 5% to 8%." Shares are given for the two
 * highest caps, as in the headline. Null with fewer than two points.
 */
export function describeUnitTrend(
  points: readonly UnitTrendPoint[],
  measureLabel: string,
): string | null {
  const known = points.filter((point) => point.value !== null);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last || first === last || first.value === null || last.value === null) {
    return null;
  }
  const months = monthsBetween(first.asAt, last.asAt);
  const span = months === 1 ? 'over 1 month' : `over ${months} months`;
  const load = `${measureLabel} ${movement(tenths(first.value), tenths(last.value), (t) => oneDecimal(t))} ${span}`;
  const shares = last.overCaps.slice(-2).flatMap((now) => {
    const then = first.overCaps.find((over) => over.threshold === now.threshold);
    if (!then || then.share === null || now.share === null) return [];
    const from = Math.round(then.share * 100);
    const to = Math.round(now.share * 100);
    return [{ label: `${trimZero(now.threshold)}+`, from, to }];
  });
  // Each share has its own verb: the two can move in opposite directions.
  const shareWords = shares.map((share, position) => {
    const change = movement(share.from, share.to, (value) => `${value}%`);
    return position === 0 ? `the share at ${share.label} ${change}` : `at ${share.label} ${change}`;
  });
  return shareWords.length === 0 ? `${load}.` : `${load}; ${shareWords.join(', and ')}.`;
}

/**
 * One worker's trend in words: "Cases per FTE rose from 16.0 to 20.0 over
 * 12 months; at or over their own cap at 3 of 13 snapshots."
 */
export function describeWorkerTrend(
  points: readonly WorkerTrendPoint[],
  measureLabel: string,
): string | null {
  const known = points.filter(
    (point): point is WorkerTrendPoint & { value: number } => point.value !== null,
  );
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last || first === last) return null;
  const months = monthsBetween(first.asAt, last.asAt);
  const span = months === 1 ? 'over 1 month' : `over ${months} months`;
  const load = `${measureLabel} ${movement(tenths(first.value), tenths(last.value), oneDecimal)} ${span}`;
  const withCap = known.filter((point) => point.ownCap !== null);
  if (withCap.length === 0) return `${load}.`;
  const over = withCap.filter((point) => point.ownCap !== null && point.value >= point.ownCap);
  const snapshots = withCap.length === 1 ? 'snapshot' : 'snapshots';
  return `${load}; at or over their own cap at ${over.length} of ${withCap.length} ${snapshots}.`;
}

function movement(from: number, to: number, format: (value: number) => string): string {
  if (from === to) return `stayed at ${format(to)}`;
  return `${to > from ? 'rose' : 'fell'} from ${format(from)} to ${format(to)}`;
}

function oneDecimal(tenthsValue: number): string {
  return (tenthsValue / 10).toFixed(1);
}

function trimZero(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The figures compared in the key figures: the load, the share over each cap, and over own cap. */
export interface UnitComparisons {
  dates: ComparisonDates;
  load: EarlierValue[];
  /** Per cap threshold, the earlier share of counted people at or over it. */
  overCaps: Map<number, EarlierValue[]>;
  overOwnCap: EarlierValue[];
}

/**
 * This unit's figures at the previous snapshot and at the same month a year
 * earlier, each with its status, for the key figures' change lines.
 */
export function periodComparisons(
  history: SnapshotHistory,
  dates: readonly string[],
  asAt: string,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): UnitComparisons {
  const when = comparisonDates(dates, asAt);
  const periods: [Period, string | null][] = [
    ['previous', when.previous],
    ['year-earlier', when.yearEarlier],
  ];
  const load: EarlierValue[] = [];
  const overOwnCap: EarlierValue[] = [];
  const overCaps = new Map<number, EarlierValue[]>();
  const thresholds = caps.map(capThreshold);
  for (const threshold of thresholds) overCaps.set(threshold, []);

  for (const [period, date] of periods) {
    if (date === null) {
      const none: EarlierValue = { period, asAt: null, status: 'none' };
      load.push(none);
      overOwnCap.push(none);
      for (const list of overCaps.values()) list.push(none);
      continue;
    }
    const at = unitFiguresAt(history, date, unitId, caps, bands, settings);
    if (at.status !== 'ok') {
      const status = at.status === 'none' ? 'loading' : at.status;
      const missing: EarlierValue = { period, asAt: date, status };
      load.push(missing);
      overOwnCap.push(missing);
      for (const list of overCaps.values()) list.push(missing);
      continue;
    }
    const { figures } = at;
    load.push(
      valueOrUnknown(period, date, figures.load.status === 'ok' ? figures.load.value : null),
    );
    overOwnCap.push(valueOrUnknown(period, date, figures.overOwnCap.share));
    for (const [threshold, list] of overCaps) {
      const over = figures.overCaps.find((entry) => entry.threshold === threshold);
      list.push(valueOrUnknown(period, date, over?.share ?? null));
    }
  }
  return { dates: when, load, overCaps, overOwnCap };
}

function valueOrUnknown(period: Period, asAt: string, value: number | null): EarlierValue {
  return value === null
    ? { period, asAt, status: 'unknown' }
    : { period, asAt, status: 'ok', earlier: value };
}

/** Why a point has no figure, in words for a table cell's note; null for a point with one. */
export function pointStatusWords(status: PointStatus, who = 'case holders'): string | null {
  switch (status) {
    case 'ok':
      return null;
    case 'no-load':
      return `No ${who} with FTE recorded`;
    case 'absent':
      return 'Not in this snapshot';
    case 'loading':
      return 'Loading…';
    case 'failed':
      return 'Could not be loaded';
  }
}
