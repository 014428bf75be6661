/**
 * The default handlers as the app's tests meet them: through the shared MSW
 * server (started by src/test/setup.ts) and fetch with a relative URL.
 */
import { snapshotListSchema, snapshotSchema } from '../contract/v1';
import { demoSnapshotList } from './demo/demo-store';
import { server } from './node';
import { createHandlers } from './handlers';

describe('demo handlers', () => {
  it('serve the demo snapshot list at /api/v1/snapshots', async () => {
    const response = await fetch('/api/v1/snapshots');
    expect(response.status).toBe(200);
    const list = snapshotListSchema.parse(await response.json());
    expect(list).toEqual(demoSnapshotList());
  });

  it('serve every listed snapshot, valid against the contract', async () => {
    const latest = demoSnapshotList().snapshots.at(-1);
    const response = await fetch(`/api/v1/snapshots/${latest ?? ''}`);
    expect(response.status).toBe(200);
    expect(snapshotSchema.parse(await response.json()).asAt).toBe(latest);
  });

  it('answer 404 for a date without a snapshot', async () => {
    const response = await fetch('/api/v1/snapshots/1999-12-31');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'No snapshot for 1999-12-31' });
  });

  it('can be mounted under another base path', async () => {
    server.use(...createHandlers('/other/base'));
    const response = await fetch('http://127.0.0.1:4173/other/base/snapshots');
    expect(response.status).toBe(200);
  });
});
