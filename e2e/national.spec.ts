import { expect, test } from '@playwright/test';
import { waitForView } from './fixtures';

test('England at national scale loads, drills region to council, pages nothing it need not, and its links open the same data elsewhere', async ({
  page,
  browser,
}) => {
  await page.goto('/?demo=national');
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'England (national-scale demo data)',
  );
  await expect(
    page.getByRole('heading', { name: /Regions in England.*against the caps/ }),
  ).toBeVisible();
  // Nine regions: nine bars, no pager.
  await expect(page.locator('.caseload-chart a.chart-bar-link')).toHaveCount(9);
  await expect(page.getByRole('navigation', { name: 'Pages of the chart' })).toHaveCount(0);
  // 30,000 workers in the key figures.
  await expect(
    page.locator('.kpi-tiles').getByText('30,000', { exact: true }).first(),
  ).toBeVisible();
  // Counts in the thousands carry separators, as in "18,231 of 26,250".
  await expect(page.locator('.kpi-tiles')).toContainText(/\d{1,2},\d{3} of \d{1,2},\d{3}/);
  await expect(page.locator('.kpi-tiles')).not.toContainText(/\d{4,} of/);
  // The badge says the councils are invented, not that this is "not a real council".
  await expect(page.locator('.source-badge')).toHaveText(
    'Demo data: invented councils, not England’s real figures',
  );

  const regionBar = page.locator('.caseload-chart a.chart-bar-link').first();
  const regionName = ((await regionBar.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
  await regionBar.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(regionName);
  await expect(page.getByRole('heading', { name: /Councils in .*against the caps/ })).toBeVisible();

  const councilBar = page.locator('.caseload-chart a.chart-bar-link').first();
  const councilName = ((await councilBar.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
  await councilBar.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(councilName);
  await expect(
    page.getByRole('heading', { name: /Service areas in .*against the caps/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/unit=council-.*demo=national/);

  // The address, opened in another browser (no memory of this tab), shows the same council.
  const elsewhere = await browser.newContext();
  const shared = await elsewhere.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole('heading', { level: 1 })).toHaveText(councilName, {
    timeout: 30_000,
  });
  await elsewhere.close();
});
