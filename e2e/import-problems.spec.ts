import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { buildCswwXml, censusWorker } from '../src/importers/csww/csww-xml-builder';
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

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Import data' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import your data' })).toBeVisible();
}

async function closePanel(page: Page) {
  await page.getByRole('button', { name: 'Close import' }).click();
  await expect(page.locator('#import-panel')).toHaveCount(0);
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

// Checks that save nothing share one page: the panel is closed between them, which drops the
// form (it is unmounted), so each starts as a fresh panel does. One page load, not five.
test('checks that save nothing: an empty CSV, semicolons, a blank date, and two census problems', async ({
  page,
}) => {
  // Five tests' steps, one an accessibility scan.
  test.slow();
  await page.goto('/');
  await waitForView(page);
  await test.step('a CSV with a header and no rows stops with the reason and nothing to save', async () => {
    await openPanel(page);
    await chooseWorkers(page, Buffer.from(`${header}\r\n`));
    await page.getByRole('button', { name: 'Check the files' }).click();
    const report = page.locator('.import-report');
    await expect(report).toContainText(
      'the file has column names but no rows of data below them, so there is nothing to import',
    );
    await expect(report).toContainText('Nothing usable was found, so there is nothing to save.');
    await expect(page.getByRole('button', { name: /on the dashboard$/ })).toHaveCount(0);
    await closePanel(page);
  });

  await test.step('a semicolon-separated CSV is read, and the report says which separator it used', async () => {
    await openPanel(page);
    await chooseWorkers(page, Buffer.from([header, goodRow].join('\n').replace(/,/g, ';')));
    await expect(page.getByLabel('cases held', { exact: false }).first()).toHaveValue('Caseload');
    await page.getByRole('button', { name: 'Check the files' }).click();
    const report = page.locator('.import-report');
    await expect(report).toContainText('1 of 1 rows accepted');
    await expect(report).toContainText('separated by semicolons (;), not commas');
    await closePanel(page);
  });

  await test.step('a blank as-at date is asked for next to its field, with focus on it', async () => {
    await openPanel(page);
    await chooseWorkers(page, Buffer.from([header, goodRow].join('\n')));
    await page.locator('#csv-as-at').fill('');
    await page.getByRole('button', { name: 'Check the files' }).click();
    const date = page.locator('#csv-as-at');
    await expect(date).toBeFocused();
    await expect(date).toHaveAccessibleDescription(
      /Enter the date the figures are as at, for example 31\/10\/2026\.$/,
    );
    await expect(page.locator('.import-report')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await closePanel(page);
  });

  await test.step('a census Cases30 of 900 is accepted but listed to check, and the import is dated by the census', async () => {
    await openPanel(page);
    await page.getByLabel('The CSWW census return (XML)').check();
    await page.locator('#csww-file').setInputFiles({
      name: 'csww.xml',
      mimeType: 'text/xml',
      buffer: Buffer.from(
        buildCswwXml({
          referenceDate: '2024-09-30',
          year: '2024',
          workers: [censusWorker('SW1000001'), censusWorker('SW1000002', { Cases30: '900' })],
        }),
      ),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const report = page.locator('.import-report');
    await expect(report).toContainText('2 of 2 rows accepted; 1 accepted row to check.');
    const toCheck = report.getByRole('table', { name: 'Accepted, but check' });
    await expect(toCheck.locator('th').first()).toHaveText('Record');
    await expect(toCheck.locator('tbody tr')).toHaveText([
      /^2SW1000002900 cases held is more than 60/,
    ]);
    await expect(
      page.getByText('As at 30 September 2024: the census’s reference date'),
    ).toBeVisible();
    await closePanel(page);
  });

  await test.step('a census problem is placed by record, and a census with no workers stops', async () => {
    await openPanel(page);
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
    await closePanel(page);
  });
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

test('implausible values are accepted but listed to check, in the report, its download and the notes under the figures', async ({
  page,
}) => {
  // An import, a save, two drill-downs and two accessibility scans: the longest test in the file.
  test.slow();
  const rows = [
    goodRow,
    'W2,Ben Ortiz,Case holder,No,No,1,150,Children in Need,CIN Team A',
    'W3,Chloe Evans,Case holder,No,No,0.05,3,Children in Need,CIN Team A',
    'W4,Dan Price,Case holder,No,No,1,-2,Children in Need,CIN Team A',
  ];
  await openImport(page);
  // An export describes an earlier date than today: the date is chosen, never defaulted.
  await expect(page.locator('#csv-as-at')).toHaveValue('');
  await chooseWorkers(page, Buffer.from([header, ...rows].join('\n')));
  await page.getByRole('button', { name: 'Check the files' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check finished.' })).toHaveText(
    'Check finished. 3 of 4 rows accepted; 1 problem rejected rows or the file; 2 accepted rows to check. The report is below.',
  );
  const report = page.locator('.import-report');
  await expect(report.getByRole('heading', { name: 'Accepted, but check: 2 rows' })).toBeVisible();
  const toCheck = report.getByRole('table', { name: 'Accepted, but check' });
  await expect(toCheck.locator('tbody tr')).toHaveCount(2);
  await expect(toCheck.locator('tbody tr').first()).toContainText(
    '150 cases held is more than 60, far above any caseload cap',
  );
  await expect(toCheck.locator('tbody tr').nth(1)).toContainText(
    'FTE 0.05 for a worker holding 3 cases is less than 0.1',
  );
  await expect(
    report.getByRole('table', { name: 'Problems found' }).locator('tbody tr'),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);

  const lines = await downloadedProblems(page);
  expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
    '3,W2',
    '4,W3',
    '5,W4',
  ]);
  expect(
    lines.slice(1, -1).map((line) => line.match(/"Accepted, but check"|Rejected/)?.[0]),
  ).toEqual(['"Accepted, but check"', '"Accepted, but check"', 'Rejected']);

  await page.getByRole('button', { name: 'Show 3 workers on the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testborough Council');
  const notes = page.getByRole('region', { name: 'Notes on the figures' });
  await expect(notes).toContainText('2 records here have values to check.');
  await page.getByRole('link', { name: 'Children in Need' }).first().click();
  await page.getByRole('link', { name: 'CIN Team A' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CIN Team A');
  await expect(
    notes.getByRole('list', { name: 'Records to check' }).getByRole('listitem'),
  ).toHaveText([
    'Ben Ortiz: 150 cases held (more than 60); 150.0 cases per FTE (more than 100)',
    'Chloe Evans: FTE 0.05 with 3 cases (less than 0.1)',
  ]);
  // The bars say it in a word, not only by their height.
  await expect(page.locator('.caseload-chart__check')).toHaveCount(2);
  await expect(page.locator('.chart-check-note')).toContainText('“check” over a bar');
  await expect(page.getByRole('link', { name: /^Ben Ortiz: .*Check: 150 cases held/ })).toHaveCount(
    1,
  );
  await expect(page.locator('main')).not.toContainText('NaN');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  await page.getByRole('button', { name: 'Remove every import' }).click();
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
