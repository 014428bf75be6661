/** The mock service worker for the browser (demo mode, dev server and vite preview). */
import { setupWorker } from 'msw/browser';
import type { DemoDataset } from '../lib/demo-dataset';
import { demoSnapshotList } from './demo/demo-store';
import { DEFAULT_BASE_PATH, handlers } from './handlers';
import { createNationalHandlers } from './national/national-handlers';
import { prepareLatestNationalSnapshot } from './national/national-store';

/** A worker serving the demo council, or England at national scale. */
export function demoWorker(dataset: DemoDataset) {
  if (dataset === 'national') {
    // Generation takes a few hundred milliseconds: start it while the worker registers.
    prepareLatestNationalSnapshot();
    return setupWorker(...createNationalHandlers(DEFAULT_BASE_PATH));
  }
  return setupWorker(...handlers);
}

/** Makes the demo council's months now (they are kept), so no request waits for them. */
export function prepareDemoCouncil(): void {
  demoSnapshotList();
}
