/**
 * The national-scale demo data as JSON text, one snapshot per month end,
 * each generated on first request in a web worker (in the page itself where
 * there are no workers, as in unit tests). Only the last few are kept: each
 * is about 6 MB.
 */
import { CONTRACT_VERSION, type SnapshotList } from '../../contract/v1';
import { DEMO_SNAPSHOT_DATES } from '../demo/demo-store';
import { generateNational, NATIONAL_ORGANISATION } from './generate-national';

const KEEP = 3;
const cache = new Map<string, Promise<string>>();
let generator: Worker | null = null;
const waiting = new Map<string, (json: string) => void>();

export function nationalSnapshotList(): SnapshotList {
  return {
    version: CONTRACT_VERSION,
    organisation: { ...NATIONAL_ORGANISATION },
    snapshots: [...DEMO_SNAPSHOT_DATES],
  };
}

/** The snapshot for a date as JSON text, or undefined when there is none for that date. */
export function nationalSnapshotJson(asAt: string): Promise<string> | undefined {
  const month = DEMO_SNAPSHOT_DATES.indexOf(asAt);
  if (month < 0) return undefined;
  const cached = cache.get(asAt);
  if (cached) return cached;
  const made = typeof Worker === 'undefined' ? inPage(asAt, month) : inWorker(asAt, month);
  cache.set(asAt, made);
  if (cache.size > KEEP) {
    const [oldest] = cache.keys();
    if (oldest !== undefined) cache.delete(oldest);
  }
  return made;
}

/** Starts making the latest snapshot at once, so it is ready by the time the page asks. */
export function prepareLatestNationalSnapshot(): void {
  const latest = DEMO_SNAPSHOT_DATES[DEMO_SNAPSHOT_DATES.length - 1];
  if (latest !== undefined) void nationalSnapshotJson(latest);
}

function inPage(asAt: string, month: number): Promise<string> {
  return Promise.resolve(JSON.stringify(generateNational({ asAt, month })));
}

function inWorker(asAt: string, month: number): Promise<string> {
  generator ??= startGenerator();
  const worker = generator;
  return new Promise((resolve) => {
    waiting.set(asAt, resolve);
    worker.postMessage({ asAt, month });
  });
}

function startGenerator(): Worker {
  const worker = new Worker(new URL('./national-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ asAt: string; json: string }>) => {
    waiting.get(event.data.asAt)?.(event.data.json);
    waiting.delete(event.data.asAt);
  };
  return worker;
}
