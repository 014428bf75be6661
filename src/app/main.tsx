import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setRequestCredentials } from '../lib/api-client';
import { loadRuntimeConfig } from '../lib/runtime-config';
import { App } from './app';
import './styles.css';

async function start(): Promise<void> {
  const loaded = await loadRuntimeConfig();
  setRequestCredentials(loaded.credentials);
  if (loaded.isDemo) {
    // Loaded only for demo data, so a deployment on a real API never runs the mocks.
    const { startDemoWorker } = await import('./start-demo-worker');
    await startDemoWorker(loaded.dataset);
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App config={loaded} />
    </StrictMode>,
  );
}

void start();
