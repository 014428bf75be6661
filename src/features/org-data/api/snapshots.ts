/**
 * The two v1 reads as TanStack Query options: the list of snapshot dates,
 * and one snapshot, from the HTTP API (or the demo's mocked one) or from
 * files imported into this browser. Both are validated here, at the boundary.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  CONTRACT_VERSION,
  endpoints,
  snapshotListSchema,
  type SnapshotList,
} from '../../../contract/v1';
import {
  describeIssues,
  validateSnapshot,
  type ValidatedSnapshot,
} from '../../../contract/validate-snapshot';
import { ApiError, getJson } from '../../../lib/api-client';
import { loadImports } from '../../../lib/imported-data';

export type SnapshotSource = { kind: 'http'; basePath: string } | { kind: 'imported' };

/** Options for the list of snapshot dates, sorted oldest first. */
export function snapshotListQueryOptions(source: SnapshotSource) {
  return queryOptions({
    queryKey: ['snapshot-list', source],
    queryFn: async ({ signal }): Promise<SnapshotList> => {
      const json =
        source.kind === 'http'
          ? await getJson(endpoints.snapshots(source.basePath), signal)
          : await importedList();
      const parsed = snapshotListSchema.safeParse(json);
      if (!parsed.success) {
        throw new ApiError(
          'invalid',
          'The list of snapshots does not match the data contract.',
          null,
          describeIssues(parsed.error),
        );
      }
      return { ...parsed.data, snapshots: [...new Set(parsed.data.snapshots)].sort() };
    },
  });
}

/** Options for one snapshot; bad records are rejected and reported, the rest kept. */
export function snapshotQueryOptions(source: SnapshotSource, asAt: string) {
  return queryOptions({
    queryKey: ['snapshot', source, asAt],
    queryFn: async ({ signal }) => {
      const json =
        source.kind === 'http'
          ? await getJson(endpoints.snapshot(source.basePath, asAt), signal)
          : await importedSnapshot(asAt);
      refuseOtherVersion(json, asAt);
      const result = validateSnapshot(json);
      if (!result.ok) {
        throw new ApiError(
          'invalid',
          `The snapshot for ${asAt} does not match the data contract.`,
          null,
          result.reasons,
        );
      }
      return result.value;
    },
    // Snapshots are large and never edited in place: skip the deep compare.
    structuralSharing: false,
    staleTime: 5 * 60_000,
  });
}

/** A snapshot that says another contract version is refused in plain words, before any field is read. */
function refuseOtherVersion(json: unknown, asAt: string): void {
  if (typeof json !== 'object' || json === null || !('version' in json)) return;
  const { version } = json;
  if (version === CONTRACT_VERSION) return;
  const said = typeof version === 'number' ? `version ${version}` : 'an unreadable version';
  throw new ApiError(
    'invalid',
    `The snapshot for ${asAt} uses data contract ${said}; this Loadline reads version ${CONTRACT_VERSION} only (wrong contract version).`,
  );
}

/** The most recently fetched snapshot from this source, to keep on screen when another fails. */
export function lastGoodSnapshot(
  queryClient: QueryClient,
  source: SnapshotSource,
): { value: ValidatedSnapshot; fetchedAt: number } | null {
  let best: { value: ValidatedSnapshot; fetchedAt: number } | null = null;
  for (const query of queryClient.getQueryCache().findAll({ queryKey: ['snapshot', source] })) {
    const value = query.state.data as ValidatedSnapshot | undefined;
    const fetchedAt = query.state.dataUpdatedAt;
    if (value && (!best || fetchedAt > best.fetchedAt)) best = { value, fetchedAt };
  }
  return best;
}

async function importedList(): Promise<unknown> {
  const { imports } = await loadImports();
  const dates = Object.keys(imports).sort();
  const latest = dates.length > 0 ? imports[dates[dates.length - 1] ?? ''] : undefined;
  const organisation = readOrganisation(latest?.snapshot) ?? {
    id: 'imported',
    name: 'Imported data',
  };
  return { version: 1, organisation, snapshots: dates };
}

async function importedSnapshot(asAt: string): Promise<unknown> {
  const { imports } = await loadImports();
  const stored = imports[asAt];
  if (!stored) throw new ApiError('http', `There is no imported snapshot for ${asAt}.`, 404);
  return stored.snapshot;
}

function readOrganisation(snapshot: unknown): { id: string; name: string } | null {
  const parsed = snapshotListSchema.shape.organisation.safeParse(
    typeof snapshot === 'object' && snapshot !== null && 'organisation' in snapshot
      ? snapshot.organisation
      : null,
  );
  return parsed.success ? parsed.data : null;
}
