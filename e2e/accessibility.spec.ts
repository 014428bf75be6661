import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tableRows, waitForTrend, waitForView } from './fixtures';

/** Follows the first link in the table, one level down. */
async function openFirstRow(page: Page) {
  await tableRows(page).first().getByRole('link').click();
  await waitForView(page);
}

// One walk from the organisation down to a worker, scanning each view and each open panel on
// the way: every page load costs seconds of CPU (the demo data is built in the page), a step
// down a fraction of one. Each step names what it scans, so a failure says where.
test('axe finds no WCAG 2.2 AA violation on each level, in the finder and in the caps editor showing errors', async ({
  page,
}) => {
  // Six scans, each of which had a test (and a minute) of its own.
  test.slow();
  await page.goto('/');
  await waitForView(page);

  await test.step('on the organisation overview', () => expectNoAxeViolations(page));

  await test.step('in the header with the worker finder open and a suggestion in hand', async () => {
    const finder = page.getByRole('combobox', { name: 'Find a worker' });
    await finder.fill('wil');
    await finder.press('ArrowDown');
    const listbox = page.getByRole('listbox', { name: 'Workers' });
    await expect(listbox.getByRole('option', { selected: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await finder.fill('');
    await finder.press('Escape');
    await expect(listbox).toHaveCount(0);
  });

  // The trend is scanned as charts on the organisation, and as its table here.
  await test.step('on a service area, with its trend shown as a table', async () => {
    await openFirstRow(page);
    await waitForTrend(page);
    const section = page.getByRole('region', { name: /^Over time:/ });
    await expect(section.getByRole('img').first()).toBeVisible();
    await section.getByText('Show the trend as a table').click();
    await expect(section.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('on a team', async () => {
    await openFirstRow(page);
    await expectNoAxeViolations(page);
  });

  await test.step('in the caps editor showing errors', async () => {
    await page.getByRole('button', { name: 'Edit caps' }).click();
    await page.locator('#cap-0-from').fill('abc');
    await page.getByRole('button', { name: 'Save caps' }).click();
    await expect(page.locator('#caps-editor').getByRole('alert')).toContainText(
      'There is a problem',
    );
    await expectNoAxeViolations(page);
    // Closed unsaved, so the worker below is seen against the default caps.
    await page.getByRole('button', { name: 'Close caps editor' }).click();
    await expect(page.locator('#caps-editor')).toHaveCount(0);
  });

  await test.step('on a worker', async () => {
    await openFirstRow(page);
    await expectNoAxeViolations(page);
  });
});
