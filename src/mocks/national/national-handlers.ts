/** MSW handlers serving the national-scale demo data over the v1 endpoints. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { endpointPattern } from '../handlers/snapshots';
import { nationalSnapshotJson, nationalSnapshotList } from './national-store';

export function createNationalHandlers(basePath: string): HttpHandler[] {
  return [
    http.get(endpointPattern(basePath, '/snapshots'), () =>
      HttpResponse.json(nationalSnapshotList()),
    ),
    http.get<{ asAt: string }>(
      endpointPattern(basePath, '/snapshots/:asAt'),
      async ({ params }) => {
        const json = nationalSnapshotJson(params.asAt);
        if (!json) {
          return HttpResponse.json({ error: `No snapshot for ${params.asAt}` }, { status: 404 });
        }
        // The text as generated: parsing and re-serialising 6 MB here would only cost time.
        return new HttpResponse(await json, { headers: { 'Content-Type': 'application/json' } });
      },
    ),
  ];
}
