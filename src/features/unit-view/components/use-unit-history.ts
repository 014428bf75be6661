/**
 * A unit's history: its trend across the snapshots, and this snapshot against
 * the previous one and a year earlier. Each snapshot's figures are cached, so
 * a newly arrived date costs one snapshot's work and a comparison costs two.
 */
import { useMemo } from 'react';
import type { Band } from '../../../domain/bands';
import type { Cap } from '../../../domain/caps';
import type { SnapshotHistory } from '../../../domain/snapshot-history';
import {
  periodComparisons,
  unitTrend,
  type UnitComparisons,
  type UnitTrendPoint,
} from '../../../domain/trend';
import type { LoadSettings } from '../../../domain/worker-load';

export interface HistoryProgress {
  /** Snapshot dates up to the one shown. */
  total: number;
  loaded: number;
  /** Dates up to the one shown that could not be loaded. */
  failed: readonly string[];
  /** True until every date up to the one shown has loaded or failed. */
  loading: boolean;
}

export interface UnitTrend {
  trend: readonly UnitTrendPoint[];
  progress: HistoryProgress;
}

/**
 * This snapshot against the previous one and a year earlier, for the key
 * figures. Worked out with the page itself (two snapshots' figures), so the
 * change lines never lag behind the figures they sit under.
 */
export function useUnitComparisons(
  history: SnapshotHistory,
  dates: readonly string[],
  asAt: string,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): UnitComparisons {
  return useMemo(
    () => periodComparisons(history, dates, asAt, unitId, caps, bands, settings),
    [history, dates, asAt, unitId, caps, bands, settings],
  );
}

/** The unit's trend up to `asAt`, and how much of the history behind it has loaded. */
export function useUnitTrend(
  history: SnapshotHistory,
  dates: readonly string[],
  asAt: string,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): UnitTrend {
  return useMemo(() => {
    const upToNow = dates.filter((date) => date <= asAt);
    const failed = history.failed.filter((date) => date <= asAt).sort();
    const loaded = history.loaded.filter((entry) => entry.asAt <= asAt).length;
    return {
      trend: unitTrend(history, unitId, caps, bands, settings, asAt),
      progress: {
        total: upToNow.length,
        loaded,
        failed,
        loading: loaded + failed.length < upToNow.length,
      },
    };
  }, [history, dates, asAt, unitId, caps, bands, settings]);
}
