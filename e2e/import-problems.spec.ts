import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { buildCswwXml } from '../src/importers/csww/csww-xml-builder';
import { expectNoAxeViolations, waitForView } from './fixtures';

// Each test imports and some save and reopen the panel: more steps than most, on a shared machine.
test.describe.configure({ timeout: 60_000 });

const header = 'Staff ID,Worker name,Role,ASYE,Agency,FTE,Caseload,Service area,Team';
const goodRow = 'W1,Ada Lovelace,Case holder,No,No,1,18,Children in Need,CIN Team A';

/** One byte a character, as Windows-1252 holds é and ë; only for Latin-1 text. */
function windowsBytes(text: string): Buffer {
  return Buffer.from(Array.from(text, (char) => char.charCodeAt(0)));
}

async function openImport(page: Page) {
  await page.goto('/');
  await waitForView(page);
  await page.getByRole('button', { name: 'Import data' }).click();
}

async function chooseWorkers(page: Page, buffer: Buffer) {
  await page.locator('#csv-workers-file').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer,
  });
  await expect(page.getByRole('group', { name: 'Match the file’s columns' })).toBeVisible();
  await page.locator('#csv-organisation').fill('Testborough Council');
  await page.locator('#csv-as-at').fill('2026-09-30');
}

test('a CSV with a header and no rows stops with the reason and nothing to save', async ({
  page,
}) => {
  await openImport(page);
  await chooseWorkers(page, Buffer.from(`${header}\r\n`));
  await page.getByRole('button', { name: 'Check the files' }).click();
  const report = page.locator('.import-report');
  await expect(report).toContainText(
    'the file has column names but no rows of data below them, so there is nothing to import',
  );
  await expect(report).toContainText('Nothing usable was found, so there is nothing to save.');
  await expect(page.getByRole('button', { name: /on the dashboard$/ })).toHaveCount(0);
});

test('a CSV saved by Excel as Windows text keeps its accents and says how it was read', async ({
  page,
}) => {
  await openImport(page);
  await chooseWorkers(
    page,
    windowsBytes(
      `${header}\r\nW1,Zoë Brontë,Case holder,No,No,1,18,Children in Need,Équipe Nord\r\n`,
    ),
  );
  await page.getByRole('button', { name: 'Check the files' }).click();
  await expect(page.locator('.import-report')).toContainText(
    'staff.csv was not saved as UTF-8, so it was read as Windows (Excel) text.',
  );
  await page.getByRole('button', { name: 'Show 1 workers on the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testborough Council');
  await expect(page.getByRole('link', { name: 'Children in Need' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Children in Need' }).first().click();
  await expect(page.getByRole('link', { name: 'Équipe Nord' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Import data' }).click();
  await page.getByRole('button', { name: 'Remove every import' }).click();
});

test('a semicolon-separated CSV is read, and the report says which separator it used', async ({
  page,
}) => {
  await openImport(page);
  await chooseWorkers(page, Buffer.from([header, goodRow].join('\n').replace(/,/g, ';')));
  await expect(page.getByLabel('cases held', { exact: false }).first()).toHaveValue('Caseload');
  await page.getByRole('button', { name: 'Check the files' }).click();
  const report = page.locator('.import-report');
  await expect(report).toContainText('1 of 1 rows accepted');
  await expect(report).toContainText('separated by semicolons (;), not commas');
});

test('a blank as-at date is asked for next to its field, with focus on it', async ({ page }) => {
  await openImport(page);
  await chooseWorkers(page, Buffer.from([header, goodRow].join('\n')));
  await page.locator('#csv-as-at').fill('');
  await page.getByRole('button', { name: 'Check the files' }).click();
  const date = page.locator('#csv-as-at');
  await expect(date).toBeFocused();
  await expect(date).toHaveAccessibleDescription(
    'Enter the date the figures are as at, for example 31/10/2026.',
  );
  await expect(page.locator('.import-report')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('checking keeps focus on the button, announces the result, and every problem can be downloaded and seen again after saving', async ({
  page,
}) => {
  // 300 rows with a negative caseload and an id a spreadsheet would take for a formula, and one good row.
  const bad = Array.from(
    { length: 300 },
    (_, index) =>
      `=W${index + 2},Worker ${index + 2},Case holder,No,No,1,-2,Children in Need,CIN Team A`,
  );
  await openImport(page);
  await chooseWorkers(page, Buffer.from([header, goodRow, ...bad].join('\n')));
  const check = page.getByRole('button', { name: 'Check the files' });
  await check.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.import-report')).toBeVisible();
  await expect(check).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Check finished.' })).toHaveText(
    'Check finished. 1 of 301 rows accepted; 300 problems rejected rows or the file. The report is below.',
  );
  await expect(page.locator('.import-report caption')).toHaveText(
    'Problems found: the first 200 of 300. Download every problem (CSV) to see them all.',
  );

  const lines = await downloadedProblems(page);
  // A heading line and 300 problems; the last line ends with a line break too.
  expect(lines).toHaveLength(302);
  expect(lines[0]).toBe('Line,Row or field,What happened,Reason');
  expect(lines[1]).toBe(`3,'=W2,Rejected,"cases held must be a whole number, 0 or more, got '-2'"`);
  expect(lines.slice(1, -1).every((line) => !/^[=+\-@]|,[=+\-@]/.test(line))).toBe(true);

  await page.getByRole('button', { name: 'Show 1 workers on the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testborough Council');
  await page.getByRole('button', { name: 'Import data' }).click();
  await page.getByText('See the report for 30 September 2026').click();
  const saved = page.getByRole('region', { name: 'Validation report for staff.csv' });
  await expect(saved).toContainText('1 of 301 rows accepted; 300 problems rejected rows');
  await expect(saved.locator('tbody tr')).toHaveCount(200);
  expect(await downloadedProblems(page)).toHaveLength(302);
  await page.getByRole('button', { name: 'Remove every import' }).click();
});

test('a census problem is placed by record, and a census with no workers stops', async ({
  page,
}) => {
  await openImport(page);
  await page.getByLabel('The CSWW census return (XML)').check();
  await page.locator('#csww-file').setInputFiles({
    name: 'csww.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from(buildCswwXml({ workers: [] })),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  const report = page.locator('.import-report');
  await expect(report).toContainText('The file has no worker records (no CSWWWorker elements)');
  await expect(report.locator('th').first()).toHaveText('Record');
  await expect(page.getByRole('button', { name: /on the dashboard$/ })).toHaveCount(0);
});

/** Clicks the visible "Download every problem (CSV)" and returns the file's lines. */
async function downloadedProblems(page: Page): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download every problem (CSV)' }).click(),
  ]);
  const path = await download.path();
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  return text.split('\r\n');
}
