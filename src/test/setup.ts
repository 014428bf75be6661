import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// Sections below the fold render just after the page above them; on a busy shared machine
// that can take longer than Testing Library's default second of waiting.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

// jsdom has no layout, so scrolling is a no-op rather than a "not implemented" error: the
// page's own scrolling, and the worker finder keeping its chosen suggestion in view.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;
