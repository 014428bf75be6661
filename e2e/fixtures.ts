import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Waits for a unit or worker page to finish loading: its h1 and (for units) the chart. */
export async function waitForView(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

/** Waits for the page and for its trend: every earlier snapshot loaded, both charts drawn. */
export async function waitForTrend(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  // Earlier snapshots load once the trend comes near the screen, as when a person scrolls to it.
  await page.getByRole('region', { name: /^Over time:/ }).scrollIntoViewIfNeeded();
  await expect(page.getByText(/^Loading|^Working out|still loading/)).toHaveCount(0, {
    timeout: 45_000,
  });
  await waitForView(page);
}

/**
 * The rows of the caseload table, the one whose rows link onwards (header row excluded). A table
 * in a section still catching up after a drill-down (`data-behind`) still shows the unit before,
 * so it is passed over: the locator waits until the section has caught up.
 */
export function tableRows(page: Page) {
  return page
    .locator(
      'xpath=//table[contains(@class, "data-table")][.//tbody//a][not(ancestor::*[@data-behind])]',
    )
    .first()
    .locator('tbody tr');
}

/**
 * Runs axe against WCAG 2.x A and AA rules and fails on any violation, listing them.
 *
 * The same rules and the same findings, for about 40% of the CPU of axe's defaults: axe runs in
 * the page itself (legacy mode) instead of opening a second page to merge per-frame results in,
 * which only frames from another origin need; and it lists only the violations node by node
 * (`resultTypes`), not the hundreds of elements that pass.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const origin = new URL(page.url()).origin;
  const otherOrigins = page
    .frames()
    .map((frame) => frame.url())
    .filter((url) => url !== 'about:blank' && new URL(url).origin !== origin);
  // Legacy mode would pass over a frame from another origin, so there must be none.
  expect(otherOrigins).toEqual([]);
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** The fill colours of the chart's bars, in order. */
export async function barFills(page: Page): Promise<string[]> {
  return page
    .locator('.caseload-chart .caseload-bar rect')
    .evaluateAll((rects) => rects.map((rect) => rect.getAttribute('fill') ?? ''));
}

/**
 * Imports a CSV export of workers as Testborough Council at 30 September 2026, through the
 * import panel as a person would (the file dialog filled directly), and waits for its dashboard.
 */
export async function importWorkersCsv(
  page: Page,
  file: { name: string; csv: string; workers: number },
): Promise<void> {
  await page.goto('/');
  await waitForView(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  await page.locator('#csv-workers-file').setInputFiles({
    name: file.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(file.csv),
  });
  await page.locator('#csv-organisation').fill('Testborough Council');
  await page.locator('#csv-as-at').fill('2026-09-30');
  await page.getByRole('button', { name: 'Check the files' }).click();
  await page.getByRole('button', { name: `Show ${file.workers} workers on the dashboard` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testborough Council');
}
