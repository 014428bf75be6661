import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { buildCswwXml, censusWorker } from '../src/importers/csww/csww-xml-builder';
import { expectNoAxeViolations, waitForView } from './fixtures';

// The expected figures come from DfE's published table itself, not from the app's code.
const table = Papa.parse<Record<string, string>>(
  readFileSync(new URL('../data/dfe/csww_indicators_2017_to_2025.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

function published(level: string, name: string, year: number): string {
  const row = table.find(
    (entry) =>
      entry.time_period === String(year) &&
      entry.geographic_level === level &&
      (level === 'National' || (level === 'Regional' ? entry.region_name : entry.la_name) === name),
  );
  if (!row?.caseload_fte) throw new Error(`No published figure for ${name} in ${year}`);
  return Number(row.caseload_fte).toFixed(1);
}

// Each test renders the whole organisation and runs axe or an import: more than most, on a shared machine.
test.describe.configure({ timeout: 60_000 });

const years = [...new Set(table.map((row) => Number(row.time_period)))].sort((a, b) => a - b);
const latestYear = years[years.length - 1]!;

function panel(page: Page) {
  return page.getByRole('region', { name: 'Against England and the region' });
}

/** The by-year table's cell for a year and a column. */
async function cell(page: Page, year: number, column: number): Promise<string> {
  const row = panel(page)
    .locator('table')
    .first()
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${year}`) }) });
  return (await row.locator('td').nth(column).textContent()) ?? '';
}

// One page for both: the first ends on the organisation with the benchmarks shown again, where
// the import starts.
test('the organisation is set against England and the North West as DfE published them, and the switch hides them; a loaded CSWW return makes the council known', async ({
  page,
}) => {
  // Two tests' steps, one an accessibility scan and one an import.
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForView(page);
  await test.step('the organisation is set against England and the North West as DfE published them, and the switch hides them', async () => {
    const benchmarks = panel(page);
    // The demo's latest snapshot (31 October 2026) is after the table's last census: the latest year is used.
    await expect(benchmarks.locator('.headline')).toContainText(
      `against England’s ${published('National', 'England', latestYear)} and the North West’s ${published('Regional', 'North West', latestYear)} (DfE, ${latestYear})`,
    );
    for (const year of years) {
      expect(await cell(page, year, 0)).toBe(published('National', 'England', year));
      expect(await cell(page, year, 1)).toBe(published('Regional', 'North West', year));
    }
    await expect(benchmarks).toContainText(
      `among the ${table.filter((row) => row.time_period === String(latestYear) && row.geographic_level === 'Local authority' && /^\d/.test(row.caseload_fte ?? '')).length} councils’ published figures for ${latestYear}`,
    );
    await expect(benchmarks.locator('.recharts-line')).toHaveCount(2);
    await expectNoAxeViolations(page);

    // Keyboard: the switch is a checkbox reached and toggled like any other.
    const toggle = benchmarks.getByRole('checkbox', { name: 'Show DfE benchmarks' });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).not.toBeChecked();
    await expect(page).toHaveURL(/benchmarks=off/);
    await expect(benchmarks.locator('table')).toHaveCount(0);
    await expect(benchmarks).toContainText('Benchmarks are hidden');

    await page.reload();
    await waitForView(page);
    await expect(
      panel(page).getByRole('checkbox', { name: 'Show DfE benchmarks' }),
    ).not.toBeChecked();
    await panel(page).getByRole('checkbox', { name: 'Show DfE benchmarks' }).check();
    await expect(page).not.toHaveURL(/benchmarks=/);
    await expect(panel(page).locator('table').first()).toBeVisible();
  });
  await test.step('a loaded CSWW return makes the council known: its own figures and its place among all councils', async () => {
    const year = 2025;
    const xml = buildCswwXml({
      referenceDate: `${year}-09-30`,
      lea: '340',
      workers: [
        censusWorker('SW1000001', { Cases30: '20', FTE30: '1' }),
        censusWorker('SW1000002', { Cases30: '15', FTE30: '1' }),
      ],
    });
    await page.getByRole('button', { name: 'Import data' }).click();
    await page.getByLabel('The CSWW census return (XML)').check();
    await page
      .locator('#csww-file')
      .setInputFiles({ name: 'csww.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: /^Show \d+ workers on the dashboard$/ }).click();
    await waitForView(page);

    // LEA 340 is Knowsley, in the North West: its column sits beside England's and the region's.
    const knowsley = published('Local authority', 'Knowsley', year);
    expect(await cell(page, year, 2)).toBe(knowsley);
    expect(await cell(page, year, 1)).toBe(published('Regional', 'North West', year));

    const councils = table
      .filter(
        (row) =>
          row.time_period === String(year) &&
          row.geographic_level === 'Local authority' &&
          /^\d/.test(row.caseload_fte ?? ''),
      )
      .map((row) => Number(row.caseload_fte));
    const rank = councils.filter((value) => value > Number(knowsley)).length + 1;
    await expect(panel(page)).toContainText(
      new RegExp(
        `Knowsley’s ${knowsley} cases per FTE is (joint )?${rank}(st|nd|rd|th) highest of ${councils.length} councils`,
      ),
    );
    // The councils chart marks Knowsley's bar in its own look, named as a bar, not a caseload band.
    await expect(panel(page)).toContainText('Councils in the same bar as Knowsley');
  });
});
