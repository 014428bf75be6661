/**
 * Writes a demo dataset as the v1 API would serve it: the snapshot list and
 * one JSON file per month end, into the folder given. The bench serves these
 * from a plain HTTP server (bench/api-server.mjs), so each first paint is
 * measured as a deployment would see it, with the data already made, not
 * made in the browser as the demo does.
 *
 *   npx tsx bench/write-snapshots.ts council|national /tmp/loadline-bench-national
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Snapshot, SnapshotList } from '../src/contract/v1';
import { DEMO_SNAPSHOT_DATES, demoSnapshot, demoSnapshotList } from '../src/mocks/demo/demo-store';
import { generateNational } from '../src/mocks/national/generate-national';
import { nationalSnapshotList } from '../src/mocks/national/national-store';

const [dataset, folder] = process.argv.slice(2);
if (!folder || (dataset !== 'council' && dataset !== 'national')) {
  throw new Error('Say which dataset (council or national) and which folder to write to');
}

const list: SnapshotList = dataset === 'national' ? nationalSnapshotList() : demoSnapshotList();
const snapshotAt = (asAt: string, month: number): Snapshot => {
  if (dataset === 'national') return generateNational({ asAt, month });
  const snapshot = demoSnapshot(asAt);
  if (!snapshot) throw new Error(`The demo council has no snapshot for ${asAt}`);
  return snapshot;
};

mkdirSync(path.join(folder, 'snapshots'), { recursive: true });
writeFileSync(path.join(folder, 'snapshots.json'), JSON.stringify(list));
DEMO_SNAPSHOT_DATES.forEach((asAt, month) => {
  writeFileSync(
    path.join(folder, 'snapshots', `${asAt}.json`),
    JSON.stringify(snapshotAt(asAt, month)),
  );
});
