import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { csvRecords, parseCsv } from './csv';
import { expectNoAxeViolations, importWorkersCsv, tableRows, waitForView } from './fixtures';

// Each test imports or loads a page and downloads: more steps than most, on a shared machine.
test.describe.configure({ timeout: 60_000 });

async function downloadTable(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download table (CSV)' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString() };
}

test('the dashboard’s table downloads as a CSV of every row, highest first, with its context', async ({
  page,
}) => {
  // One team of 45 case holders at 1 FTE holding 1 to 45 cases: more rows than a page of 40.
  const workersCsv = [
    'Staff ID,Worker name,Role,ASYE,Agency,Contracted FTE,Caseload,Service area,Team',
    ...Array.from(
      { length: 45 },
      (_, at) => `W${at + 1},Person ${at + 1},Case holder,No,No,1,${at + 1},Area One,Team A`,
    ),
  ].join('\n');
  await importWorkersCsv(page, { name: 'big-team.csv', csv: workersCsv, workers: 45 });
  await tableRows(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Area One');
  await tableRows(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team A');
  // The table shows a page of 40; the file holds all 45.
  await expect(tableRows(page)).toHaveCount(40);

  // Sorted by name on screen: the file is still highest first.
  await page.getByLabel('Name').check();
  const file = await downloadTable(page);
  // A team's table names its workers, and the file's name says so, as the board's files do.
  expect(file.name).toBe('loadline-team-a-2026-09-30-table-with-worker-names.csv');
  const [header] = parseCsv(file.text);
  expect(header).toEqual([
    'As at',
    'Organisation',
    'Part of',
    'Worker',
    'Role',
    'Counted',
    'Cases',
    'FTE',
    'Cases per FTE',
    'Own cap',
    'At or over own cap',
    'Band',
    'Note',
    'Measure',
    'Caps',
    'Caps source',
    'Own cap rule',
    'Data source',
  ]);
  const rows = csvRecords(file.text);
  expect(rows).toHaveLength(45);
  // Person n holds n cases at 1 FTE: n per FTE, so the file runs from Person 45 down to Person 1.
  expect(rows.map((row) => row.Worker)).toEqual(
    Array.from({ length: 45 }, (_, at) => `Person ${45 - at}`),
  );
  expect(rows.map((row) => row['Cases per FTE'])).toEqual(
    Array.from({ length: 45 }, (_, at) => `${45 - at}`),
  );
  // Counted as Yes or No, so a spreadsheet filters it cleanly.
  expect(new Set(rows.map((row) => row.Counted))).toEqual(new Set(['Yes']));
  // Own cap 20 per FTE: Person 20 and above are at or over it, Person 19 below.
  expect(rows.find((row) => row.Worker === 'Person 20')?.['At or over own cap']).toBe('Yes');
  expect(rows.find((row) => row.Worker === 'Person 19')?.['At or over own cap']).toBe('No');
  for (const row of rows) {
    expect(row).toMatchObject({
      'As at': '2026-09-30',
      Organisation: 'Testborough Council',
      'Part of': 'Team A',
      Measure: 'Cases per FTE, counting children; case holders only (the DfE rule).',
      'Data source': 'imported file big-team.csv',
    });
  }
});

// One page of the same view for both: downloading the table changes nothing on it.
test('a unit’s table downloads with counts a spreadsheet sums, and its name carries unit and date; "Copy link to this view" copies a link with the unit, date and caps, and says so', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two tests' steps, each of which had the file's time limit of its own.
  test.slow();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: baseURL,
  });
  await page.goto('/?unit=area-cin-cp&caps=cafcass');
  await waitForView(page);
  await test.step('a unit’s table downloads with counts a spreadsheet sums, and its name carries unit and date', async () => {
    const file = await downloadTable(page);
    // Teams' figures name no worker: no "with-worker-names".
    expect(file.name).toBe('loadline-child-in-need-and-child-protection-2026-10-31-table.csv');
    const records = csvRecords(file.text);
    expect(records).toHaveLength(6);
    const loads = records.map((row) => Number(row['Cases per FTE']));
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
    for (const row of records) {
      expect(row).toMatchObject({
        'As at': '2026-10-31',
        Organisation: 'Northbridge Council (demo data)',
        'Part of': 'Child in Need and Child Protection',
        Caps: '18–20 (target range), 25 (25 and over)',
        'Caps source':
          'Cafcass: 18–20 target, tracks 20+ and 25+. Source: Cafcass (2024): aim of 18–20 active cases; tracks the share at 20+ and 25+',
        'Data source': 'Demo data: not a real council',
      });
      expect(row['Case holders counted']).toMatch(/^\d+$/);
      expect(row['Case holders at 25+']).toMatch(/^\d+$/);
      // At most as many at 25+ as are counted.
      expect(Number(row['Case holders at 25+'])).toBeLessThanOrEqual(
        Number(row['Case holders counted']),
      );
    }
    // The same teams as the table on screen, in the same (highest first) order. A retrying
    // assertion: the table is rendered at low priority (deferred.tsx) and, on a busy machine,
    // can still be catching up after the download; a one-off read once found no rows.
    await expect(tableRows(page).locator('th')).toHaveText(
      records.map((row) => row.Unit ?? ''),
      { useInnerText: true },
    );
  });
  await test.step('"Copy link to this view" copies a link with the unit, date and caps, and says so', async () => {
    const button = page.getByRole('button', { name: 'Copy link to this view' });
    // From the keyboard, as anyone may.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const link = new URL(copied);
    expect(Object.fromEntries(link.searchParams)).toMatchObject({
      unit: 'area-cin-cp',
      asAt: '2026-10-31',
      caps: 'cafcass',
    });

    // Opened in a browser that has never seen Loadline, it shows the same view.
    const elsewhere = await browser.newContext();
    const colleague = await elsewhere.newPage();
    await colleague.goto(copied);
    await expect(colleague.getByRole('heading', { level: 1 })).toHaveText(
      'Child in Need and Child Protection',
      { timeout: 30_000 },
    );
    await expect(colleague.locator('.page-meta')).toContainText('31 October 2026');
    await elsewhere.close();
  });
});

test('when the clipboard is refused, the link is shown selected in a box to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto('/?unit=area-cin-cp');
  await waitForView(page);
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'did not let Loadline copy' }),
  ).toBeVisible();
  const field = page.getByLabel('Link to this view');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('readonly', '');
  expect(new URL(await field.inputValue()).searchParams.get('asAt')).toBe('2026-10-31');
  const selected = await field.evaluate(
    (input: HTMLInputElement) =>
      input.selectionStart === 0 && input.selectionEnd === input.value.length,
  );
  expect(selected).toBe(true);
  await expectNoAxeViolations(page);
});
