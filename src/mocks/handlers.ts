/** The mock API as the app sees it by default: the demo council over the v1 endpoints. */
import type { HttpHandler } from 'msw';
import { demoSnapshot, demoSnapshotList } from './demo/demo-store';
import { createSnapshotHandlers } from './handlers/snapshots';

export const DEFAULT_BASE_PATH = '/api/v1';

/** Handlers serving the demo council under the given base path. */
export function createHandlers(basePath: string = DEFAULT_BASE_PATH): HttpHandler[] {
  return createSnapshotHandlers(basePath, { list: demoSnapshotList, get: demoSnapshot });
}

export const handlers = createHandlers();
