/**
 * The two v1 endpoints as TanStack Query options: the list of snapshot dates,
 * and one snapshot. Both are validated here, at the boundary.
 */
import { queryOptions } from '@tanstack/react-query';
import { endpoints, snapshotListSchema } from '../../../contract/v1';
import { describeIssues, validateSnapshot } from '../../../contract/validate-snapshot';
import { ApiError, getJson } from '../../../lib/api-client';

/** Options for the list of snapshot dates, sorted oldest first. */
export function snapshotListQueryOptions(basePath: string) {
  return queryOptions({
    queryKey: ['snapshot-list', basePath],
    queryFn: async ({ signal }) => {
      const json = await getJson(endpoints.snapshots(basePath), signal);
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
export function snapshotQueryOptions(basePath: string, asAt: string) {
  return queryOptions({
    queryKey: ['snapshot', basePath, asAt],
    queryFn: async ({ signal }) => {
      const json = await getJson(endpoints.snapshot(basePath, asAt), signal);
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
