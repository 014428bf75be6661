import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { csvRecords, parseCsv } from './csv';
import { expectNoAxeViolations, importWorkersCsv, waitForView } from './fixtures';

// Each test draws charts and exports files: more steps than most, on a shared machine.
test.describe.configure({ timeout: 60_000 });

/** Waits for the board's charts to be drawn. */
async function waitForBoard(page: Page, charts = 3) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText('caseloads against caps');
  await expect(
    page.locator('.board svg.recharts-surface, .board svg.caseload-chart__svg'),
  ).toHaveCount(charts);
}

/** Page height and width against the window, and every visible element that sticks out of it or of its panel. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const outside = [...document.querySelectorAll('.board *')].flatMap((element) => {
      if (element.closest('.visually-hidden')) return [];
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const panel = element.parentElement?.closest('.board-panel')?.getBoundingClientRect();
      const limit = panel ?? { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      const out =
        box.left < limit.left - 1 ||
        box.top < limit.top - 1 ||
        box.right > limit.right + 1 ||
        box.bottom > limit.bottom + 1;
      return out ? [`${element.tagName}.${element.getAttribute('class') ?? ''}`] : [];
    });
    return {
      scrollsDown: root.scrollHeight > innerHeight,
      scrollsAcross: root.scrollWidth > innerWidth,
      outside,
    };
  });
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('the board fits 1920x1080 and 1280x720 with nothing cut off, and axe finds nothing', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?unit=area-cin-cp');
  await waitForView(page);
  await page.getByRole('link', { name: 'Board layout' }).click();
  await expect(page).toHaveURL(/layout=board/);
  await waitForBoard(page);
  await expect(page.locator('.board-caption')).toContainText('31 October 2026');
  await expect(page.locator('.board-caption')).toContainText('Source: Setting the Bar');
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await waitForBoard(page);
    // The charts resize to their panels after the window does.
    await expect
      .poll(() => overflow(page))
      .toEqual({
        scrollsDown: false,
        scrollsAcross: false,
        outside: [],
      });
    const shot = testInfo.outputPath(`board-${width}.png`);
    await page.screenshot({ path: shot });
    await testInfo.attach(`board-${width}`, { path: shot, contentType: 'image/png' });
  }
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Child in Need and Child Protection',
  );
});

test('no worker name on the board unless switched on, and small teams suppressed', async ({
  page,
}) => {
  await page.goto('/?unit=team-cin-cp-north&layout=board');
  await waitForBoard(page);
  const names = await page.evaluate(async () => {
    const response = await fetch('/api/v1/snapshots/2026-10-31');
    const body = (await response.json()) as { workers: { displayName: string; unitId: string }[] };
    return body.workers
      .filter((worker) => worker.unitId === 'team-cin-cp-north')
      .map((worker) => worker.displayName);
  });
  expect(names.length).toBeGreaterThan(5);
  /** Everything the board says: text, hidden tables, labels and titles. */
  const boardText = () =>
    page.evaluate(() =>
      [
        document.title,
        document.body.textContent,
        ...[...document.querySelectorAll('[aria-label], [title]')].map(
          (element) => `${element.getAttribute('aria-label')} ${element.getAttribute('title')}`,
        ),
      ].join('\n'),
    );
  // Tooltips show on hover: put one up so its text is checked too.
  await page.locator('.board .caseload-bar').first().hover();
  let text = await boardText();
  expect(names.filter((name) => text.includes(name))).toEqual([]);
  expect(text).toMatch(/Worker [A-Z]\d+/);

  await page.getByLabel('Show worker names').check();
  await expect(page.getByRole('alert')).toContainText('Worker names are shown');
  text = await boardText();
  expect(names.some((name) => text.includes(name))).toBe(true);
  // A file with names in it says so in its name.
  const withNames = page.waitForEvent('download');
  await page.locator('.board-panel--caseloads').getByRole('button', { name: /CSV/ }).click();
  expect((await withNames).suggestedFilename()).toMatch(/with-worker-names\.csv$/);

  // Leaving the board switches names off: the next visit starts anonymised.
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await page.getByRole('link', { name: 'Board layout' }).click();
  await waitForBoard(page);
  await expect(page.getByLabel('Show worker names')).not.toBeChecked();
  text = await boardText();
  expect(names.filter((name) => text.includes(name))).toEqual([]);
  await page.getByLabel('Show worker names').check();
  await page.getByLabel('Show worker names').uncheck();
  await expect(page.locator('.board-warning')).toHaveCount(0);

  // The team has 11 case holders: a minimum of 12 suppresses every one of them.
  await page.getByLabel('Suppress groups smaller than').fill('12');
  await expect(page.locator('.board-panel--caseloads')).toContainText(
    'Each worker’s load is suppressed (fewer than 12 workers)',
  );
  await expect(page.locator('.board-figures')).toContainText('suppressed (fewer than 12 workers)');
  // Withheld is not zero: the key names the bands without counting them.
  const key = page.locator('.board-panel--caseloads .band-legend ul');
  await expect(key).toContainText('25 and over');
  await expect(key).not.toContainText(/: \d/);
  await page.getByLabel('Suppress groups smaller than').fill('0');
  await expect(page.getByText('Enter a whole number from 1 to 50')).toBeVisible();
  await page.getByLabel('Suppress groups smaller than').fill('5');
  await waitForBoard(page);
});

