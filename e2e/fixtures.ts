import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Waits for a unit or worker page to finish loading: its h1 and (for units) the chart. */
export async function waitForView(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
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

/** Runs axe against WCAG 2.x A and AA rules and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
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
