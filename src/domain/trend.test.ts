/**
 * Trends on three small snapshots, every figure worked by hand below.
 *
 * Team "North" (default caps 15, 18–20, 25: thresholds 15, 20, 25):
 *   2025-10-31  a 20 cases/1.0, b 16/1.0, c 12/0.5 (24.0 per FTE)
 *               48 ÷ 2.5 = 19.2; loads 20, 16, 24: 15+ 3 of 3, 20+ 2 of 3, 25+ 0 of 3
 *   2026-09-30  a 22/1.0, b 15/1.0, d 26/1.0 (c has left)
 *               63 ÷ 3 = 21.0; loads 22, 15, 26: 15+ 3 of 3, 20+ 2 of 3, 25+ 1 of 3
 *   2026-10-31  a 18/1.0, b 14/1.0, d 25/1.0
 *               57 ÷ 3 = 19.0; loads 18, 14, 25: 15+ 2 of 3, 20+ 1 of 3, 25+ 1 of 3
 * Team "South" exists only on 2026-10-31.
 */
import { describe, expect, it } from 'vitest';
import type { Snapshot, Unit, Worker } from '../contract/v1';
import { settings, worker } from '../test/builders';
import { bandsFromCaps } from './bands';
import { builtInPresets } from './caps';
import { orgIndexFor, type SnapshotHistory } from './snapshot-history';
import {
  describeWorkerTrend,
  comparisonDates,
  comparisonOnlyDates,
  describeUnitTrend,
  monthsBetween,
  periodComparisons,
  unitFiguresAt,
  unitTrend,
  workerTrend,
  type UnitTrendPoint,
} from './trend';

const caps = builtInPresets.default.caps;
const bands = bandsFromCaps(caps);
const dfe = settings();

const org: Unit = { id: 'org', parentId: null, name: 'Testshire', kind: 'organisation' };
const north: Unit = { id: 'north', parentId: 'org', name: 'North', kind: 'team' };
const south: Unit = { id: 'south', parentId: 'org', name: 'South', kind: 'team' };

function snapshot(asAt: string, units: Unit[], workers: Worker[]): Snapshot {
  return { version: 1, asAt, organisation: { id: 'org', name: 'Testshire' }, units, workers };
}
const inNorth = (id: string, casesHeld: number, fte = 1) =>
  worker({ id, unitId: 'north', casesHeld, fte });

const october2025 = snapshot(
  '2025-10-31',
  [org, north],
  [inNorth('a', 20), inNorth('b', 16), inNorth('c', 12, 0.5)],
);
const september2026 = snapshot(
  '2026-09-30',
  [org, north],
  [inNorth('a', 22), inNorth('b', 15), inNorth('d', 26)],
);
const october2026 = snapshot(
  '2026-10-31',
  [org, north, south],
  [inNorth('a', 18), inNorth('b', 14), inNorth('d', 25)],
);
const all = [october2025, september2026, october2026];
const history: SnapshotHistory = {
  loaded: all.map((s) => ({ asAt: s.asAt, index: orgIndexFor(s) })),
  pending: [],
  failed: [],
};
const dates = all.map((s) => s.asAt);

describe('comparisonDates', () => {
  it('finds the previous snapshot and the same month a year earlier', () => {
    expect(comparisonDates(dates, '2026-10-31')).toEqual({
      previous: '2026-09-30',
      yearEarlier: '2025-10-31',
    });
  });

  it('has no year-earlier date when that month is missing, and no previous at the start', () => {
    expect(comparisonDates(dates, '2026-09-30')).toEqual({
      previous: '2025-10-31',
      yearEarlier: null,
    });
    expect(comparisonDates(dates, '2025-10-31')).toEqual({ previous: null, yearEarlier: null });
  });

  it('takes the same month even when the day differs (a snapshot on the 30th, not the 31st)', () => {
    expect(comparisonDates(['2025-10-30', '2026-10-31'], '2026-10-31').yearEarlier).toBe(
      '2025-10-30',
    );
  });
});

