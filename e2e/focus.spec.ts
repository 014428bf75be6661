import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForView } from './fixtures';

const team = 'team-cin-cp-south';

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
async function tabTo(
  page: Page,
  target: Locator,
  direction: 'forwards' | 'backwards' = 'forwards',
) {
  const key = direction === 'forwards' ? 'Tab' : 'Shift+Tab';
  for (let presses = 0; presses < 150; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

async function teamName(page: Page): Promise<string> {
  await page.goto(`/?unit=${team}`);
  await waitForView(page);
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

interface Panel {
  opener: string;
  heading: string;
  panel: string;
}

/** Opens a panel by keyboard and closes it by its Close button: focus goes back to the opener. */
async function closeReturnsFocus(page: Page, panel: Panel) {
  const opener = page.getByRole('button', { name: panel.opener, exact: true });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: panel.heading })).toBeFocused();

  await tabTo(page, page.locator(panel.panel).getByRole('button', { name: 'Close', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator(panel.panel)).toHaveCount(0);
  await expect(opener).toBeFocused();
}

// One page load for the checks that leave the view where it is, in the order a keyboard meets
// them: focus after the load, each panel's Close button in turn (header first), then a cap's
// removal, reached back from the last panel's button.
test('a page load leaves focus at the top; each panel’s Close button returns focus to its opener; removing a cap moves focus to the cap that took its place', async ({
  page,
}) => {
  // Five tests' steps.
  test.slow();
  await teamName(page);
  await test.step('a page load leaves focus at the top, so the skip link comes first', async () => {
    await expect(page.locator(':focus')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to main content');
  });

  for (const panel of [
    { opener: 'Import data', heading: 'Import your data', panel: '#import-panel' },
    { opener: 'Edit caps', heading: 'Edit caps', panel: '#caps-editor' },
    {
      opener: 'Weighting and ASYE caps',
      heading: 'Weighting and ASYE caps',
      panel: '#measure-settings',
    },
  ]) {
    await test.step(`closing “${panel.opener}” by its Close button returns focus to the button that opened it`, () =>
      closeReturnsFocus(page, panel));
  }

  await test.step('removing a cap moves focus to the cap that took its place, says so, and removes only one', async () => {
    // Focus is on “Weighting and ASYE caps”, after “Edit caps”: back to it.
    await tabTo(page, page.getByRole('button', { name: 'Edit caps', exact: true }), 'backwards');
    await page.keyboard.press('Enter');
    const editor = page.locator('#caps-editor');
    const cap2 = editor.getByRole('group', { name: 'Cap 2', exact: true });
    const cap3Value = await editor.locator('#cap-2-from').inputValue();

    await tabTo(page, editor.getByRole('button', { name: 'Remove cap 2' }));
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('status')).toHaveText('Cap 2 removed. 2 caps left.');
    await expect(cap2.getByRole('combobox', { name: 'Kind' })).toBeFocused();
    await expect(cap2.getByRole('textbox', { name: /Value/ })).toHaveValue(cap3Value);

    // A second Enter lands on the field, not on another Remove button.
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('group', { name: /^Cap \d$/ })).toHaveCount(2);

    await tabTo(page, editor.getByRole('button', { name: 'Remove cap 2' }));
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('status')).toHaveText('Cap 2 removed. 1 cap left.');
    await expect(editor.getByRole('button', { name: 'Add a cap' })).toBeFocused();
  });
});

test('every move between views puts focus on the new page’s heading', async ({ page }) => {
  const teamTitle = await teamName(page);

  // Team -> worker, by a bar in the chart.
  const bar = page.locator('.caseload-chart a.chart-bar-link').first();
  const barWorker = ((await bar.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
  await tabTo(page, bar);
  await page.keyboard.press('Enter');
  await expect(heading(page, barWorker)).toBeFocused();
  await expect(page.locator(':focus')).toHaveText(barWorker);

  // Worker -> team, by the breadcrumb just before the heading.
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await tabTo(page, crumbs.getByRole('link', { name: teamTitle, exact: true }), 'backwards');
  await page.keyboard.press('Enter');
  await expect(heading(page, teamTitle)).toBeFocused();

  // Team -> worker, by a link in the table.
  const tableLink = page.locator('table.data-table tbody a').first();
  await expect(tableLink).toBeVisible();
  const tableWorker = (await tableLink.textContent()) ?? '';
  await tabTo(page, tableLink);
  await page.keyboard.press('Enter');
  await expect(heading(page, tableWorker)).toBeFocused();

  // Back and Forward, as the browser's buttons do.
  await page.goBack();
  await expect(heading(page, teamTitle)).toBeFocused();
  await page.goForward();
  await expect(heading(page, tableWorker)).toBeFocused();
  await page.goBack();
  await expect(heading(page, teamTitle)).toBeFocused();

  // Team -> service area -> team: a unit to a unit, both ways.
  const areaCrumb = crumbs.getByRole('link').last();
  const areaName = (await areaCrumb.textContent()) ?? '';
  await tabTo(page, areaCrumb, 'backwards');
  await page.keyboard.press('Enter');
  await expect(heading(page, areaName)).toBeFocused();
  await tabTo(page, page.locator(`.caseload-chart a.chart-bar-link[aria-label^="${teamTitle}:"]`));
  await page.keyboard.press('Enter');
  await expect(heading(page, teamTitle)).toBeFocused();
});

test('an import that closes its panel returns focus to “Import data”, not to the new page', async ({
  page,
}) => {
  await teamName(page);
  const opener = page.getByRole('button', { name: 'Import data', exact: true });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  // A file dialog and a date picker are the browser's own: the form is filled directly.
  await page.locator('#csv-workers-file').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Staff ID,Worker name,Role,ASYE,Agency,Contracted FTE,Caseload,Service area,Team\n' +
        'W1,Ada Lovelace,Case holder,No,No,1,18,Children in Need,CIN Team A',
    ),
  });
  await page.locator('#csv-organisation').fill('Testborough Council');
  await page.locator('#csv-as-at').fill('2026-09-30');
  await tabTo(page, page.getByRole('button', { name: 'Check the files' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: /^Show 1 worker/ }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testborough Council');
  await expect(page.locator('#import-panel')).toHaveCount(0);
  await expect(opener).toBeFocused();
});
