import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { OrgIndex } from '../domain/org-index';
import { orgIndexFor } from '../domain/snapshot-history';
import type { WorkerEntry } from '../domain/worker-search';
import { lastGoodSnapshot, snapshotQueryOptions } from '../features/org-data/api/snapshots';
import { WorkerFinder } from '../features/worker-finder/components/worker-finder';
import { navigate, useViewSearch } from '../lib/view-search';
import { useConfig } from './config-context';
import { snapshotSourceFor } from './prefetch-first-view';

/**
 * The header's "Find a worker", over the snapshot on screen. Choosing a
 * worker opens their page directly: the snapshot, caps and measure stay as
 * they are, and no unit's page (with its chart of colleagues) comes between.
 */
export function HeaderWorkerFinder({ asAt }: { asAt: string | null }) {
  const index = useShownIndex(asAt);
  const { search } = useViewSearch();
  // A snapshot of totals only (published statistics) has nobody to find.
  if (index && index.workersUnder(index.root.id).length === 0) return null;

  function open(worker: WorkerEntry) {
    if (search.worker === worker.id) {
      // Already on their page: focus goes to its heading, as it would on a new page.
      document.querySelector<HTMLElement>('main h1')?.focus();
      return;
    }
    navigate({
      ...search,
      unit: worker.unitId,
      worker: worker.id,
      since: undefined,
      layout: undefined,
    });
  }

  return <WorkerFinder index={index} onChoose={open} />;
}

/**
 * The snapshot the dashboard shows for `asAt`, indexed: the same query the
 * dashboard reads (use-dashboard-data.ts), so nothing is fetched twice, and
 * the same fallbacks (the snapshot before while the next loads, the last good
 * one after a failure), so the finder searches the workers on screen.
 */
function useShownIndex(asAt: string | null): OrgIndex | null {
  const config = useConfig();
  const { search } = useViewSearch();
  const source = useMemo(
    () => snapshotSourceFor(config, { source: search.source }),
    [config, search.source],
  );
  const queryClient = useQueryClient();
  const snapshotQuery = useQuery({
    ...snapshotQueryOptions(source, asAt ?? ''),
    enabled: asAt !== null,
    placeholderData: keepPreviousData,
  });
  const validated =
    snapshotQuery.data ??
    (snapshotQuery.isError ? lastGoodSnapshot(queryClient, source)?.value : undefined);
  return useMemo(() => (validated ? orgIndexFor(validated.snapshot) : null), [validated]);
}
