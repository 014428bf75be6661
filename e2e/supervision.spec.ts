import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForView } from './fixtures';
import { pdfPageTexts } from './pdf-text';

interface ApiCase {
  id: string;
}
interface ApiWorker {
  id: string;
  unitId: string;
  displayName: string;
  fte: number;
  casesHeld: number;
  caseDetails?: ApiCase[];
}
interface ApiSnapshot {
  asAt: string;
  units: { id: string; parentId: string | null; name: string }[];
  workers: ApiWorker[];
}

/** A demo snapshot as the API serves it (the page's mock worker answers the request). */
async function fetchSnapshot(page: Page, asAt: string): Promise<ApiSnapshot> {
  return page.evaluate(async (date) => {
    const response = await fetch(`/api/v1/snapshots/${date}`);
    return (await response.json()) as ApiSnapshot;
  }, asAt);
}

const caseIds = (worker: ApiWorker | undefined) =>
  (worker?.caseDetails ?? []).map((detail) => detail.id);

/** The text of a column of the case table, top to bottom. */
function caseColumn(page: Page, position: number) {
  return page
    .locator('table.case-table tbody tr')
    .locator(position === 1 ? 'th' : `td:nth-child(${position})`)
    .allTextContents();
}

// One page for both: the second needs only a page whose mock service answers its requests, and
// the first leaves one on screen.
test('a supervisor opens a worker from their team: load, changes, sortable cases, private, one printed page; a record that runs on to a second page says whose it is on every page', async ({
  page,
}) => {
  // Two long flows, each of which had 90 s: loading every snapshot for the comparisons takes a while.
  test.setTimeout(150_000);
  await test.step('a supervisor opens a worker from their team: load, changes, sortable cases, private, one printed page', async () => {
    await page.goto('/');
    await waitForView(page);
    const now = await fetchSnapshot(page, '2026-10-31');
    const september = await fetchSnapshot(page, '2026-09-30');
    const august = await fetchSnapshot(page, '2026-08-31');
    // The busiest worker: the hardest page to fit on one sheet.
    const busiest = [...now.workers].sort((a, b) => b.casesHeld - a.casesHeld)[0]!;
    const team = now.units.find((unit) => unit.id === busiest.unitId)!;

    const area = now.units.find((unit) => unit.id === team.parentId)!;

    // Down to their team by the tables' links, then open the worker.
    for (const unit of [area, team]) {
      await page.getByRole('link', { name: unit.name, exact: true }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(unit.name);
      await waitForView(page);
    }
    await page.getByRole('link', { name: busiest.displayName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(busiest.displayName);
    await waitForView(page);

    // Load against their own cap: the default caps' reference is 20 per FTE (18–20 range).
    const load = page.getByRole('region', { name: 'Load against their own cap' });
    const tile = (term: string) =>
      load.locator('.kpi').filter({ has: page.getByRole('term').getByText(term, { exact: true }) });
    const perFte = (busiest.casesHeld / busiest.fte).toFixed(1);
    await expect(tile('Cases held').locator('.kpi__value')).toHaveText(String(busiest.casesHeld));
    await expect(tile('Cases per FTE').locator('.kpi__value')).toHaveText(perFte);
    const ownCap = load.locator('.kpi--own-cap');
    await expect(ownCap.locator('.kpi__value')).toHaveText('20.0');
    await expect(ownCap).toContainText(
      Number(perFte) >= 20 ? 'At or over their own cap' : 'Below their own cap',
    );

    // Changes since the previous snapshot, by case id, against the API's own lists.
    const changes = page.getByRole('region', { name: 'Changes since 30 September 2026' });
    const before = september.workers.find((worker) => worker.id === busiest.id)!;
    const allocated = caseIds(busiest).filter((id) => !caseIds(before).includes(id));
    const closed = caseIds(before).filter((id) => !caseIds(busiest).includes(id));
    const casesRow = changes.getByRole('row', { name: /^Cases held/ });
    await expect(casesRow.getByRole('cell').nth(0)).toHaveText(String(before.casesHeld));
    await expect(casesRow.getByRole('cell').nth(1)).toHaveText(String(busiest.casesHeld));
    const lists = changes.locator('.changes__cases dd');
    for (const id of allocated) await expect(lists.nth(0)).toContainText(id);
    for (const id of closed) await expect(lists.nth(1)).toContainText(id);
    if (allocated.length === 0) await expect(lists.nth(0)).toHaveText('None');

    // Cases: one row per case; sorting by weight, then by reference.
    const rows = page.locator('table.case-table tbody tr');
    await expect(rows).toHaveCount(busiest.casesHeld);
    const weightHeader = page.getByRole('columnheader', { name: /Weight/ });
    await expect(page.getByRole('columnheader', { name: /Allocated/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await weightHeader.getByRole('button').click();
    await expect(weightHeader).toHaveAttribute('aria-sort', 'descending');
    const weights = (await caseColumn(page, 4)).map(Number);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const idHeader = page.getByRole('columnheader', { name: /Case reference/ });
    await idHeader.getByRole('button').click();
    await expect(idHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(weightHeader).not.toHaveAttribute('aria-sort');
    expect(await caseColumn(page, 1)).toEqual([...caseIds(busiest)].sort());

    // Another date to compare with goes into the URL.
    await page.getByLabel('Compare with').selectOption('2026-08-31');
    await expect(page).toHaveURL(/since=2026-08-31/);
    const sinceAugust = page.getByRole('region', { name: 'Changes since 31 August 2026' });
    const inAugust = august.workers.find((worker) => worker.id === busiest.id);
    await expect(
      sinceAugust
        .getByRole('row', { name: /^Cases held/ })
        .getByRole('cell')
        .nth(0),
    ).toHaveText(String(inAugust?.casesHeld));

    await expectNoAxeViolations(page);

    // No other worker's name anywhere: visible text, hidden text or attributes.
    const pageText = await page.evaluate(() => {
      const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].map((attribute) => attribute.value),
      );
      return [document.title, document.body.textContent, ...attributes].join('\n');
    });
    const others = new Set(
      [now, september, august]
        .flatMap((snapshot) => snapshot.workers)
        .filter((worker) => worker.id !== busiest.id && worker.displayName !== busiest.displayName)
        .map((worker) => worker.displayName),
    );
    expect(others.size).toBeGreaterThan(100);
    expect([...others].filter((name) => pageText.includes(name))).toEqual([]);

    // Print: no navigation, controls or buttons, and exactly one A4 page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByLabel('Compare with')).toBeHidden();
    await expect(page.getByLabel('Snapshot', { exact: true })).toBeHidden();
    await expect(page.getByText('Notes on the figures')).toBeHidden();
    await expect(
      page.getByRole('heading', { name: 'Cases held on 31 October 2026' }),
    ).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });

  await test.step('a printed record that runs on to a second page says whose it is, and when, on every page', async () => {
    await page.emulateMedia({ media: 'screen' });
    const dates = await page.evaluate(async () => {
      const response = await fetch('/api/v1/snapshots');
      return ((await response.json()) as { snapshots: string[] }).snapshots;
    });
    const latest = dates[dates.length - 1]!;
    const now = await fetchSnapshot(page, latest);
    // The longest case list, compared with the earliest snapshot: the longest record there is.
    const busiest = [...now.workers].sort((a, b) => b.casesHeld - a.casesHeld)[0]!;
    await page.goto(`/?unit=${busiest.unitId}&worker=${busiest.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(busiest.displayName);
    await page.getByLabel('Compare with').selectOption(dates[0]!);
    await expect(page.getByRole('region', { name: /^Changes since/ })).toContainText(
      'no longer held',
    );
    await expect(page.getByText(/Earlier snapshots still loading/)).toHaveCount(0);

    await page.emulateMedia({ media: 'print' });
    const pages = pdfPageTexts(await page.pdf({ format: 'A4' }));
    // On the demo data this record takes two pages; each must name the worker and the date.
    expect(pages.length).toBeGreaterThan(0);
    const asAt = `as at ${formatLongDate(latest)}`;
    const words = pages.map((text) => text.replace(/\s+/g, ' '));
    words.forEach((text, position) => {
      expect(text, `page ${position + 1}`).toContain(busiest.displayName);
      expect(text, `page ${position + 1}`).toContain(asAt);
    });
    // Numbered, so a reader holding one sheet knows there is another.
    words.forEach((text, position) => {
      expect(text, `page ${position + 1}`).toContain(`Page ${position + 1} of ${pages.length}`);
    });
  });
});

/** 2026-10-31 as "31 October 2026", the way the page writes a date. */
function formatLongDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
