/**
 * Named API behaviours for tests: pass the result to server.use(...) to
 * override the default demo handlers for one test (setup resets them after).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Snapshot } from '../contract/v1';
import { demoSnapshot, demoSnapshotList } from './demo/demo-store';
import { DEFAULT_BASE_PATH } from './handlers';
import { endpointPattern, snapshotResponse } from './handlers/snapshots';

const SERVER_ERROR = { error: 'Internal server error' };

/** A snapshot as a broken producer might send it, and which of its workers are invalid. */
export interface MalformedSnapshot {
  body: Omit<Snapshot, 'workers'> & { workers: unknown[] };
  invalidWorkerIds: string[];
}

/**
 * Breaks the first two case-holding workers (casesHeld -3 with no case list,
 * then fte 3) and leaves every other record valid, so a test can check that
 * exactly those two are rejected and the rest still shown.
 */
export function malformSnapshot(snapshot: Snapshot): MalformedSnapshot {
  const targets = snapshot.workers.filter((worker) => worker.role === 'case-holder').slice(0, 2);
  const [negative, overFull] = targets;
  const workers = snapshot.workers.map((worker): unknown => {
    if (worker === negative) {
      // Without its case list, so the negative count is the record's only fault.
      const { id, unitId, displayName, role, asye, agency, fte } = worker;
      return { id, unitId, displayName, role, asye, agency, fte, casesHeld: -3 };
    }
    if (worker === overFull) return { ...worker, fte: 3 };
    return worker;
  });
  return { body: { ...snapshot, workers }, invalidWorkerIds: targets.map((worker) => worker.id) };
}

/** The snapshot list endpoint answers 500. */
export function snapshotListFails500(basePath = DEFAULT_BASE_PATH): HttpHandler[] {
  return [
    http.get(endpointPattern(basePath, '/snapshots'), () =>
      HttpResponse.json(SERVER_ERROR, { status: 500 }),
    ),
  ];
}

/** Every snapshot endpoint answers 500 (the list still works). */
export function snapshotFails500(basePath = DEFAULT_BASE_PATH): HttpHandler[] {
  return [
    http.get(endpointPattern(basePath, '/snapshots/:asAt'), () =>
      HttpResponse.json(SERVER_ERROR, { status: 500 }),
    ),
  ];
}

/** The snapshot list is valid but names no dates (a new organisation). */
export function snapshotListEmpty(basePath = DEFAULT_BASE_PATH): HttpHandler[] {
  return [
    http.get(endpointPattern(basePath, '/snapshots'), () =>
      HttpResponse.json({ ...demoSnapshotList(), snapshots: [] }),
    ),
  ];
}

/** Snapshots arrive with two invalid workers (see malformSnapshot); unknown dates still 404. */
export function snapshotIsMalformed(basePath = DEFAULT_BASE_PATH): HttpHandler[] {
  return [
    http.get<{ asAt: string }>(endpointPattern(basePath, '/snapshots/:asAt'), ({ params }) => {
      const snapshot = demoSnapshot(params.asAt);
      return snapshotResponse(params.asAt, snapshot && malformSnapshot(snapshot).body);
    }),
  ];
}

/** Snapshots arrive after delayMs milliseconds, for loading states and timeouts. */
export function slowSnapshot(delayMs: number, basePath = DEFAULT_BASE_PATH): HttpHandler[] {
  return [
    http.get<{ asAt: string }>(
      endpointPattern(basePath, '/snapshots/:asAt'),
      async ({ params }) => {
        await delay(delayMs);
        return snapshotResponse(params.asAt, demoSnapshot(params.asAt));
      },
    ),
  ];
}
