import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../app/app';
import { describeConfig } from '../lib/runtime-config';

/** Renders the whole app on the demo handlers at a URL, without query retries. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  return render(
    <App config={describeConfig({ dataSource: { kind: 'demo' } })} queryClient={queryClient} />,
  );
}
