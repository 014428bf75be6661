import { expect, test } from '@playwright/test';
import { buildCswwXml, censusWorker } from '../src/importers/csww/csww-xml-builder';
import { tableRows, waitForView } from './fixtures';

// Each test imports, renders and reloads: more steps than most, on a shared machine.
test.describe.configure({ timeout: 60_000 });

const workersCsv = [
  'Staff ID,Worker name,Role,ASYE,Agency,Contracted FTE,Caseload,Service area,Team',
  'W1,Ada Lovelace,Case holder,No,No,1,18,Children in Need,CIN Team A',
  'W2,Grace Hopper,Case holder,Yes,No,1,11,Children in Need,CIN Team A',
  'W3,Alan Turing,Senior practitioner,No,Yes,0.6,12,Children in Need,CIN Team A',
  'W4,Mary Somerville,Team manager,No,No,1,2,Children in Need,CIN Team A',
  'W5,Katherine Johnson,Case holder,No,No,1,-2,Children in Need,CIN Team B',
  'W6,Dorothy Vaughan,Case holder,No,No,1,20,Children in Need,CIN Team B',
].join('\n');

test('a CSV export is checked with a line-numbered report, shown, kept across a reload, and removed', async ({
  page,
}) => {
  await page.goto('/');
  await waitForView(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  await page.locator('#csv-workers-file').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(workersCsv),
  });
  // Differently named headers are matched to the documented fields.
  await expect(page.getByLabel('cases held', { exact: false }).first()).toHaveValue('Caseload');
  await page.locator('#csv-organisation').fill('Testborough Council');
  await page.locator('#csv-as-at').fill('2026-09-30');
  await page.getByRole('button', { name: 'Check the files' }).click();

  const report = page.locator('.import-report');
  await expect(report).toContainText('5 of 6 rows accepted');
  await expect(report.locator('tbody tr').first()).toContainText('6');
  await expect(report).toContainText("cases held must be a whole number, 0 or more, got '-2'");

  await page.getByRole('button', { name: 'Show 5 workers on the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testborough Council');
  await expect(page.locator('.source-badge')).toContainText(
    'imported file staff.csv, as at 30 September 2026',
  );
  await expect(page.getByText(/problems kept rows out of\s+every figure/)).toBeVisible();
  // Case holders W1, W2, W3 (0.6 FTE) and W6: (18 + 11 + 12 + 20) / 3.6 = 16.9.
  await expect(page.locator('.kpi').first().locator('.kpi__value')).toHaveText('16.9');

  await page.reload();
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testborough Council');
  await tableRows(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Children in Need');

  await page.getByRole('button', { name: 'Import data' }).click();
  await page.getByRole('button', { name: 'Remove every import' }).click();
  await expect(page.locator('.source-badge')).toContainText('Demo data');
});

test('a CSWW census return is read without personal data and shown as one council', async ({
  page,
}) => {
  const xml = buildCswwXml({
    referenceDate: '2025-09-30',
    lea: '999',
    workers: [
      censusWorker('SW1000001', {
        Cases30: '20',
        FTE30: '1',
        PersonBirthDate: '1980-02-29',
        Ethnicity: 'ZZZZ',
      }),
      censusWorker('SW1000002', { Cases30: '18', FTE30: '1' }),
      censusWorker('SW1000003', { Cases30: '12', FTE30: '0.6' }),
      censusWorker('SW1000004', { Cases30: '9', FTE30: '0.5' }),
      censusWorker('SW1000005', { OrgRole: '3', Cases30: '3', FTE30: '1' }),
      censusWorker('SW1000005', { Cases30: '7' }),
    ],
  });
  await page.goto('/');
  await waitForView(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  await page.getByLabel('The CSWW census return (XML)').check();
  await page
    .locator('#csww-file')
    .setInputFiles({ name: 'csww.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) });
  await page.locator('#csww-organisation').fill('Censusshire');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.locator('.import-report')).toContainText('duplicate SWENo');
  await page.getByRole('button', { name: /^Show \d+ workers on the dashboard$/ }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Censusshire');
  // DfE rule: case holders only, (20 + 18 + 12 + 9) / (1 + 1 + 0.6 + 0.5) = 59 / 3.1 = 19.0.
  await expect(page.locator('.kpi').first().locator('.kpi__value')).toHaveText('19.0');
  const body = (await page.locator('body').textContent()) ?? '';
  expect(body).not.toContain('1980-02-29');
  expect(body).not.toContain('ZZZZ');
});
