/**
 * Starts the mock service worker that serves the built-in demo data (one
 * council, or England at national scale), with a fault scenario from the URL
 * when one is named. Returns a notice saying which scenario is on (or that
 * the name was not understood), or null.
 */
import type { DemoDataset } from '../lib/demo-dataset';

export async function startDemoWorker(
  dataset: DemoDataset,
  scenario: string | null,
): Promise<string | null> {
  const [{ demoWorker, prepareDemoCouncil }, { faultScenario, faultScenarios, isFaultScenario }] =
    await Promise.all([import('../mocks/browser'), import('../mocks/fault-scenarios')]);
  const worker = demoWorker(dataset);
  let notice: string | null = null;
  if (scenario !== null) {
    if (isFaultScenario(scenario)) {
      worker.use(...faultScenario(scenario));
      notice = `Fault scenario “${scenario}” is on for this demonstration: ${faultScenarios[scenario]}.`;
    } else {
      notice = `There is no fault scenario called “${scenario}”, so the demo data is served as usual. Known scenarios: ${Object.keys(faultScenarios).join(', ')}.`;
    }
  }
  const started = worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  // The council's thirteen months take about 0.2 s to make, on this thread: made while the
  // service worker installs (in the browser's own time), not on the first request for them.
  if (dataset === 'council') setTimeout(prepareDemoCouncil, 0);
  await started;
  return notice;
}
