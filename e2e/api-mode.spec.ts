/**
 * API mode as deployed: the production build, served by a real HTTP server
 * (scripts/e2e-api-server.ts) whose loadline.config.json points the app at
 * that server's own v1 endpoints, so no MSW runs. A `scenario` cookie makes
 * the server misbehave in one way per test; the app sends same-origin cookies.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { badRecords } from '../src/mocks/fault-data';
import { tableRows, waitForView } from './fixtures';

const ORGANISATION = 'Testshire County Council';
const SOURCE_LABEL = 'Test council API';
const SERVER = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 4175}`;
/**
 * The query client retries a network fault or an HTTP error twice with back-off
 * (about 1 s, then 2 s) before it shows the error: allow for that and more.
 */
const ERROR_TIMEOUT = 20_000;

type Scenario =
  | 'list-500'
  | 'snapshot-500'
  | 'slow'
  | 'malformed'
  | 'not-json'
  | 'wrong-version'
  | '503'
  | 'hang'
  | 'reset'
  | 'html'
  | 'bad-records'
  | 'older-500';

async function useScenario(context: BrowserContext, scenario: Scenario): Promise<void> {
  await context.addCookies([{ name: 'scenario', value: scenario, url: SERVER }]);
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The latest as-at date the server offers, as the page writes it. */
async function latestDate(page: Page): Promise<{ iso: string; text: string }> {
  const response = await page.request.get('/api/v1/snapshots');
  expect(response.status()).toBe(200);
  const list = (await response.json()) as { snapshots: string[] };
  const iso = [...list.snapshots].sort().at(-1) ?? '';
  return { iso, text: longDate.format(new Date(`${iso}T00:00:00Z`)) };
}

/** Requests the page makes to one API path, counted as they go out. */
function countRequests(page: Page, path: RegExp): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (path.test(new URL(request.url()).pathname)) count += 1;
  });
  return () => count;
}

/** Not a blank page: the header names the organisation and the source, the footer is there. */
async function expectPageFrame(page: Page): Promise<void> {
  const header = page.getByRole('banner');
  await expect(header).toContainText(ORGANISATION);
  await expect(header.locator('.source-badge')).toContainText(`Source: ${SOURCE_LABEL}`);
  await expect(page.getByRole('contentinfo')).toBeVisible();
}

async function expectNoNaN(page: Page): Promise<void> {
  expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
}

test('ok: the build runs on the real API with no mock service worker, and drills down', async ({
  page,
}) => {
  const apiResponses: { url: string; status: number; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/v1/')) {
      apiResponses.push({
        url: response.url(),
        status: response.status(),
        fromServiceWorker: response.fromServiceWorker(),
      });
    }
  });
  const latest = await latestDate(page);

  await page.goto('/');
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGANISATION);
  await expectPageFrame(page);
  await expect(page.getByRole('banner').locator('.source-badge')).toHaveText(
    `Source: ${SOURCE_LABEL}, as at ${latest.text}`,
  );
  await expect(page.getByText(/demo data/i)).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: /Service areas in .*against the caps/ }),
  ).toBeVisible();
  await expectNoNaN(page);

  // No service worker: nothing controls the page, nothing is registered, and
  // both reads went over the network to this server.
  expect(await page.evaluate(() => navigator.serviceWorker.controller === null)).toBe(true);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(0);
  expect(apiResponses.map(({ url }) => new URL(url).pathname)).toEqual(
    expect.arrayContaining(['/api/v1/snapshots', `/api/v1/snapshots/${latest.iso}`]),
  );
  expect(apiResponses.every((response) => response.status === 200)).toBe(true);
  expect(apiResponses.some((response) => response.fromServiceWorker)).toBe(false);

  // Organisation -> service area -> team, from the tables.
  await tableRows(page).first().getByRole('link').click();
  await waitForView(page);
  await expect(page).toHaveURL(/unit=/);
  const teamLink = tableRows(page).first().getByRole('link');
  const teamName = (await teamLink.textContent()) ?? '';
  await teamLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(teamName);
  await expect(page.getByRole('heading', { name: /Workers in .* against the caps/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(ORGANISATION);
  await expectNoNaN(page);
});

test('list-500: the list error says HTTP 500 and offers a retry that then works', async ({
  page,
  context,
}) => {
  await useScenario(context, 'list-500');
  const listRequests = countRequests(page, /^\/api\/v1\/snapshots$/);
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load the list of snapshots', {
    timeout: ERROR_TIMEOUT,
  });
  await expect(alert).toContainText('HTTP 500');
  // Tried once and retried twice, as docs/data-contract.md says.
  expect(listRequests()).toBe(3);
  await expect(page.getByRole('banner')).toContainText(`Source: ${SOURCE_LABEL}`);

  // The server recovers; Try again loads the dashboard without a reload.
  await context.clearCookies();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGANISATION);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectPageFrame(page);
  expect(listRequests()).toBe(4);
});

