/**
 * A real HTTP server for the end-to-end tests of API mode: it serves the
 * production build from dist/ with a runtime config that points the app at
 * this server's own v1 endpoints (so MSW never starts), and answers those
 * endpoints from the seeded demo council under a non-demo name.
 *
 *   npx tsx scripts/e2e-api-server.ts --port 4175 --dist dist
 *
 * The cookie `scenario=<name>` picks how the API misbehaves, per request, so
 * one server serves every test (each Playwright test has its own cookies):
 *
 *   ok             the contract, as it should be (the default)
 *   list-500       GET /snapshots answers 500
 *   snapshot-500   every GET /snapshots/{asAt} answers 500
 *   slow           every snapshot arrives after SLOW_MS
 *   malformed      snapshots carry two invalid workers, the rest valid
 *   not-json       snapshots arrive as truncated JSON
 *   wrong-version  snapshots say version 2
 *   503            snapshots answer 503 with Retry-After: 1
 *   hang           snapshots never answer (the config sets a 2 s timeout, no retries)
 *   reset          the connection to a snapshot is cut (a network fault)
 *   html           snapshots arrive as an HTML error page
 *   bad-records    snapshots carry one broken record of every kind (src/mocks/fault-data.ts)
 *   older-500      only the latest snapshot loads; every older one answers 500
 *
 * Node only, no framework. Listens on 127.0.0.1 only, never on a public
 * interface, and exits on SIGTERM or SIGINT.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { Snapshot, SnapshotList } from '../src/contract/v1';
import { demoSnapshot, demoSnapshotList } from '../src/mocks/demo/demo-store';
import { withBadRecords } from '../src/mocks/fault-data';

const HOST = '127.0.0.1';
const API_BASE = '/api/v1';
/** How long the `slow` scenario holds a snapshot back. */
const SLOW_MS = 3_000;

const TEST_ORGANISATION = { id: 'testshire', name: 'Testshire County Council' } as const;
const TEST_SOURCE_LABEL = 'Test council API';

const RUNTIME_CONFIG = {
  dataSource: { kind: 'api', baseUrl: API_BASE, label: TEST_SOURCE_LABEL },
};

const SCENARIOS = [
  'ok',
  'list-500',
  'snapshot-500',
  'slow',
  'malformed',
  'not-json',
  'wrong-version',
  '503',
  'hang',
  'reset',
  'html',
  'bad-records',
  'older-500',
] as const;
type Scenario = (typeof SCENARIOS)[number];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// ---- Contract data --------------------------------------------------------

/** The demo list under the test organisation's name. */
function snapshotList(): SnapshotList {
  const list = demoSnapshotList();
  return { ...list, organisation: { ...TEST_ORGANISATION }, snapshots: [...list.snapshots] };
}

/** The demo snapshot for a date under the test organisation's name, or undefined. */
function snapshotFor(asAt: string): Snapshot | undefined {
  const snapshot = demoSnapshot(asAt);
  if (!snapshot) return undefined;
  return {
    ...snapshot,
    organisation: { ...TEST_ORGANISATION },
    // The root unit carries the organisation's name too ("... (demo data)" in the demo).
    units: snapshot.units.map((unit) =>
      unit.parentId === null ? { ...unit, name: TEST_ORGANISATION.name } : unit,
    ),
  };
}

/**
 * Breaks the first two case-holding workers (casesHeld -3 with no case list,
 * then fte 3) and leaves every other record valid. The same rule as
 * malformSnapshot in src/mocks/scenarios.ts, which cannot be imported here
 * because that module pulls in msw.
 */
function malform(snapshot: Snapshot): { body: unknown; invalidWorkerIds: string[] } {
  const targets = snapshot.workers.filter((worker) => worker.role === 'case-holder').slice(0, 2);
  const [negative, overFull] = targets;
  const workers = snapshot.workers.map((worker): unknown => {
    if (worker === negative) {
      const { id, unitId, displayName, role, asye, agency, fte } = worker;
      return { id, unitId, displayName, role, asye, agency, fte, casesHeld: -3 };
    }
    if (worker === overFull) return { ...worker, fte: 3 };
    return worker;
  });
  return { body: { ...snapshot, workers }, invalidWorkerIds: targets.map((worker) => worker.id) };
}

// ---- Responses ------------------------------------------------------------

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    // Scenarios change per request: nothing may come from the browser cache.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), CONTENT_TYPES['.json'] ?? 'application/json');
}

function serverError(response: ServerResponse): void {
  sendJson(response, 500, { error: 'Internal server error' });
}

function readScenario(request: IncomingMessage): Scenario | { unknown: string } {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== 'scenario') continue;
    const value = decodeURIComponent(rest.join('='));
    return (SCENARIOS as readonly string[]).includes(value)
      ? (value as Scenario)
      : { unknown: value };
  }
  return 'ok';
}