test('exports PNG at twice the size, SVG with its caption, CSV of the table; print hides the controls', async ({
  page,
}) => {
  await page.goto('/?unit=area-cin-cp&layout=board');
  await waitForBoard(page);
  const panel = page.locator('.board-panel--caseloads');
  const size = await panel.evaluate((element) => ({
    width: (element as HTMLElement).offsetWidth,
    height: (element as HTMLElement).offsetHeight,
  }));

  const png = await download(page, panel.getByRole('button', { name: /^PNG/ }));
  expect(png.name).toBe('loadline-child-in-need-and-child-protection-2026-10-31-caseloads.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const image = PNG.sync.read(png.bytes);
  expect(Math.abs(image.width - size.width * 2)).toBeLessThanOrEqual(2);
  expect(Math.abs(image.height - size.height * 2)).toBeLessThanOrEqual(2);
  let inked = 0;
  for (let offset = 0; offset < image.data.length; offset += 4) {
    if (image.data[offset]! < 200 || image.data[offset + 1]! < 200) inked += 1;
  }
  // Bars, bands, text and legend: far more than a blank or nearly blank image.
  expect(inked / (image.width * image.height)).toBeGreaterThan(0.05);

  const svg = (await download(page, panel.getByRole('button', { name: /^SVG/ }))).bytes.toString();
  expect(svg).toMatch(/^<svg/);
  expect(svg).toContain(
    '<title>Teams in Child in Need and Child Protection: cases per FTE</title>',
  );
  expect(svg).toContain('as at 31 October 2026');
  // Axis labels are wrapped (or shortened) onto lines, each its own tspan.
  expect(svg).toMatch(/>CIN\/CP[^<]*<\/tspan>/);
  expect(svg).not.toContain('href');

  // Every CSV carries its context on every row: when, where, what is measured, against which
  // caps from which sources, and where the data came from.
  const context = {
    'As at': '2026-10-31',
    Organisation: 'Northbridge Council (demo data)',
    Measure: 'Cases per FTE, counting children; case holders only (the DfE rule).',
    Caps: '15 (Setting the Bar maximum), 18–20 (target range), 25 (25 and over)',
    'Caps source':
      'Loadline default: 15, 18–20 and 25+. Source: Setting the Bar (Social Work Scotland, 2022) for 15; Cafcass (2024) for the 18–20 target range and 25+',
    'Data source': 'Demo data: not a real council',
  };

  // The trend panel's CSV: a header and one line for each of the 13 monthly snapshots.
  const trendPanel = page.locator('.board-panel--trend');
  const trendCsv = (
    await download(page, trendPanel.getByRole('button', { name: /^CSV/ }))
  ).bytes.toString();
  const [trendHeader, ...trendRows] = parseCsv(trendCsv);
  expect(trendHeader).toEqual([
    'As at',
    'Organisation',
    'Unit',
    'Date',
    'Cases per FTE',
    'Share at 15+',
    'Share at 20+',
    'Share at 25+',
    'Measure',
    'Caps',
    'Caps source',
    'Own cap rule',
    'Data source',
  ]);
  expect(trendRows).toHaveLength(13);
  const lastTrend = csvRecords(trendCsv).at(-1);
  expect(lastTrend).toMatchObject({ ...context, Unit: 'Child in Need and Child Protection' });
  expect(lastTrend?.Date).toBe('31 October 2026');
  expect(lastTrend?.['Share at 25+']).toMatch(/^\d+%$/);

  const csvFile = await download(page, panel.getByRole('button', { name: /^CSV/ }));
  expect(csvFile.name).toBe('loadline-child-in-need-and-child-protection-2026-10-31-caseloads.csv');
  const csv = csvFile.bytes.toString();
  // RFC 4180 with CRLF line ends, every record the same width.
  expect(
    csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .at(-1),
  ).toBe('');
  const table = parseCsv(csv);
  expect(new Set(table.map((row) => row.length))).toEqual(new Set([16]));
  expect(table[0]).toEqual([
    'As at',
    'Organisation',
    'Part of',
    'Unit',
    'Case holders counted',
    'Cases',
    'FTE',
    'Cases per FTE',
    'Band',
    'Case holders at 25+',
    'Note',
    'Measure',
    'Caps',
    'Caps source',
    'Own cap rule',
    'Data source',
  ]);
  const records = csvRecords(csv);
  expect(records.filter((row) => row.Unit?.startsWith('CIN/CP Team'))).toHaveLength(5);
  for (const row of records) {
    expect(row).toMatchObject({ ...context, 'Part of': 'Child in Need and Child Protection' });
    expect(row['Own cap rule']).toMatch(/^20 cases per FTE, pro rata to FTE; /);
    // Counts are plain numbers a spreadsheet can sum and filter, not "11 case holders".
    expect(row['Case holders counted']).toMatch(/^\d+$/);
  }
  // CIN/CP Team North worked out from the snapshot itself: its case holders' cases ÷ their FTE.
  const north = await page.evaluate(async () => {
    const response = await fetch('/api/v1/snapshots/2026-10-31');
    const body = (await response.json()) as {
      workers: { unitId: string; role: string; fte: number; casesHeld: number }[];
    };
    const holders = body.workers.filter(
      (worker) =>
        worker.unitId === 'team-cin-cp-north' &&
        ['case-holder', 'senior-practitioner'].includes(worker.role) &&
        worker.fte > 0,
    );
    const cases = holders.reduce((sum, worker) => sum + worker.casesHeld, 0);
    const fte = holders.reduce((sum, worker) => sum + worker.fte, 0);
    return { count: holders.length, cases, fte };
  });
  expect(records.find((row) => row.Unit === 'CIN/CP Team North')).toMatchObject({
    'Case holders counted': String(north.count),
    Cases: String(north.cases),
    FTE: String(Math.round(north.fte * 10) / 10),
    'Cases per FTE': String(Math.round((north.cases / north.fte) * 10) / 10),
  });

  const sheet = page.locator('.board-sheet');
  const sheetSize = await sheet.evaluate((element) => (element as HTMLElement).offsetWidth);
  const board = await download(
    page,
    page.getByRole('button', { name: 'Save the whole board as PNG' }),
  );
  expect(Math.abs(PNG.sync.read(board.bytes).width - sheetSize * 2)).toBeLessThanOrEqual(2);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.board-controls')).toBeHidden();
  await expect(panel.getByRole('button', { name: /^PNG/ })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('printed on A4, the board is the screen’s board scaled onto the page, nothing cut off', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?layout=board');
  await waitForBoard(page);
  const columns = () =>
    page
      .locator('.board-panels')
      .evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(' ').length);
  const onScreen = await columns();

  // On paper, media queries and viewport units take the page's size: an A4 landscape page less
  // its margins. The charts were drawn for the screen and are not drawn again.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1062, height: 733 });
  await expect(page.locator('.board-controls')).toBeHidden();
  expect(await columns()).toBe(onScreen);
  expect((await overflow(page)).outside).toEqual([]);
});

test('unit names that look like formulas are neutralised in the CSV', async ({ page }) => {
  const workersCsv = [
    'Staff ID,Worker name,Role,ASYE,Agency,Contracted FTE,Caseload,Service area,Team',
    ...['+Area North', '=Area South', '-Area East', '@Area West'].flatMap((area, position) =>
      [1, 2, 3, 4, 5].map(
        (n) =>
          `W${position}${n},Person ${position}${n},Case holder,No,No,1,${14 + n},${area},Team ${position}`,
      ),
    ),
  ].join('\n');
  await importWorkersCsv(page, { name: 'formulas.csv', csv: workersCsv, workers: 20 });

  await page.getByRole('link', { name: 'Board layout' }).click();
  await expect(page).toHaveURL(/layout=board/);
  // One imported snapshot: the trend panel says a trend needs two, so two charts are drawn.
  await waitForBoard(page, 2);
  const panel = page.locator('.board-panel--caseloads');
  const csv = (await download(page, panel.getByRole('button', { name: /^CSV/ }))).bytes.toString();
  const names = csvRecords(csv).map((row) => row.Unit);
  expect(csvRecords(csv)[0]?.['Data source']).toBe('imported file formulas.csv');
  expect(names.sort()).toEqual(["'+Area North", "'-Area East", "'=Area South", "'@Area West"]);
  // The spread's CSV too.
  const spread = await download(
    page,
    page.locator('.board-panel--spread').getByRole('button', { name: /^CSV/ }),
  );
  expect(csvRecords(spread.bytes.toString()).map((row) => row.Unit)).toContain("'=Area South");
});

// One page for both: the own-cap steps end on the area's board, where the benchmark steps start.
test('a team’s board keys the own-cap mark on each bar and says how the own cap is set; the board sets the unit against England’s and the region’s published figure, on DfE’s measure only', async ({
  page,
}) => {
  // Two tests' steps, each of which had the file's time limit of its own.
  test.slow();
  await test.step('a team’s board keys the own-cap mark on each bar and says how the own cap is set', async () => {
    await page.goto('/?unit=team-cin-cp-north&layout=board');
    await waitForBoard(page);
    await expect(page.locator('.board-caption')).toContainText(
      /Own cap\s*20 cases per FTE, pro rata to FTE; /,
    );
    const key = page.locator('.board-panel--caseloads .board-own-cap-key');
    await expect(key).toContainText(
      'Short black mark: that worker’s own cap (20 cases per FTE, pro rata to FTE;',
    );
    // The mark it keys is drawn on the bars.
    expect(await page.locator('.board .own-cap-mark').count()).toBeGreaterThan(0);
    // A board of teams draws no marks, so it has no key line for them.
    await page.goto('/?unit=area-cin-cp&layout=board');
    await waitForBoard(page);
    await expect(page.locator('.board-own-cap-key')).toHaveCount(0);
  });
  await test.step('the board sets the unit against England’s and the region’s published figure, on DfE’s measure only', async () => {
    // DfE's totals for 30 September 2025, the latest census published: England 321,661 cases ÷
    // 21,105.4 case-holder FTE, and the North West (the demo council's region) 49,351 ÷ 3,116.7.
    const england = (321_661 / 21_105.4).toFixed(1);
    const northWest = (49_351 / 3_116.7).toFixed(1);
    expect([england, northWest]).toEqual(['15.2', '15.8']);
    const caption = page.locator('.board-caption');
    // The unit's own figure is the one in its key figures.
    const own = await page
      .locator('.board-figure')
      .first()
      .locator('.board-figure__value')
      .innerText();
    await expect(caption).toContainText(
      `Child in Need and Child Protection: ${own.trim()} per FTE, against England’s ${england} and the North West’s ${northWest} (DfE, 2025).`,
    );
    await expect(caption).toContainText(
      'DfE, Children’s social work workforce, 30 September 2025: cases held by case-holding social workers ÷ their FTE. That is the latest census DfE has published.',
    );
    // A service area is part of a council: DfE's whole-council figures are a guide.
    await expect(caption).toContainText('read them as a guide, not like for like');

    // On another measure the board compares nothing, and says why.
    await page.goto('/?unit=area-cin-cp&layout=board&measure=points');
    await waitForBoard(page);
    await expect(caption).toContainText('Not available for this measure');
    await expect(caption).not.toContainText('against England’s');

    // Switched off on the dashboard (benchmarks=off), the board leaves it out too.
    await page.goto('/?unit=area-cin-cp&layout=board&benchmarks=off');
    await waitForBoard(page);
    await expect(caption).toContainText('Own cap');
    await expect(caption).not.toContainText('England');
  });
});

test('at national scale a region’s 33 councils are drawn highest first, as many as can be read, the rest in the table', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?demo=national&unit=region-london&layout=board');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'London: caseloads against caps',
    { timeout: 60_000 },
  );
  await waitForBoard(page);
  const panel = page.locator('.board-panel--caseloads');
  const spread = page.locator('.board-panel--spread');
  for (const [width, height, bars] of [
    [1920, 1080, 24],
    [1280, 720, 11],
  ] as const) {
    await page.setViewportSize({ width, height });
    await waitForBoard(page);
    await expect(panel.locator('.caseload-bar')).toHaveCount(bars);
    // Every drawn bar is named under the axis, and every value is printed.
    await expect(panel.locator('.caseload-chart__x-axis text')).toHaveCount(bars);
    await expect(panel.locator('.caseload-chart__values text')).toHaveCount(bars);
    await expect(panel).toContainText(
      `The ${bars} highest of 33 are drawn; ${33 - bars} more are in the table (CSV).`,
    );
    // The bars are the highest: in falling order, from the top of the table.
    const values = await panel
      .locator('.caseload-chart__values text')
      .evaluateAll((texts) => texts.map((text) => Number(text.textContent)));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // The spread draws a readable row per council, and says how many more the table holds.
    const spreadNote = await spread.locator('.board-panel__note').innerText();
    const [, drawn] = /^The (\d+) with the highest load of 33 are drawn/.exec(spreadNote) ?? [];
    expect(Number(drawn)).toBeGreaterThanOrEqual(5);
    const rowHeight = await spread
      .locator('.recharts-bar-rectangle')
      .first()
      .evaluate((bar) => bar.getBoundingClientRect().height);
    expect(rowHeight).toBeGreaterThanOrEqual(14);
    await expect
      .poll(() => overflow(page))
      .toEqual({ scrollsDown: false, scrollsAcross: false, outside: [] });
    const shot = testInfo.outputPath(`board-national-london-${width}.png`);
    await page.screenshot({ path: shot });
    await testInfo.attach(`board-national-london-${width}`, {
      path: shot,
      contentType: 'image/png',
    });
  }
  // The table behind the chart has all 33 councils: the same cells as its CSV (BoardTable).
  await expect(
    page.getByRole('table', { name: /^Councils in London/ }).locator('tbody tr'),
  ).toHaveCount(33);
});
