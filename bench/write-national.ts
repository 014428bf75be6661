/**
 * Writes England at national scale as the v1 API would serve it: the
 * snapshot list and one JSON file per month end, into the folder given.
 * The bench serves these from a plain HTTP server, so the app's first paint
 * at national scale is measured as a deployment would see it, with the data
 * already made (not generated in the browser, as the demo does).
 *
 *   npx tsx bench/write-national.ts /tmp/loadline-national
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_SNAPSHOT_DATES } from '../src/mocks/demo/demo-store';
import { generateNational } from '../src/mocks/national/generate-national';
import { nationalSnapshotList } from '../src/mocks/national/national-store';

const folder = process.argv[2];
if (!folder) throw new Error('Say which folder to write to');
mkdirSync(path.join(folder, 'snapshots'), { recursive: true });
writeFileSync(path.join(folder, 'snapshots.json'), JSON.stringify(nationalSnapshotList()));
DEMO_SNAPSHOT_DATES.forEach((asAt, month) => {
  writeFileSync(
    path.join(folder, 'snapshots', `${asAt}.json`),
    JSON.stringify(generateNational({ asAt, month })),
  );
});
