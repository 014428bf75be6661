import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setRequestCredentials, setRequestTimeout } from '../lib/api-client';
import { readDemoOverrides } from '../lib/demo-overrides';
import { loadRuntimeConfig, type LoadedConfig } from '../lib/runtime-config';
import { App } from './app';
import { StartupError } from './startup-error';
import './styles.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  const root = createRoot(container);
  const result = await loadRuntimeConfig();
  if (!result.ok) {
    root.render(<StartupError reason={result.reason} />);
    return;
  }
  let loaded: LoadedConfig = result.loaded;
  setRequestCredentials(loaded.credentials);
  if (loaded.isDemo) {
    const overrides = readDemoOverrides(window.location.search);
    // Loaded only for demo data, so a deployment on a real API never runs the mocks.
    const { startDemoWorker } = await import('./start-demo-worker');
    const scenarioNotice = await startDemoWorker(loaded.dataset, overrides.scenario);
    loaded = {
      ...loaded,
      requestTimeoutSeconds: overrides.requestTimeoutSeconds ?? loaded.requestTimeoutSeconds,
      retries: overrides.retries ?? loaded.retries,
      notice: scenarioNotice ?? loaded.notice,
    };
  }
  setRequestTimeout(loaded.requestTimeoutSeconds);
  root.render(
    <StrictMode>
      <App config={loaded} />
    </StrictMode>,
  );
}

void start();
