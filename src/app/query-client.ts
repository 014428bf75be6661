import { QueryClient } from '@tanstack/react-query';
import { isRetryable, retryDelayMs } from '../lib/api-client';
import { DEFAULT_RETRIES } from '../lib/runtime-config';

/**
 * Retries only what a retry can fix (network faults, timeouts, 5xx, 408,
 * 429), with back-off or the server's Retry-After. Queries run even when the
 * browser says it is offline, so the person sees the fault named at once
 * rather than a loading message that never ends.
 */
export function createQueryClient(retries: number = DEFAULT_RETRIES): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < retries && isRetryable(error),
        retryDelay: (attempt, error) => retryDelayMs(attempt, error),
        networkMode: 'always',
        refetchOnWindowFocus: false,
      },
    },
  });
}
