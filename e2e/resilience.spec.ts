/**
 * Faults and bad input on the production build's demo data, each switched on
 * by the URL (`?scenario=<name>`, src/mocks/fault-scenarios.ts). Every check
 * asks three things: a clear message naming the fault, the rest of the page
 * intact (header, footer, the other figures), and never a blank page or NaN.
 * `timeoutSeconds` and `retries` in the URL keep the waits short.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { badRecords } from '../src/mocks/fault-data';
import { waitForView } from './fixtures';

const ORGANISATION = 'Northbridge Council (demo data)';
/** No retries, so a fault shows at once. */
const NO_RETRIES = 'retries=0';

/** Not a blank page: the header names the organisation, the footer is there, no NaN. */
async function expectPageFrame(page: Page, organisation = ORGANISATION): Promise<void> {
  await expect(page.getByRole('banner')).toContainText(organisation);
  await expect(page.getByRole('contentinfo')).toBeVisible();
  // "NaN" in quotes is a rejection reason quoting the bad value; unquoted it would be a figure.
  expect(await page.locator('body').innerText()).not.toMatch(/(?<!")\b(NaN|Infinity)\b(?!")/);
}

test('each network fault is named in plain words under an intact page, with a retry', async ({
  page,
}) => {
  // Eight page loads: quick on an idle machine, but allow for a busy one.
  test.setTimeout(90_000);
  const faults: { scenario: string; what: string; says: RegExp }[] = [
    { scenario: '500', what: 'this snapshot', says: /internal error \(HTTP 500\)/ },
    { scenario: '503', what: 'this snapshot', says: /unavailable for now \(HTTP 503\)/ },
    { scenario: 'list-500', what: 'the list of snapshots', says: /HTTP 500/ },
    {
      scenario: 'timeout',
      what: 'this snapshot',
      says: /did not answer within 4 seconds \(timed out\)/,
    },
    { scenario: 'network-down', what: 'this snapshot', says: /network is down/ },
    { scenario: 'truncated', what: 'this snapshot', says: /not valid JSON.*cut off/ },
    { scenario: 'html', what: 'this snapshot', says: /not valid JSON.*web page \(HTML\)/ },
    { scenario: 'wrong-version', what: 'this snapshot', says: /version 2.*wrong contract version/ },
  ];
  for (const fault of faults) {
    // The timeout is short for the timeout scenario only, long enough for the list of dates.
    const timeout = fault.scenario === 'timeout' ? '&timeoutSeconds=4' : '';
    await page.goto(`/?scenario=${fault.scenario}&${NO_RETRIES}${timeout}`);
    const alert = page.getByRole('alert');
    // The error is all the page shows, so it is the page's heading.
    await expect(page.getByRole('heading', { level: 1 }), fault.scenario).toHaveText(
      `Could not load ${fault.what}`,
    );
    await expect(alert, fault.scenario).toContainText(`Could not load ${fault.what}`);
    await expect(alert, fault.scenario).toContainText(fault.says);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled();
    await expect(page.getByText(`Fault scenario “${fault.scenario}” is on`)).toBeVisible();
    // The list of dates failed too for list-500, so the header has only the product name.
    await expectPageFrame(page, fault.scenario === 'list-500' ? 'Loadline' : ORGANISATION);
  }
});

test('slow and flaky: loading says it is slow or retrying, then the page arrives', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/?scenario=flaky');
  await expect(
    page.getByRole('status').filter({ hasText: 'Still trying (attempt 2 of 3)' }),
  ).toContainText('HTTP 500');
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGANISATION);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto('/?scenario=slow');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the snapshot' })).toContainText(
    'This is taking longer than usual.',
  );
  await expectPageFrame(page);
  await waitForView(page);
  await expect(page.getByRole('table', { name: /Service areas in/ })).toBeVisible();
});

test('a failed switch of snapshot keeps the previous one on screen, says which, and survives going offline', async ({
  page,
  context,
}) => {
  await page.goto(`/?scenario=older-500&${NO_RETRIES}`);
  await waitForView(page);
  const meta = page.locator('.page-meta');
  await expect(meta).toContainText('as at 31 October 2026');
  const areas = page.getByRole('table', { name: /Service areas in/ });
  // The table may render a moment after the heading; read it only once its rows are there.
  await expect(areas.locator('tbody tr')).not.toHaveCount(0);
  const rowsBefore = await areas.locator('tbody tr').allInnerTexts();
  expect(rowsBefore.length).toBeGreaterThan(0);

  await page.getByLabel('Snapshot', { exact: true }).selectOption('2026-09-30');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Could not load the snapshot for 30 September 2026.');
  await expect(banner).toContainText('HTTP 500');
  await expect(banner).toContainText(
    /still shows the snapshot for 31 October 2026 \(fetched at \d\d:\d\d\), not 30 September 2026/,
  );
  // The previous snapshot's page is all still there, figures unchanged.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGANISATION);
  await expect(meta).toContainText('as at 31 October 2026');
  await expect(areas.locator('tbody tr')).toHaveText(rowsBefore, { useInnerText: true });
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toContainText('Could not load the snapshot for 30 September 2026.');
  await expectPageFrame(page);

  await context.setOffline(true);
  await expect(page.getByText('You are offline.')).toBeVisible();
  await expect(areas).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('You are offline.')).toHaveCount(0);
});

