import { getResponse } from 'msw';
import { snapshotListSchema, snapshotSchema, type Snapshot } from '../../contract/v1';
import { createSnapshotHandlers, endpointPattern, type SnapshotSource } from './snapshots';

const fixture: Snapshot = {
  version: 1,
  asAt: '2026-01-31',
  organisation: { id: 'org', name: 'Test Org' },
  units: [{ id: 'org', parentId: null, name: 'Test Org', kind: 'organisation' }],
  workers: [],
};

const source: SnapshotSource = {
  list: () => ({ version: 1, organisation: fixture.organisation, snapshots: [fixture.asAt] }),
  get: (asAt) => (asAt === fixture.asAt ? fixture : undefined),
};

async function get(basePath: string, url: string): Promise<Response | undefined> {
  return getResponse(createSnapshotHandlers(basePath, source), new Request(url));
}

describe('endpointPattern', () => {
  it.each([
    ['/api/v1', '/snapshots', '*/api/v1/snapshots'],
    ['/api/v1/', '/snapshots', '*/api/v1/snapshots'],
    ['https://data.example.org/v1', '/snapshots', 'https://data.example.org/v1/snapshots'],
  ])('%s + %s -> %s', (base, path, expected) => {
    expect(endpointPattern(base, path)).toBe(expected);
  });
});

describe('createSnapshotHandlers', () => {
  it.each(['http://localhost:3000', 'http://localhost:4173', 'https://loadline.example.gov.uk'])(
    'serves the snapshot list on any origin (%s)',
    async (origin) => {
      const response = await get('/api/v1', `${origin}/api/v1/snapshots`);
      expect(response?.status).toBe(200);
      expect(snapshotListSchema.parse(await response?.json()).snapshots).toEqual(['2026-01-31']);
    },
  );

  it('serves a snapshot by date', async () => {
    const response = await get('/api/v1', 'http://localhost/api/v1/snapshots/2026-01-31');
    expect(response?.status).toBe(200);
    expect(snapshotSchema.parse(await response?.json())).toEqual(fixture);
  });

  it('answers 404 with a JSON error naming the date', async () => {
    const response = await get('/api/v1', 'http://localhost/api/v1/snapshots/2026-02-28');
    expect(response?.status).toBe(404);
    expect(await response?.json()).toEqual({ error: 'No snapshot for 2026-02-28' });
  });

  it('honours another base path and ignores requests outside it', async () => {
    expect((await get('/custom/', 'http://x/custom/snapshots'))?.status).toBe(200);
    expect(await get('/custom', 'http://x/api/v1/snapshots')).toBeUndefined();
  });

  it('ties an absolute base path to its own origin', async () => {
    const base = 'https://data.example.org/v1';
    expect((await get(base, 'https://data.example.org/v1/snapshots'))?.status).toBe(200);
    expect(await get(base, 'https://elsewhere.example.org/v1/snapshots')).toBeUndefined();
  });
});
