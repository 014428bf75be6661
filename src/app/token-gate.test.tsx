import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { demoSnapshotList } from '../mocks/demo/demo-store';
import { server } from '../mocks/node';
import { setApiToken } from '../lib/api-client';
import { describeConfig } from '../lib/runtime-config';
import { App } from './app';

afterEach(() => setApiToken(null));

it('asks for an API token, sends it as a bearer token, and never stores it', async () => {
  const seen: (string | null)[] = [];
  server.use(
    http.get('*/api/v1/snapshots', ({ request }) => {
      seen.push(request.headers.get('Authorization'));
      return HttpResponse.json(demoSnapshotList());
    }),
  );
  const user = userEvent.setup();
  const config = describeConfig({
    dataSource: { kind: 'api', baseUrl: '/api/v1', credentials: 'same-origin', askForToken: true },
  });
  render(
    <App
      config={config}
      queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    />,
  );

  expect(screen.getByRole('heading', { name: 'Sign in to the data service' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(screen.getByText('Enter the API token.')).toBeInTheDocument();
  expect(seen).toEqual([]);

  await user.type(screen.getByLabelText('API token'), 's3cret-token');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(
    await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 }),
  ).not.toHaveTextContent('Sign in');
  expect(seen[0]).toBe('Bearer s3cret-token');
  const stored = [window.localStorage, window.sessionStorage]
    .flatMap((storage) => Object.keys(storage).map((key) => storage.getItem(key) ?? ''))
    .join(' ');
  expect(stored).not.toContain('s3cret-token');
});
