import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client';

/** Retries network faults and server errors; never a body that is not JSON or fails validation, which a retry cannot fix. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 &&
          !(
            error instanceof ApiError &&
            (error.kind === 'invalid' || error.kind === 'not-json' || error.status === 404)
          ),
        refetchOnWindowFocus: false,
      },
    },
  });
}
