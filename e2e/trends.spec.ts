import { expect, test, type Page } from '@playwright/test';
import { waitForTrend } from './fixtures';

const TEAM = 'team-cin-cp-north';

// Every snapshot loads before the trend is whole; on a busy machine that takes a while.
test.setTimeout(90_000);

interface ApiWorker {
  unitId: string;
  role: string;
  fte: number;
  casesHeld: number;
}
interface ApiSnapshot {
  asAt: string;
  workers: ApiWorker[];
}

/** Every snapshot as the API serves it (the demo API answers inside the page). */
async function fetchSnapshots(page: Page): Promise<ApiSnapshot[]> {
  return page.evaluate(async () => {
    const list = (await (await fetch('/api/v1/snapshots')).json()) as { snapshots: string[] };
    return Promise.all(
      list.snapshots.map(
        async (asAt) => (await (await fetch(`/api/v1/snapshots/${asAt}`)).json()) as ApiSnapshot,
      ),
    );
  });
}

/**
 * docs/measures.md: case holders are the case-holder and senior-practitioner roles with FTE
 * above 0; caseload per FTE is their cases ÷ their FTE; each one's own load, rounded half up to
 * one decimal place, counts at 20+ when it is 20.0 or more.
 */
function teamFigures(snapshot: ApiSnapshot, teamId: string) {
  const holders = snapshot.workers.filter(
    (worker) =>
      worker.unitId === teamId &&
      (worker.role === 'case-holder' || worker.role === 'senior-practitioner') &&
      worker.fte > 0,
  );
  const cases = holders.reduce((total, worker) => total + worker.casesHeld, 0);
  const fte = holders.reduce((total, worker) => total + worker.fte, 0);
  const at20 = holders.filter(
    (worker) => Math.round((worker.casesHeld / worker.fte) * 10) / 10 >= 20,
  ).length;
  return { perFte: cases / fte, at20, counted: holders.length };
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateWords = (asAt: string) => longDate.format(new Date(`${asAt}T00:00:00Z`));
/** "30 Sept 2026" (or "30 Sep 2026", as the browser's locale data writes it). */
const shortDatePattern = (asAt: string) => {
  const [day, month, year] = dateWords(asAt).split(' ');
  return `${Number(day)} ${month?.slice(0, 3)}t? ${year}`;
};

function changeWords(now: number, earlier: number): string {
  const difference = Math.round(now * 10) - Math.round(earlier * 10);
  if (difference === 0) return 'no change';
  return `${difference > 0 ? 'up' : 'down'} ${(Math.abs(difference) / 10).toFixed(1)} from ${earlier.toFixed(1)}`;
}

// One page load for both: the first step must come before any scroll, and the second reads the
// trend the first saw load.
test('the whole trend loads once the page is idle, without a scroll; a team’s trend and changes match the API’s snapshots, and the snapshot choice follows the URL', async ({
  page,
}) => {
  await page.goto(`/?unit=${TEAM}`);
  await test.step('the whole trend loads once the page is idle, without a scroll, so a page printed as it opens has it all', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    // No scrolling: the trend's table fills in with every snapshot (13 month ends) by itself.
    const rows = page.locator('.trend-details table tbody tr');
    await expect(rows).toHaveCount(13, { timeout: 45_000 });
    await expect(page.getByText(/still loading/)).toHaveCount(0);
  });

  await waitForTrend(page);
  const snapshots = await fetchSnapshots(page);
  const figures = snapshots.map((snapshot) => ({
    asAt: snapshot.asAt,
    ...teamFigures(snapshot, TEAM),
  }));
  expect(figures).toHaveLength(13);

  // The trend table: every snapshot, oldest first, with cases per FTE and the share at 20+.
  const section = page.getByRole('region', { name: /^Over time:/ });
  await section.getByText('Show the trend as a table').click();
  const rows = section.locator('table tbody tr');
  await expect(rows).toHaveCount(figures.length);
  for (const [position, expected] of figures.entries()) {
    const cells = rows.nth(position).locator('th, td');
    await expect(cells.nth(0)).toHaveText(dateWords(expected.asAt));
    await expect(cells.nth(1)).toHaveText(expected.perFte.toFixed(1));
    const share = `${Math.round((expected.at20 / expected.counted) * 100)}%`;
    await expect(cells.nth(5)).toHaveText(`${share} (${expected.at20} of ${expected.counted})`);
  }

  // Key figures: this snapshot against the previous one and the same month a year earlier.
  const [yearEarlier, , , , , , , , , , , previous, latest] = figures;
  if (!latest || !previous || !yearEarlier) throw new Error('13 snapshots expected');
  const loadTile = page.locator('.kpi', {
    has: page.getByRole('term').filter({ hasText: /^Cases per FTE$/ }),
  });
  await expect(loadTile).toContainText(
    new RegExp(
      `Previous \\(${shortDatePattern(previous.asAt)}\\): ${changeWords(latest.perFte, previous.perFte)}`,
    ),
  );
  await expect(loadTile).toContainText(
    new RegExp(
      `Year earlier \\(${shortDatePattern(yearEarlier.asAt)}\\): ${changeWords(latest.perFte, yearEarlier.perFte)}`,
    ),
  );
  const at20Tile = page.locator('.kpi', {
    has: page.getByRole('term').filter({ hasText: /^At 20\+/ }),
  });
  const percent = (entry: { at20: number; counted: number }) =>
    Math.round((entry.at20 / entry.counted) * 100);
  const [now, then] = [percent(latest), percent(previous)];
  await expect(at20Tile).toContainText(
    `${now}% at 20+, ${now === then ? `no change from ${then}%` : `${now > then ? 'up' : 'down'} from ${then}%`}`,
  );

  // Choosing another snapshot changes the URL, the stated date, and what it is compared with.
  await page.getByLabel('Snapshot', { exact: true }).selectOption(previous.asAt);
  await expect(page).toHaveURL(new RegExp(`asAt=${previous.asAt}`));
  await expect(page.locator('.page-meta')).toContainText(`as at ${dateWords(previous.asAt)}`);
  await waitForTrend(page);
  await expect(section).toContainText(`Every snapshot up to ${dateWords(previous.asAt)}`);
  await expect(loadTile).toContainText('Year earlier: no snapshot a year before');
  await section.getByText('Show the trend as a table').click();
  await expect(rows).toHaveCount(figures.length - 1);
});

test('printed, the page’s Recharts charts are drawn at the width of an A4 page, not the screen’s', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?unit=area-cin-cp');
  await waitForTrend(page);
  const surfaces = page.locator('.page-main svg.recharts-surface');
  await expect(surfaces).not.toHaveCount(0);
  const widthsOf = () =>
    surfaces.evaluateAll((svgs) => svgs.map((svg) => Number(svg.getAttribute('width'))));
  expect(Math.max(...(await widthsOf()))).toBeGreaterThan(1000);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = await widthsOf();
  expect(printed.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...printed)).toBeLessThanOrEqual(700);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(async () => Math.max(...(await widthsOf()))).toBeGreaterThan(1000);
});
