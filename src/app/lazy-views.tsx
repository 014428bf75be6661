/**
 * Views that most visits never open, loaded as chunks of their own: the
 * import form (with its CSV and XML parsers), a worker's page, and the board
 * layout (with its image export). Left out of the first load, they no longer
 * add to the JavaScript the browser compiles before the first chart; once
 * the first view has painted, preloadViews() fetches them while the browser
 * is idle, so opening one later does not wait on the network.
 */
import { lazy } from 'react';

const loadImportPanel = () => import('../features/data-import/components/import-panel');
const loadWorkerPage = () => import('../features/worker-view/components/worker-page');
const loadBoardScreen = () => import('./board-screen');

export const ImportPanel = lazy(() =>
  loadImportPanel().then((module) => ({ default: module.ImportPanel })),
);
export const WorkerPage = lazy(() =>
  loadWorkerPage().then((module) => ({ default: module.WorkerPage })),
);
export const BoardScreen = lazy(() =>
  loadBoardScreen().then((module) => ({ default: module.BoardScreen })),
);

/** Fetches every lazy view's code in the background; a failure waits for the view to be opened. */
export function preloadViews(): void {
  for (const load of [loadWorkerPage, loadBoardScreen, loadImportPanel]) {
    load().catch(() => undefined);
  }
}
