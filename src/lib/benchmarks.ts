/**
 * The DfE benchmarks as server-like data (TanStack Query, loaded once, never
 * stale), and whether they are shown: `benchmarks=off` in the URL hides them,
 * so a link or a printed page keeps the reader's choice.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadDfeBenchmarks } from '../domain/benchmark-data';
import { navigate, useViewSearch } from './view-search';

/** Options for the bundled DfE table: it never changes while the page is open. */
export function dfeBenchmarksQueryOptions() {
  return queryOptions({
    queryKey: ['dfe-benchmarks'],
    queryFn: loadDfeBenchmarks,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The DfE benchmarks; loaded only when something asks for them. */
export function useDfeBenchmarks(enabled = true) {
  return useQuery({ ...dfeBenchmarksQueryOptions(), enabled });
}

/** Whether benchmarks are shown (the default), and a switch that keeps the choice in the URL. */
export function useBenchmarksShown(): [boolean, (shown: boolean) => void] {
  const { search } = useViewSearch();
  const shown = search.benchmarks !== 'off';
  const setShown = (next: boolean) =>
    // Replace, not push: a switch on the page should not scroll to the top or fill the history.
    navigate({ ...search, benchmarks: next ? undefined : 'off' }, { replace: true });
  return [shown, setShown];
}