test('bad records are each rejected with their reason; the rest renders and nothing runs', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/?scenario=bad-records');
  await waitForView(page);
  const expected = badRecords();
  await expect(
    page.getByText(`${expected.length} records in this snapshot failed the data checks`),
  ).toBeVisible();
  const report = page
    .getByRole('status')
    .filter({ hasText: `${expected.length} records were rejected from this snapshot` });
  for (const record of expected) {
    await expect(report, record.fault).toContainText(
      `${record.kind === 'unit' ? 'Unit' : 'Worker'} ${record.id}: `,
    );
    await expect(report, record.fault).toContainText(record.reason);
  }
  // The rest: every service area in the table, the chart drawn, no injected element ran.
  await expect(
    page.getByRole('table', { name: /Service areas in/ }).locator('tbody tr'),
  ).toHaveCount(5);
  await expect(page.locator('.caseload-chart a.chart-bar-link')).toHaveCount(5);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  await expectPageFrame(page);
});

test('empty and huge data: a clear empty state, and 10 MB of workers still renders', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/?scenario=empty');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No snapshots yet');
  await expectPageFrame(page);

  const sizes: number[] = [];
  // The page reads a snapshot's body as a Blob, which Playwright's response.body() then sees
  // as empty: the length the mock service declared is read instead.
  page.on('response', (response) => {
    if (/\/api\/v1\/snapshots\/2026-10-31$/.test(response.url())) {
      void response.headerValue('content-length').then((length) => sizes.push(Number(length ?? 0)));
    }
  });
  await page.goto('/?scenario=huge');
  // About 10 MB to build, send, parse and check: allow it more than the usual wait.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGANISATION, {
    timeout: 40_000,
  });
  await waitForView(page);
  await expect(page.getByRole('table', { name: /Service areas in/ })).toContainText(
    'Bulk test area',
  );
  await expectPageFrame(page);
  await expect.poll(() => sizes[0] ?? 0).toBeGreaterThan(9_500_000);
});

test('stored settings that are corrupt or of an old shape reset with a notice at start', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('loadline.caps', '{not json');
    localStorage.setItem(
      'loadline.measure-settings',
      JSON.stringify({ state: { weighting: 'heavy' }, version: 1 }),
    );
  });
  await page.goto('/');
  await waitForView(page);
  await expect(page.getByText('Your saved caps could not be read')).toBeVisible();
  await expect(
    page.getByText('Your saved weighting scheme and ASYE rule could not be read'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /Service areas in/ })).toBeVisible();
  await expectPageFrame(page);
});

test('a broken loadline.config.json stops start-up with the reason; only a missing one means demo data', async ({
  page,
}) => {
  const configs: { body: string; status: number; reason: RegExp }[] = [
    {
      body: '{"dataSource":',
      status: 200,
      reason: /The configuration file loadline\.config\.json is not valid JSON\./,
    },
    {
      body: '{"dataSource":{"kind":"ftp"}}',
      status: 200,
      reason: /loadline\.config\.json is not valid \(dataSource\.kind/,
    },
    { body: 'down', status: 500, reason: /could not be read \(HTTP 500\)/ },
  ];
  for (const config of configs) {
    await page.route('**/loadline.config.json', (route) =>
      route.fulfill({ status: config.status, body: config.body, contentType: 'application/json' }),
    );
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loadline could not start');
    await expect(page.getByRole('alert')).toContainText(config.reason);
    await expect(page.getByText(/demo data/i)).toHaveCount(0);
    await page.unroute('**/loadline.config.json');
  }
  await page.route('**/loadline.config.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await waitForView(page);
  await expect(
    page.getByText(/No configuration file loadline\.config\.json was found/),
  ).toBeVisible();
  await expect(page.getByText('Demo data: not a real council')).toBeVisible();
});

test('the build runs under its Content Security Policy with no violation, and carries no credentials', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('/');
  await waitForView(page);
  await expect(page.locator('.caseload-chart a.chart-bar-link').first()).toBeVisible();
  await page.locator('.caseload-chart a.chart-bar-link').first().click();
  await waitForView(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(violations).toEqual([]);

  // Nothing in storage looks like a credential.
  const stored = await page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`),
      )
      .join('\n'),
  );
  expect(stored).not.toMatch(/token|bearer|password|secret/i);

  // Nor in the built files.
  const assets = join(process.cwd(), 'dist', 'assets');
  const tokenLike = [
    /Bearer\s+[A-Za-z0-9._~+/-]{16,}/,
    /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}/,
    /AKIA[0-9A-Z]{16}/,
    /gh[pousr]_[A-Za-z0-9]{30,}/,
    /(api[_-]?key|client[_-]?secret|password)["']?\s*[:=]\s*["'][^"'\s]{8,}["']/i,
  ];
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(join(assets, file), 'utf8');
    for (const pattern of tokenLike)
      expect(text, `${file} ${String(pattern)}`).not.toMatch(pattern);
  }
});
