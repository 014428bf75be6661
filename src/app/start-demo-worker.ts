/** Starts the mock service worker that serves the built-in demo data. */
import type { DemoDataset } from '../lib/demo-dataset';

export async function startDemoWorker(dataset: DemoDataset): Promise<void> {
  const { demoWorker } = await import('../mocks/browser');
  await demoWorker(dataset).start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
