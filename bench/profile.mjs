/**
 * Where the time goes: a CPU profile (CDP Profiler) of one interaction on the
 * built app, summarised as self time per function and per source file.
 * Needs a built dist/ (npm run bench builds it).
 *
 *   node bench/profile.mjs national|council|api caps|drill|load|caps-paint
 *
 * "api" is the national scale on JSON endpoints, as the bench times its first
 * paint: bench/api-server.mjs serving what bench/write-snapshots.ts wrote.
 *
 * caps-paint profiles only from each cap change to its next paint (the part
 * the bench's "cap change to paint" times), leaving out what React renders
 * at low priority afterwards.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { SourceMapConsumer } from 'source-map-js';
import { preview } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [dataset = 'national', what = 'caps'] = process.argv.slice(2);
const port = Number(process.env.BENCH_PORT ?? 4195);
const server = await preview({
  root,
  logLevel: 'warn',
  preview: { port, strictPort: true, host: '127.0.0.1' },
});
const api =
  dataset === 'api'
    ? spawn(
        'node',
        [
          path.join(root, 'bench/api-server.mjs'),
          String(port + 2),
          path.join(os.tmpdir(), 'loadline-bench-national'),
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      )
    : null;
if (api) await new Promise((resolve) => api.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (what === 'load') await cdp.send('Profiler.start');
await page.goto(
  api ? `http://127.0.0.1:${port + 2}/` : `http://127.0.0.1:${port}/?demo=${dataset}`,
);
await page.waitForSelector('a.chart-bar-link', { timeout: 120_000 });
const parts = [];
if (what === 'caps-paint') {
  await page.waitForTimeout(4000);
  for (const preset of ['cafcass', 'default', 'napo', 'setting-the-bar', 'cafcass', 'default']) {
    await cdp.send('Profiler.start');
    await page.evaluate(
      (value) =>
        new Promise((resolve) => {
          const select = document.getElementById('caps-select');
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          requestAnimationFrame(() => setTimeout(resolve, 0));
        }),
      preset,
    );
    const { profile: part } = await cdp.send('Profiler.stop');
    parts.push(part);
    await page.waitForTimeout(600);
  }
} else if (what !== 'load') {
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  for (const preset of ['cafcass', 'default', 'cafcass']) {
    if (what === 'caps') await page.selectOption('#caps-select', preset);
    else {
      await page.locator('a.chart-bar-link').first().dispatchEvent('click');
      await page.waitForTimeout(300);
      await page.goBack();
    }
    await page.waitForTimeout(300);
  }
}
if (what !== 'caps-paint') parts.push((await cdp.send('Profiler.stop')).profile);
const self = new Map();
const byFile = new Map();
const maps = new Map();
function original(url, line, column) {
  const file = path.join(root, 'dist/assets', path.basename(url));
  if (!url || !existsSync(`${file}.map`)) return null;
  if (!maps.has(file))
    maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
  const found = maps.get(file).originalPositionFor({ line: line + 1, column });
  return found.source ? found : null;
}
for (const profile of parts) {
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const node of profile.nodes) {
    const time = (dt.get(node.id) ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const at = original(url, lineNumber, columnNumber);
    const source = at
      ? at.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')
      : path.basename(url);
    const key = at
      ? `${at.name ?? functionName ?? '(anon)'} ${source}:${at.line}`
      : `${functionName || '(anon)'} ${path.basename(url)}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + time);
    const file = at ? source.split('/').slice(0, 2).join('/') : functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + time);
  }
}

const top = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`)
    .join('\n');
console.log(
  `Self time by function (${dataset}, ${what}):\n${top(self, 30)}\n\nBy file:\n${top(byFile, 12)}`,
);
await browser.close();
await server.close();
api?.kill();
