import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client';

/** Retries network faults and server errors, never a response that failed validation. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 &&
          !(error instanceof ApiError && (error.kind === 'invalid' || error.status === 404)),
        refetchOnWindowFocus: false,
      },
    },
  });
}
