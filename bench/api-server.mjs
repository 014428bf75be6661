/**
 * The production build in API mode on JSON snapshots, as a deployment
 * pointed at an API would serve it: no MSW, no data made in the page. Run by
 * `npm run bench` as a process of its own for each scale, so serving 6 MB
 * snapshots never waits on the bench's own work.
 *
 *   node bench/api-server.mjs <port> <folder written by bench/write-snapshots.ts> [label]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = Number(process.argv[2]);
const dataFolder = process.argv[3];
const label = process.argv[4] ?? 'Test API';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The production build in API mode, on JSON written ahead by
 * bench/write-snapshots.ts: what a deployment pointed at an API sees.
 * No MSW, no data generated in the page.
 */
function startApi() {
  const config = JSON.stringify({ dataSource: { kind: 'api', baseUrl: '/api/v1', label } });
  // Compressed once, as a web server sends JSON: 6 MB of text is about 1 MB gzipped.
  const compressed = new Map();
  const gzipped = (file) => {
    if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file)));
    return compressed.get(file);
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, file, type = contentTypes[path.extname(file)]) => {
      response.writeHead(status, {
        'Content-Type': type ?? 'application/octet-stream',
        'Content-Encoding': 'gzip',
      });
      response.end(gzipped(file));
    };
    if (url.pathname === '/loadline.config.json') {
      response.writeHead(200, { 'Content-Type': contentTypes['.json'] });
      return response.end(config);
    }
    if (url.pathname === '/api/v1/snapshots') {
      return send(200, path.join(dataFolder, 'snapshots.json'));
    }
    const snapshot = url.pathname.match(/^\/api\/v1\/snapshots\/(\d{4}-\d{2}-\d{2})$/);
    if (snapshot) {
      const file = path.join(dataFolder, 'snapshots', `${snapshot[1]}.json`);
      if (existsSync(file)) return send(200, file);
      response.writeHead(404, { 'Content-Type': contentTypes['.json'] });
      return response.end('{"error":"No snapshot"}');
    }
    const file = path.join(root, 'dist', path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    const found = existsSync(file) && path.extname(file) !== '';
    return send(200, found ? file : path.join(root, 'dist/index.html'));
  });
  server.listen(apiPort, '127.0.0.1', () => console.log(`listening on ${apiPort}`));
}

startApi();
