import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoadedConfig } from '../lib/runtime-config';
import { ErrorBoundary } from '../components/error-boundary';
import { ConfigContext } from './config-context';
import { Dashboard } from './dashboard';
import { createQueryClient } from './query-client';

interface AppProps {
  config: LoadedConfig;
}

/** Providers around the dashboard. */
export function App({ config }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary label="Loadline">
          <Dashboard />
        </ErrorBoundary>
      </QueryClientProvider>
    </ConfigContext.Provider>
  );
}