describe('unitFiguresAt', () => {
  it('works out a unit’s figures at an earlier date with today’s caps', () => {
    const at = unitFiguresAt(history, '2025-10-31', 'north', caps, bands, dfe);
    expect(at.status).toBe('ok');
    if (at.status !== 'ok') return;
    expect(at.figures.load).toMatchObject({ status: 'ok', amount: 48, denominator: 2.5 });
    expect(at.figures.overCaps.map((over) => over.count)).toEqual([3, 2, 0]);
  });

  it('says a unit was absent, or the date loading, failed or unknown', () => {
    const partial: SnapshotHistory = {
      loaded: history.loaded.slice(2),
      pending: ['2026-09-30'],
      failed: ['2025-10-31'],
    };
    expect(unitFiguresAt(history, '2026-09-30', 'south', caps, bands, dfe).status).toBe('absent');
    expect(unitFiguresAt(partial, '2026-09-30', 'north', caps, bands, dfe).status).toBe('loading');
    expect(unitFiguresAt(partial, '2025-10-31', 'north', caps, bands, dfe).status).toBe('failed');
    expect(unitFiguresAt(partial, '2024-10-31', 'north', caps, bands, dfe).status).toBe('none');
  });
});

describe('unitTrend', () => {
  it('gives the load, band, counted and share over each cap at every date', () => {
    const points = unitTrend(history, 'north', caps, bands, dfe, '2026-10-31');
    expect(points.map((point) => point.asAt)).toEqual(dates);
    expect(points.map((point) => point.value)).toEqual([19.2, 21, 19]);
    expect(points.map((point) => point.band?.label)).toEqual([
      '18–20 target range',
      '20–25',
      '18–20 target range',
    ]);
    expect(points.map((point) => point.counted)).toEqual([3, 3, 3]);
    expect(points.map((point) => point.overCaps.map((over) => over.count))).toEqual([
      [3, 2, 0],
      [3, 2, 1],
      [2, 1, 1],
    ]);
    expect(points[2]?.overCaps[1]).toEqual({ threshold: 20, count: 1, of: 3, share: 1 / 3 });
  });

  it('stops at the chosen snapshot', () => {
    const points = unitTrend(history, 'north', caps, bands, dfe, '2026-09-30');
    expect(points.map((point) => point.value)).toEqual([19.2, 21]);
  });

  it('leaves gaps where the unit was absent or a date is not loaded, never zeros', () => {
    const southPoints = unitTrend(history, 'south', caps, bands, dfe, '2026-10-31');
    expect(southPoints.map((point) => [point.status, point.value])).toEqual([
      ['absent', null],
      ['absent', null],
      ['no-load', null],
    ]);
    const partial: SnapshotHistory = {
      loaded: history.loaded.slice(2),
      pending: ['2026-09-30'],
      failed: ['2025-10-31'],
    };
    expect(
      unitTrend(partial, 'north', caps, bands, dfe, '2026-10-31').map((point) => point.status),
    ).toEqual(['failed', 'loading', 'ok']);
  });
});

describe('workerTrend', () => {
  it('gives a worker’s own load and cap, with a gap where they were not there', () => {
    const points = workerTrend(history, 'd', bands, dfe, '2026-10-31');
    expect(points.map((point) => [point.status, point.value, point.ownCap])).toEqual([
      ['absent', null, null],
      ['ok', 26, 20],
      ['ok', 25, 20],
    ]);
    expect(points[2]?.band?.label).toBe('25 and over');
  });

  it('gives a part-time worker’s load per FTE', () => {
    const points = workerTrend(history, 'c', bands, dfe, '2026-10-31');
    expect(points.map((point) => point.value)).toEqual([24, null, null]);
  });
});