/** Waits ms, or less if the client goes away; true when the client is still there. */
function waitFor(ms: number, request: IncomingMessage): Promise<boolean> {
  return new Promise((resolveWait) => {
    const timer = setTimeout(() => {
      request.off('close', onClose);
      resolveWait(true);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolveWait(false);
    };
    request.once('close', onClose);
  });
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  const scenario = readScenario(request);
  if (typeof scenario !== 'string') {
    sendJson(response, 400, {
      error: `Unknown scenario "${scenario.unknown}"; use one of ${SCENARIOS.join(', ')}`,
    });
    return;
  }

  if (path === `${API_BASE}/snapshots`) {
    if (scenario === 'list-500') return serverError(response);
    return sendJson(response, 200, snapshotList());
  }

  const match = /^\/api\/v1\/snapshots\/([^/]+)$/.exec(path);
  if (!match) return sendJson(response, 404, { error: `Nothing at ${path}` });
  const asAt = decodeURIComponent(match[1] ?? '');
  if (scenario === 'snapshot-500') return serverError(response);
  const snapshot = snapshotFor(asAt);
  if (!snapshot) return sendJson(response, 404, { error: `No snapshot for ${asAt}` });

  const latest = snapshotList().snapshots.at(-1);
  switch (scenario) {
    case '503':
      response.setHeader('Retry-After', '1');
      return sendJson(response, 503, { error: 'Service unavailable' });
    case 'hang':
      await waitFor(60_000, request);
      return;
    case 'reset':
      response.destroy();
      return;
    case 'html':
      return send(response, 200, '<!doctype html><h1>Bad gateway</h1>', 'text/html');
    case 'bad-records':
      return sendJson(response, 200, withBadRecords(snapshot));
    case 'older-500':
      return asAt === latest ? sendJson(response, 200, snapshot) : serverError(response);
    case 'slow':
      if (await waitFor(SLOW_MS, request)) sendJson(response, 200, snapshot);
      return;
    case 'malformed':
      return sendJson(response, 200, malform(snapshot).body);
    case 'not-json': {
      const text = JSON.stringify(snapshot);
      return send(response, 200, text.slice(0, Math.floor(text.length / 2)), 'application/json');
    }
    case 'wrong-version':
      return sendJson(response, 200, { ...snapshot, version: 2 });
    default:
      return sendJson(response, 200, snapshot);
  }
}

async function handleStatic(response: ServerResponse, distDir: string, path: string) {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    // Not built yet: 503 keeps Playwright waiting for this server until it is.
    send(response, 503, 'dist/index.html does not exist yet\n', 'text/plain; charset=utf-8');
    return;
  }
  const relative = path === '/' ? 'index.html' : path.slice(1);
  const file = resolve(distDir, relative);
  if (file !== distDir && !file.startsWith(distDir + sep)) {
    send(response, 403, 'Forbidden\n', 'text/plain; charset=utf-8');
    return;
  }
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) {
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    send(response, 200, await readFile(file), type);
  } else if (extname(relative) === '') {
    // A path without a file extension is a page of the app.
    send(response, 200, await readFile(indexFile), CONTENT_TYPES['.html'] ?? 'text/html');
  } else {
    send(response, 404, 'Not found\n', 'text/plain; charset=utf-8');
  }
}

async function handle(request: IncomingMessage, response: ServerResponse, distDir: string) {
  const path = new URL(request.url ?? '/', `http://${HOST}`).pathname;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    send(response, 405, 'Method not allowed\n', 'text/plain; charset=utf-8');
    return;
  }
  if (path === '/loadline.config.json') {
    // A short timeout and no retries for `hang`, so the test waits 2 s, not 20 s three times.
    const fast = readScenario(request) === 'hang' ? { requestTimeoutSeconds: 2, retries: 0 } : {};
    return sendJson(response, 200, { ...RUNTIME_CONFIG, ...fast });
  }
  if (path === API_BASE || path.startsWith(`${API_BASE}/`)) {
    return handleApi(request, response, path);
  }
  return handleStatic(response, distDir, path);
}

// ---- Main -----------------------------------------------------------------

function main(): void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4175' },
      dist: { type: 'string', default: 'dist' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`--port must be a port number, not "${values.port}"`);
  }
  const distDir = resolve(values.dist);

  const server = createServer((request, response) => {
    handle(request, response, distDir).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) serverError(response);
      else response.destroy();
    });
  });

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`e2e API server: ${signal}, closing`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
    // Never hang on the way out.
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  server.on('error', (error) => {
    console.error(`e2e API server: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, HOST, () => {
    console.log(`e2e API server on http://${HOST}:${port}/ serving ${distDir}`);
    if (!existsSync(join(distDir, 'index.html'))) {
      console.log('e2e API server: no index.html there yet, answering 503 until it is built');
    }
  });
}

main();
