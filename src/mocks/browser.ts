/** The mock service worker for the browser (demo mode, dev server and vite preview). */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);
