/**
 * Loads every snapshot date for trends and comparisons, after the snapshot
 * on screen has loaded and the browser is idle, so history never delays the
 * first paint of the current view. Each date is its own cached query, shared
 * with the snapshot picker's.
 */
import { useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { snapshotQueryOptions, type SnapshotSource } from '../features/org-data/api/snapshots';
import {
  EMPTY_HISTORY,
  orgIndexFor,
  type DatedIndex,
  type SnapshotHistory,
} from '../domain/snapshot-history';

/** True once `ready` has held through one idle period of the browser. */
function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1_000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(handle);
  }, [ready, idle]);
  return idle;
}

/**
 * The history of snapshots from `source`. `enabled` is false where history
 * would cost too much (e.g. national-scale data) or is not wanted.
 */
export function useSnapshotHistory(
  source: SnapshotSource,
  dates: readonly string[],
  currentLoaded: boolean,
  enabled: boolean,
): SnapshotHistory {
  const idle = useIdleAfter(currentLoaded && enabled);
  return useQueries({
    queries: dates.map((asAt) => ({
      ...snapshotQueryOptions(source, asAt),
      enabled: idle,
    })),
    combine: (results) => {
      if (!idle) return EMPTY_HISTORY;
      const loaded: DatedIndex[] = [];
      const pending: string[] = [];
      const failed: string[] = [];
      results.forEach((result, position) => {
        const asAt = dates[position] ?? '';
        if (result.data) loaded.push({ asAt, index: orgIndexFor(result.data.snapshot) });
        else if (result.isError) failed.push(asAt);
        else pending.push(asAt);
      });
      loaded.sort((a, b) => a.asAt.localeCompare(b.asAt));
      return { loaded, pending, failed };
    },
  });
}
