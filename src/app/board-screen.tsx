import { useEffect } from 'react';
import { LoadError, Loading } from '../components/query-status';
import { BoardPage } from '../features/board/components/board-page';
import type { TrendReference } from '../components/trend-chart';
import { useBoardSettingsStore } from '../stores/board-settings-store';
import type { DashboardData } from './use-dashboard-data';

interface BoardScreenProps {
  data: DashboardData;
  /** England and the region for the trend, when benchmarks are shown. */
  trendReferences: readonly TrendReference[];
  organisationName: string;
  sourceLabel: string;
  demoLabel: string | null;
}

/** The board layout (`layout=board`) of the unit in the URL, once its snapshot is in. */
export function BoardScreen({
  data,
  trendReferences,
  organisationName,
  sourceLabel,
  demoLabel,
}: BoardScreenProps) {
  const { listQuery, snapshotQuery, index, view } = data;
  // Names switched on stay on while the board is open (moving between its
  // units), and go off when it is left: the next visit starts anonymised.
  const setShowNames = useBoardSettingsStore((state) => state.setShowNames);
  useEffect(() => () => setShowNames(false), [setShowNames]);
  if (listQuery.isError) {
    return (
      <main id="main" className="page-main">
        <LoadError
          what="the list of snapshots"
          error={listQuery.error}
          onRetry={() => void listQuery.refetch()}
          retrying={listQuery.isFetching}
          isPage
        />
      </main>
    );
  }
  if (snapshotQuery.isError && !snapshotQuery.data) {
    return (
      <main id="main" className="page-main">
        <LoadError
          what="this snapshot"
          error={snapshotQuery.error}
          onRetry={() => void snapshotQuery.refetch()}
          retrying={snapshotQuery.isFetching}
          isPage
        />
      </main>
    );
  }
  if (!index || !view) {
    return (
      <main id="main" className="page-main">
        {listQuery.isSuccess && data.dates.length === 0 ? (
          <h1>No snapshots yet</h1>
        ) : (
          <Loading what="the board" />
        )}
      </main>
    );
  }
  return (
    <BoardPage
      index={index}
      unit={view.unit}
      caps={data.caps}
      bands={data.bands}
      preset={data.unitCaps.preset}
      settings={data.loadSettings}
      search={data.search}
      organisationName={organisationName}
      sourceLabel={sourceLabel}
      demoLabel={demoLabel}
      notices={data.notices}
      history={data.history}
      trendReferences={trendReferences}
      organisation={snapshotQuery.data?.snapshot.organisation}
    />
  );
}
