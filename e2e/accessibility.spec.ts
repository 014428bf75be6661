import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tableRows, waitForView } from './fixtures';

/** Opens the organisation and follows the first table link `depth` times. */
async function openAtDepth(page: Page, depth: number) {
  await page.goto('/');
  await waitForView(page);
  for (let level = 0; level < depth; level++) {
    await tableRows(page).first().getByRole('link').click();
    await waitForView(page);
  }
}

test.describe('axe finds no WCAG 2.2 AA violation', () => {
  for (const [view, depth] of [
    ['the organisation overview', 0],
    ['a service area', 1],
    ['a team', 2],
    ['a worker', 3],
  ] as const) {
    test(`on ${view}`, async ({ page }) => {
      await openAtDepth(page, depth);
      await expectNoAxeViolations(page);
    });
  }

  test('in the header with the worker finder open and a suggestion in hand', async ({ page }) => {
    await openAtDepth(page, 0);
    const finder = page.getByRole('combobox', { name: 'Find a worker' });
    await finder.fill('wil');
    await finder.press('ArrowDown');
    await expect(
      page.getByRole('listbox', { name: 'Workers' }).getByRole('option', { selected: true }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('in the caps editor showing errors', async ({ page }) => {
    await openAtDepth(page, 2);
    await page.getByRole('button', { name: 'Edit caps' }).click();
    await page.locator('#cap-0-from').fill('abc');
    await page.getByRole('button', { name: 'Save caps' }).click();
    await expectNoAxeViolations(page);
  });
});
