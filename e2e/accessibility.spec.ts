import { test } from '@playwright/test';
import { expectNoAxeViolations, tableRows, waitForView } from './fixtures';

test('axe finds no violation on the organisation, area, team and worker views, or in the caps editor', async ({
  page,
}) => {
  await page.goto('/');
  await waitForView(page);
  await expectNoAxeViolations(page);

  await tableRows(page).first().getByRole('link').click();
  await waitForView(page);
  await expectNoAxeViolations(page);

  await tableRows(page).first().getByRole('link').click();
  await waitForView(page);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Edit caps' }).click();
  await page.locator('#cap-0-from').fill('abc');
  await page.getByRole('button', { name: 'Save caps' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Close caps editor' }).click();

  await tableRows(page).first().getByRole('link').click();
  await waitForView(page);
  await expectNoAxeViolations(page);
});