describe('describeUnitTrend', () => {
  it('compares the first point with a value with the last, naming the two highest caps, each with its own verb', () => {
    const points = unitTrend(history, 'north', caps, bands, dfe, '2026-10-31');
    // 19.2 → 19.0; 20+: 2 of 3 (67%) → 1 of 3 (33%); 25+: 0% → 33%.
    expect(describeUnitTrend(points, 'Cases per FTE')).toBe(
      'Cases per FTE fell from 19.2 to 19.0 over 12 months; the share at 20+ fell from 67% to 33%, and at 25+ rose from 0% to 33%.',
    );
  });

  it('says when a figure stayed the same, and says nothing with one point', () => {
    const point = (asAt: string, value: number, share: number): UnitTrendPoint => ({
      asAt,
      status: 'ok',
      value,
      band: null,
      counted: 10,
      overCaps: [{ threshold: 20, count: share * 10, of: 10, share }],
    });
    expect(
      describeUnitTrend([point('2026-09-30', 17.94, 0.4), point('2026-10-31', 17.9, 0.4)], 'Load'),
    ).toBe('Load stayed at 17.9 over 1 month; the share at 20+ stayed at 40%.');
    expect(describeUnitTrend([point('2026-10-31', 17.9, 0.4)], 'Load')).toBeNull();
  });

  it('counts calendar months', () => {
    expect(monthsBetween('2025-10-31', '2026-10-31')).toBe(12);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
  });
});

describe('periodComparisons', () => {
  it('gives the previous and year-earlier values of each figure', () => {
    const result = periodComparisons(history, dates, '2026-10-31', 'north', caps, bands, dfe);
    expect(result.load).toEqual([
      { period: 'previous', asAt: '2026-09-30', status: 'ok', earlier: 21 },
      { period: 'year-earlier', asAt: '2025-10-31', status: 'ok', earlier: 19.2 },
    ]);
    expect(result.overCaps.get(25)?.map((value) => value.status === 'ok' && value.earlier)).toEqual(
      [1 / 3, 0],
    );
  });

  it('says when there is no such date, or the unit was not there', () => {
    const result = periodComparisons(history, dates, '2026-10-31', 'south', caps, bands, dfe);
    expect(result.load.map((value) => value.status)).toEqual(['absent', 'absent']);
    const first = periodComparisons(history, dates, '2025-10-31', 'north', caps, bands, dfe);
    expect(first.load.map((value) => value.status)).toEqual(['none', 'none']);
  });

  it('says a date is loading before the history has started', () => {
    const empty: SnapshotHistory = { loaded: [], pending: [], failed: [] };
    const result = periodComparisons(empty, dates, '2026-10-31', 'north', caps, bands, dfe);
    expect(result.load.map((value) => value.status)).toEqual(['loading', 'loading']);
  });
});

describe('describeWorkerTrend', () => {
  const point = (asAt: string, value: number | null, ownCap: number | null) => ({
    asAt,
    status: value === null ? ('absent' as const) : ('ok' as const),
    value,
    band: null,
    ownCap,
  });

  it('says how the load moved and how often it was at or over the own cap', () => {
    // 16 → 20 over Oct 2025 to Oct 2026; at or over cap 12 in Aug (12) and Oct (20), not Oct 2025 (16 < 18).
    const points = [
      point('2025-10-31', 16, 18),
      point('2026-08-31', 12, 12),
      point('2026-09-30', null, null),
      point('2026-10-31', 20, 12),
    ];
    expect(describeWorkerTrend(points, 'Cases per FTE')).toBe(
      'Cases per FTE rose from 16.0 to 20.0 over 12 months; at or over their own cap at 2 of 3 snapshots.',
    );
  });

  it('needs two known points', () => {
    expect(describeWorkerTrend([point('2026-10-31', 20, 12)], 'Cases per FTE')).toBeNull();
    expect(
      describeWorkerTrend([point('2026-09-30', null, null), point('2026-10-31', 9, null)], 'Cases'),
    ).toBeNull();
  });
});

describe('comparisonOnlyDates', () => {
  const dates = ['2025-10-31', '2025-11-30', '2026-08-31', '2026-09-30', '2026-10-31'];
  it('keeps a year earlier, the previous and the shown date', () => {
    expect(comparisonOnlyDates(dates, '2026-10-31')).toEqual([
      '2025-10-31',
      '2026-09-30',
      '2026-10-31',
    ]);
  });
  it('keeps what exists at the start of the series', () => {
    expect(comparisonOnlyDates(dates, '2025-10-31')).toEqual(['2025-10-31']);
    expect(comparisonOnlyDates(dates, '2025-11-30')).toEqual(['2025-10-31', '2025-11-30']);
  });
});
