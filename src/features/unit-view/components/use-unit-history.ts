/**
 * A unit's trend and its comparisons with earlier snapshots, worked out from
 * deferred inputs: the current view paints first, and the history catches
 * up in a render React may interrupt. Each snapshot's figures are cached, so
 * a newly arrived date costs one snapshot's work.
 */
import { useDeferredValue, useMemo } from 'react';
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

export interface UnitHistory {
  trend: readonly UnitTrendPoint[];
  comparisons: UnitComparisons;
  progress: HistoryProgress;
  /**
   * False while the figures are still those of another unit, date, caps or
   * measure (the deferred render has not caught up): show none of them then.
   * Newer history for the same view is fine to show while more arrives.
   */
  current: boolean;
}

interface Inputs {
  history: SnapshotHistory;
  dates: readonly string[];
  asAt: string;
  unitId: string;
  caps: readonly Cap[];
  bands: readonly Band[];
  settings: LoadSettings;
}

/** The unit's trend up to `asAt`, and this snapshot against the previous one and a year earlier. */
export function useUnitHistory(
  history: SnapshotHistory,
  dates: readonly string[],
  asAt: string,
  unitId: string,
  caps: readonly Cap[],
  bands: readonly Band[],
  settings: LoadSettings,
): UnitHistory {
  const inputs = useMemo<Inputs>(
    () => ({ history, dates, asAt, unitId, caps, bands, settings }),
    [history, dates, asAt, unitId, caps, bands, settings],
  );
  const deferred = useDeferredValue(inputs);
  const worked = useMemo((): Omit<UnitHistory, 'current'> => {
    const { history: h, dates: d, asAt: at, unitId: id } = deferred;
    const upToNow = d.filter((date) => date <= at);
    const failed = h.failed.filter((date) => date <= at).sort();
    const loaded = h.loaded.filter((entry) => entry.asAt <= at).length;
    return {
      trend: unitTrend(h, id, deferred.caps, deferred.bands, deferred.settings, at),
      comparisons: periodComparisons(
        h,
        d,
        at,
        id,
        deferred.caps,
        deferred.bands,
        deferred.settings,
      ),
      progress: {
        total: upToNow.length,
        loaded,
        failed,
        loading: loaded + failed.length < upToNow.length,
      },
    };
  }, [deferred]);
  const current =
    deferred.unitId === unitId &&
    deferred.asAt === asAt &&
    deferred.caps === caps &&
    deferred.bands === bands &&
    deferred.settings === settings;
  return { ...worked, current };
}
