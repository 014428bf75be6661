/**
 * Everything the dashboard needs for the view in the URL: the snapshot list,
 * the chosen snapshot (indexed), the unit and worker, the caps in force, and
 * every notice about fallbacks taken on the way.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { resolveActiveCaps } from '../domain/active-caps';
import { bandsFromCaps } from '../domain/bands';
import { buildOrgIndex } from '../domain/org-index';
import { snapshotListQueryOptions, snapshotQueryOptions } from '../features/org-data/api/snapshots';
import { useViewSearch } from '../lib/view-search';
import { useCapsStore } from '../stores/caps-store';
import { useConfig } from './config-context';
import { invalidParamNotices, resolveAsAt, resolveUnitAndWorker } from './resolve-view';

/** Reads the URL, the caps preferences and the two queries into one view model. */
export function useDashboardData() {
  const config = useConfig();
  const { search, invalid } = useViewSearch();
  const preferredPreset = useCapsStore((state) => state.preferredPreset);
  const customCaps = useCapsStore((state) => state.customCaps);
  const activeCaps = useMemo(
    () => resolveActiveCaps(search.caps, preferredPreset, customCaps),
    [search.caps, preferredPreset, customCaps],
  );
  const bands = useMemo(() => bandsFromCaps(activeCaps.preset.caps), [activeCaps]);

  const listQuery = useQuery(snapshotListQueryOptions(config.apiBasePath));
  const dates = useMemo(() => listQuery.data?.snapshots ?? [], [listQuery.data]);
  const { asAt, notice: asAtNotice } = resolveAsAt(search.asAt, dates);

  const snapshotQuery = useQuery({
    ...snapshotQueryOptions(config.apiBasePath, asAt ?? ''),
    enabled: asAt !== null,
    placeholderData: keepPreviousData,
  });
  const validated = snapshotQuery.data;
  const index = useMemo(() => (validated ? buildOrgIndex(validated.snapshot) : null), [validated]);
  const view = useMemo(() => (index ? resolveUnitAndWorker(search, index) : null), [index, search]);

  const notices = [
    ...invalidParamNotices(invalid),
    ...(asAtNotice ? [asAtNotice] : []),
    ...(activeCaps.notice ? [activeCaps.notice] : []),
    ...(view?.notices ?? []),
  ];

  return {
    config,
    search,
    asAt,
    dates,
    listQuery,
    snapshotQuery,
    rejected: validated?.rejected ?? [],
    index,
    view,
    activeCaps: activeCaps.preset,
    bands,
    notices,
  };
}

export type DashboardData = ReturnType<typeof useDashboardData>;
