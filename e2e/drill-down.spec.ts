import { expect, test } from '@playwright/test';
import { tableRows, waitForView } from './fixtures';

// One page for both: the drill ends back on the organisation, where choosing a snapshot starts.
test('drills from the organisation to a worker and back by breadcrumbs; choosing an earlier snapshot puts it in the URL and on the page', async ({
  page,
}) => {
  // Two tests' steps, each of which had the file's time limit of its own.
  test.slow();
  await test.step('drills from the organisation to a worker and back by breadcrumbs', async () => {
    await page.goto('/');
    await waitForView(page);
    const organisation = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await expect(page.getByText('Demo data: not a real council')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /Service areas in .*against the caps/ }),
    ).toBeVisible();

    // Organisation -> service area, by clicking a bar in the chart.
    const firstBar = page.locator('.caseload-chart a.chart-bar-link').first();
    const areaLabel = (await firstBar.getAttribute('aria-label')) ?? '';
    const areaName = areaLabel.split(':')[0] ?? '';
    await firstBar.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(areaName);
    await expect(page).toHaveURL(/unit=area-/);

    // Service area -> team, by keyboard: focus a bar and press Enter.
    const teamBar = page.locator('.caseload-chart a.chart-bar-link').first();
    const teamName = ((await teamBar.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
    await teamBar.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(teamName);
    await expect(
      page.getByRole('heading', { name: /Workers in .* against the caps/ }),
    ).toBeVisible();

    // Team -> worker, from the table.
    const workerLink = tableRows(page).first().getByRole('link');
    const workerName = (await workerLink.textContent()) ?? '';
    await workerLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(workerName);
    await expect(page.getByRole('heading', { name: /Cases held on/ })).toBeVisible();
    await expect(page).toHaveURL(/worker=/);

    // Breadcrumbs lead back up: worker -> team -> organisation.
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('listitem')).toHaveCount(4);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(workerName);
    await crumbs.getByRole('link', { name: teamName }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(teamName);
    await crumbs.getByRole('link', { name: organisation }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation);

    // Back and forward move through the same views.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(teamName);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation);
  });
  await test.step('choosing an earlier snapshot puts it in the URL and on the page', async () => {
    const picker = page.getByLabel('Snapshot', { exact: true });
    const options = await picker.locator('option').allTextContents();
    expect(options.length).toBeGreaterThanOrEqual(12);
    const earlier = options[3] ?? '';
    await picker.selectOption({ label: earlier });
    await expect(page).toHaveURL(/asAt=\d{4}-\d{2}-\d{2}/);
    await expect(page.locator('.page-meta')).toContainText(`as at ${earlier}`);
    await page.reload();
    await expect(page.locator('.page-meta')).toContainText(`as at ${earlier}`);
  });
});

test('a pasted link restores the view, and a stale link falls back with a notice', async ({
  page,
}) => {
  await page.goto('/');
  await waitForView(page);
  await tableRows(page).first().getByRole('link').click();
  await waitForView(page);
  const areaName = await page.getByRole('heading', { level: 1 }).textContent();
  const link = page.url();

  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(areaName ?? '');

  await fresh.goto('/?unit=no-such-team&asAt=1999-01-31&caps=nonsense');
  await expect(fresh.getByText(/There is no snapshot for 31 January 1999/)).toBeVisible();
  await expect(fresh.getByText(/The unit “no-such-team” is not in the/)).toBeVisible();
  await expect(fresh.getByText(/caps preset could not be read/)).toBeVisible();
  await expect(
    fresh.getByRole('heading', { name: /Service areas in .*against the caps/ }),
  ).toBeVisible();
});
