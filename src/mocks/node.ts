/** The MSW server for Node: vitest (jsdom) and any Node script. */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
