/**
 * Starts fetching the first view's data before React has rendered anything:
 * the snapshot list, then the snapshot the address asks for. Otherwise the
 * list waits for the app's first render and the snapshot for the render
 * after the list, and at national scale (a 6 MB snapshot) every step of that
 * chain is time before the first chart. The queries are the ones the
 * dashboard then reads, so nothing is fetched twice.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  snapshotListQueryOptions,
  snapshotQueryOptions,
  type SnapshotSource,
} from '../features/org-data/api/snapshots';
import type { LoadedConfig } from '../lib/runtime-config';
import type { ViewSearch } from '../lib/view-search';
import { resolveAsAt } from './resolve-view';

/** Where the dashboard's snapshots come from: the HTTP API (or the demo's), or imported files. */
export function snapshotSourceFor(config: LoadedConfig, search: ViewSearch): SnapshotSource {
  return config.apiBasePath === null || (config.allowsImports && search.source === 'imported')
    ? { kind: 'imported' }
    : { kind: 'http', basePath: config.apiBasePath };
}

export function prefetchFirstView(
  queryClient: QueryClient,
  config: LoadedConfig,
  search: ViewSearch,
): void {
  // With a token to ask for, nothing can be fetched until the person has given it.
  if (config.askForToken) return;
  const source = snapshotSourceFor(config, search);
  if (source.kind !== 'http') return;
  void queryClient
    .query(snapshotListQueryOptions(source))
    .then((list) => {
      const { asAt } = resolveAsAt(search.asAt, list.snapshots);
      if (asAt) return queryClient.query(snapshotQueryOptions(source, asAt));
    })
    // A failed list shows where the dashboard reads it, with its retries and its message.
    .catch(() => undefined);
}
