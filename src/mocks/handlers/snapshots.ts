/** MSW handlers for the v1 snapshot endpoints, serving from any snapshot source. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Snapshot, SnapshotList } from '../../contract/v1';

/** Where the handlers get their data: the demo store, or a test's own fixture. */
export interface SnapshotSource {
  list(): SnapshotList;
  get(asAt: string): Snapshot | undefined;
}

/**
 * The URL pattern for an endpoint path. A base path such as '/api/v1' is
 * matched on any origin ('*' prefix), so the same handlers serve the dev
 * server, vite preview and jsdom's http://localhost:3000 alike.
 */
export function endpointPattern(basePath: string, path: string): string {
  const base = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  return base.startsWith('/') ? `*${base}${path}` : `${base}${path}`;
}

/** The snapshot as JSON, or a 404 naming the date when there is none. */
export function snapshotResponse(asAt: string, body: object | undefined): Response {
  if (body === undefined) {
    return HttpResponse.json({ error: `No snapshot for ${asAt}` }, { status: 404 });
  }
  return HttpResponse.json(body);
}

/** Handlers for GET {base}/snapshots and GET {base}/snapshots/:asAt. */
export function createSnapshotHandlers(basePath: string, source: SnapshotSource): HttpHandler[] {
  return [
    http.get(endpointPattern(basePath, '/snapshots'), () => HttpResponse.json(source.list())),
    http.get<{ asAt: string }>(endpointPattern(basePath, '/snapshots/:asAt'), ({ params }) =>
      snapshotResponse(params.asAt, source.get(params.asAt)),
    ),
  ];
}
