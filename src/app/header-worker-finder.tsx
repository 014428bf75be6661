import type { OrgIndex } from '../domain/org-index';
import type { WorkerEntry } from '../domain/worker-search';
import { WorkerFinder } from '../features/worker-finder/components/worker-finder';
import { navigate, useViewSearch } from '../lib/view-search';

/**
 * The header's "Find a worker", over the snapshot on screen (the dashboard's
 * own index, so nothing is fetched or indexed twice). Choosing a
 * worker opens their page directly: the snapshot, caps and measure stay as
 * they are, and no unit's page (with its chart of colleagues) comes between.
 */
export function HeaderWorkerFinder({ index }: { index: OrgIndex | null }) {
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
