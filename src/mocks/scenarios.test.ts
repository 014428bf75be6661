import { snapshotSchema, workerSchema } from '../contract/v1';
import { demoSnapshot, demoSnapshotList } from './demo/demo-store';
import { server } from './node';
import {
  malformSnapshot,
  slowSnapshot,
  snapshotFails500,
  snapshotIsMalformed,
  snapshotListEmpty,
  snapshotListFails500,
} from './scenarios';

const latest = demoSnapshotList().snapshots.at(-1) ?? '';

describe('test scenarios', () => {
  it.each([
    ['snapshotListFails500', snapshotListFails500, '/api/v1/snapshots', 500],
    ['snapshotFails500', snapshotFails500, `/api/v1/snapshots/${latest}`, 500],
    ['snapshotFails500 (list still works)', snapshotFails500, '/api/v1/snapshots', 200],
    [
      'snapshotListFails500 (snapshots still work)',
      snapshotListFails500,
      `/api/v1/snapshots/${latest}`,
      200,
    ],
  ])('%s answers %s with %i', async (_label, scenario, url, status) => {
    server.use(...scenario());
    expect((await fetch(url)).status).toBe(status);
  });

  it('snapshotListEmpty lists no dates for the demo organisation', async () => {
    server.use(...snapshotListEmpty());
    const body: unknown = await (await fetch('/api/v1/snapshots')).json();
    expect(body).toEqual({ ...demoSnapshotList(), snapshots: [] });
  });

  it('snapshotIsMalformed sends exactly two invalid workers among valid ones', async () => {
    server.use(...snapshotIsMalformed());
    const body = (await (await fetch(`/api/v1/snapshots/${latest}`)).json()) as {
      workers: unknown[];
    };
    expect(snapshotSchema.safeParse(body).success).toBe(false);
    const invalid = body.workers.filter((worker) => !workerSchema.safeParse(worker).success);
    expect(invalid).toHaveLength(2);
    expect(body.workers.length).toBe(demoSnapshot(latest)?.workers.length);
  });

  it('malformSnapshot says which workers it broke, each for one reason', () => {
    const { body, invalidWorkerIds } = malformSnapshot(demoSnapshot(latest)!);
    const failures = body.workers
      .map((worker) => workerSchema.safeParse(worker))
      .flatMap((result) => (result.success ? [] : [result.error.issues]));
    expect(failures.map((issues) => issues.map((issue) => issue.path.join('.')))).toEqual([
      ['casesHeld'],
      ['fte'],
    ]);
    expect(invalidWorkerIds).toHaveLength(2);
  });

  it('slowSnapshot answers only after the delay', async () => {
    server.use(...slowSnapshot(150));
    const started = performance.now();
    const response = await fetch(`/api/v1/snapshots/${latest}`);
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});