test('snapshot-500: the snapshot error says HTTP 500 under an intact header', async ({
  page,
  context,
}) => {
  await useScenario(context, 'snapshot-500');
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load this snapshot', { timeout: ERROR_TIMEOUT });
  await expect(alert).toContainText('HTTP 500');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectPageFrame(page);
  await expect(page.getByLabel('Snapshot', { exact: true })).toBeEnabled();
  await expectNoNaN(page);
});

test('slow: a loading status shows while the snapshot is on its way, then the page', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await useScenario(context, 'slow');
  const started = Date.now();
  await page.goto('/');

  await expect(page.getByRole('status').filter({ hasText: /^Loading the snapshot/ })).toBeVisible();
  await expectPageFrame(page);
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGANISATION);
  // The server held the snapshot back for 3 s: the page cannot have come sooner.
  expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
  await expectNoNaN(page);
});

test('malformed: the two invalid workers are rejected with reasons, the rest is shown', async ({
  page,
  context,
}) => {
  // The server breaks the first two case holders of the valid snapshot.
  const { iso } = await latestDate(page);
  const valid = (await (await page.request.get(`/api/v1/snapshots/${iso}`)).json()) as {
    workers: { id: string; role: string }[];
  };
  const [negative, overFull] = valid.workers.filter((worker) => worker.role === 'case-holder');

  await useScenario(context, 'malformed');
  await page.goto('/');
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORGANISATION);

  const report = page
    .getByRole('status')
    .filter({ hasText: '2 records were rejected from this snapshot' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('listitem')).toHaveText([
    new RegExp(`^Worker ${negative?.id ?? '?'}: .*casesHeld: must not be negative`),
    new RegExp(`^Worker ${overFull?.id ?? '?'}: .*fte: must be between 0 and 1`),
  ]);
  await expect(page.getByRole('table', { name: /Service areas in/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoNaN(page);
});

test('not-json: a truncated body is named as not valid JSON, under an intact header', async ({
  page,
  context,
}) => {
  await useScenario(context, 'not-json');
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load this snapshot', { timeout: ERROR_TIMEOUT });
  await expect(alert).toContainText('not valid JSON');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectPageFrame(page);
  await expectNoNaN(page);
});

test('wrong-version: a version 2 snapshot is refused with the reason', async ({
  page,
  context,
}) => {
  await useScenario(context, 'wrong-version');
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('uses data contract version 2', { timeout: ERROR_TIMEOUT });
  await expect(alert).toContainText('wrong contract version');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectPageFrame(page);
  await expectNoNaN(page);
});

test('503, a hung request, a cut connection and an HTML page: each named, under an intact header', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const faults: { scenario: Scenario; says: RegExp }[] = [
    { scenario: '503', says: /unavailable for now \(HTTP 503\)/ },
    { scenario: 'hang', says: /did not answer within 2 seconds \(timed out\)/ },
    { scenario: 'reset', says: /network is down or the service is not answering/ },
    { scenario: 'html', says: /not valid JSON.*web page \(HTML\)/ },
  ];
  for (const fault of faults) {
    await context.clearCookies();
    await useScenario(context, fault.scenario);
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert, fault.scenario).toContainText('Could not load this snapshot', {
      timeout: ERROR_TIMEOUT,
    });
    await expect(alert, fault.scenario).toContainText(fault.says);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expectPageFrame(page);
    await expectNoNaN(page);
  }
});

test('bad records: each rejected with its reason, every service area still shown', async ({
  page,
  context,
}) => {
  await useScenario(context, 'bad-records');
  await page.goto('/');
  await waitForView(page);
  const expected = badRecords();
  const report = page
    .getByRole('status')
    .filter({ hasText: `${expected.length} records were rejected from this snapshot` });
  for (const record of expected) await expect(report, record.fault).toContainText(record.reason);
  await expect(
    page.getByRole('table', { name: /Service areas in/ }).locator('tbody tr'),
  ).toHaveCount(5);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expectPageFrame(page);
});

test('older-500: a failed switch of date keeps the latest snapshot on screen and says so', async ({
  page,
  context,
}) => {
  await useScenario(context, 'older-500');
  const latest = await latestDate(page);
  await page.goto('/');
  await waitForView(page);
  const picker = page.getByLabel('Snapshot', { exact: true });
  const older = (await picker.locator('option').nth(1).getAttribute('value')) ?? '';
  await picker.selectOption(older);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('HTTP 500', { timeout: ERROR_TIMEOUT });
  await expect(banner).toContainText(`still shows the snapshot for ${latest.text}`);
  await expect(page.locator('.page-meta')).toContainText(`as at ${latest.text}`);
  await expect(page.getByRole('table', { name: /Service areas in/ })).toBeVisible();
  await expectPageFrame(page);
});
