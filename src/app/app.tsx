import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoadedConfig } from '../lib/runtime-config';
import { parseViewSearch } from '../lib/view-search';
import { ErrorBoundary } from '../components/error-boundary';
import { ConfigContext } from './config-context';
import { Dashboard } from './dashboard';
import { DataSourceLabelProvider } from './data-source-label-provider';
import { prefetchFirstView } from './prefetch-first-view';
import { createQueryClient } from './query-client';
import { TokenGate } from './token-gate';

interface AppProps {
  config: LoadedConfig;
  /** Tests pass their own client (no retry delays); the app makes one. */
  queryClient?: QueryClient;
}

/** Providers around the dashboard. */
export function App({ config, queryClient: givenClient }: AppProps) {
  const [queryClient] = useState(() => {
    if (givenClient) return givenClient;
    const client = createQueryClient(config.retries);
    prefetchFirstView(client, config, parseViewSearch(window.location.search).search);
    return client;
  });
  return (
    <ConfigContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary label="Loadline">
          <TokenGate required={config.askForToken} sourceLabel={config.sourceLabel}>
            <DataSourceLabelProvider>
              <Dashboard />
            </DataSourceLabelProvider>
          </TokenGate>
        </ErrorBoundary>
      </QueryClientProvider>
    </ConfigContext.Provider>
  );
}
