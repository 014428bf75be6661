/** Starts the mock service worker that serves the built-in demo council. */
export async function startDemoWorker(): Promise<void> {
  const { worker } = await import('../mocks/browser');
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
