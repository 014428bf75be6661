import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForView } from './fixtures';

type Level = 'organisation' | 'area' | 'team';

/** Opens the organisation, then (by its first bar) an area, then (by its first bar) a team. */
async function openLevel(page: Page, level: Level): Promise<void> {
  await page.goto('/');
  await waitForView(page);
  if (level === 'organisation') return;
  await page.locator('.caseload-chart a.chart-bar-link').first().click();
  await waitForView(page);
  await expect(page).toHaveURL(/unit=area-/);
  if (level === 'area') return;
  await page.locator('.caseload-chart a.chart-bar-link').first().click();
  await waitForView(page);
  await expect(page.getByRole('heading', { name: /Workers in .* against the caps/ })).toBeVisible();
}

function firstTile(page: Page) {
  return page.locator('.kpi-tiles .kpi').first();
}

function select(page: Page, label: 'Measure' | 'Count' | 'Who is counted') {
  return page.getByLabel(label, { exact: true });
}

async function textOf(locator: ReturnType<Page['locator']>): Promise<string> {
  return (await locator.textContent()) ?? '';
}

/** The measure changes the figure, its label, the captions and the URL; back again, the figure too. */
async function changeMeasure(page: Page): Promise<void> {
  const caption = page.locator('.page-meta');
  const label = firstTile(page).locator('dt');
  const value = firstTile(page).locator('.kpi__value');
  await expect(caption).toContainText(
    'Cases per FTE, counting children; case holders only (the DfE rule).',
  );
  await expect(label).toHaveText('Cases per FTE');
  const perFte = await textOf(value);
  expect(perFte).toMatch(/^\d+\.\d$/);

  // Weighted points per FTE: a different number, in other units, against capacity.
  await select(page, 'Measure').selectOption({ label: 'Weighted points per FTE' });
  await expect(page).toHaveURL(/measure=points/);
  await expect(caption).toContainText(
    'Weighted points per FTE (each child’s case weighted by type and court work)',
  );
  await expect(label).toHaveText('Weighted points per FTE');
  await expect(value).not.toHaveText(perFte);
  await expect(value).toHaveText(/^\d+\.\d$/);
  await expect(select(page, 'Count')).toBeDisabled();
  await expect(page.getByText('At 100+ points per FTE', { exact: true })).toBeVisible();
  await expect(page.locator('.chart-caption').first()).toContainText(
    'Weighted points per FTE (each child’s case weighted by type and court work)',
  );
  // The bars are set against capacity, and the caption says so, not the caps.
  await expect(page.locator('.chart-caption').first()).toContainText(
    'Capacity: 100 points per FTE, from Example A: points by case type.',
  );
  await expect(page.locator('.chart-caption').first()).not.toContainText('Caps:');

  // Cases held: a count per worker, not per FTE (the same number when all are full-time).
  await select(page, 'Measure').selectOption({ label: 'Cases held' });
  await expect(page).toHaveURL(/measure=cases/);
  await expect(caption).toContainText('Cases held, counting children');
  await expect(label).toHaveText('Cases held per worker');
  await expect(value).toHaveText(/^\d+\.\d$/);

  // Back to cases per FTE: the same figure as before.
  await select(page, 'Measure').selectOption({ label: 'Cases per FTE' });
  await expect(page).toHaveURL(/measure=per-fte/);
  await expect(label).toHaveText('Cases per FTE');
  await expect(value).toHaveText(perFte);
}

/** Counting families and everyone change the figure, the captions and the URL, and survive a reload. */
async function changeCounting(page: Page): Promise<void> {
  const unit = new URL(page.url()).searchParams.get('unit');
  const caption = page.locator('.page-meta');
  const value = firstTile(page).locator('.kpi__value');
  const children = await textOf(value);
  expect(children).toMatch(/^\d+\.\d$/);

  // Families: each sibling group once, so never more than the children.
  await select(page, 'Count').selectOption({ label: 'Families (sibling groups counted once)' });
  await expect(page).toHaveURL(/count=families/);
  await expect(caption).toContainText(
    'Cases per FTE, counting families (a sibling group counts once)',
  );
  await expect(value).not.toHaveText(children);
  const families = await textOf(value);
  expect(Number(families)).toBeLessThan(Number(children));

  // Everyone: every unit here has a manager, whose FTE pulls the figure down.
  await select(page, 'Who is counted').selectOption({ label: 'Everyone, managers included' });
  await expect(page).toHaveURL(/who=everyone/);
  await expect(caption).toContainText('everyone, managers and staff without cases included.');
  await expect(value).not.toHaveText(families);
  const everyone = await textOf(value);
  expect(Number(everyone)).toBeLessThan(Number(families));
  // The DfE figure stays on screen, side by side.
  await expect(firstTile(page)).toContainText(`Case holders only (DfE rule): ${families}`);

  // The view is in the URL, and a reload restores it.
  const params = new URL(page.url()).searchParams;
  expect(params.get('count')).toBe('families');
  expect(params.get('who')).toBe('everyone');
  expect(params.get('unit')).toBe(unit);
  await page.reload();
  await waitForView(page);
  await expect(select(page, 'Count')).toHaveValue('families');
  await expect(select(page, 'Who is counted')).toHaveValue('everyone');
  await expect(value).toHaveText(everyone);
}

/** “How is this worked out?” shows its explanation on keyboard focus and hides on Escape. */
async function explainOnFocus(page: Page): Promise<void> {
  const button = firstTile(page).getByRole('button', { name: 'How is this worked out?' });
  const id = await button.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  const tooltip = page.locator(`[id="${id ?? ''}"]`);
  await expect(tooltip).toHaveAttribute('role', 'tooltip');
  await expect(tooltip).toBeHidden();

  // The heading takes focus on each view; the first button after it is the first tile's.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('÷');
  await expect(tooltip).toContainText(/[\d,]+ cases ÷ [\d,.]+ FTE = \d+\.\d cases per FTE\./);

  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(button).toBeFocused();

  // Moving on and back shows it again.
  await page.keyboard.press('Tab');
  await expect(button).not.toBeFocused();
  await expect(tooltip).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await expect(button).toBeFocused();
  await expect(tooltip).toBeVisible();
}

// One page load a level for both: changing the measure ends back on cases per FTE, counting
// children of case holders, where the counting steps start.
for (const level of ['organisation', 'area', 'team'] as const) {
  test(`at the ${level}, the measure and the counting change the figure, its label, the captions and the URL, and survive a reload`, async ({
    page,
  }) => {
    // Two tests' steps (and, at the organisation, three).
    test.setTimeout(120_000);
    await openLevel(page, level);
    if (level === 'organisation') {
      await test.step('“How is this worked out?” shows its explanation on keyboard focus and hides on Escape', () =>
        explainOnFocus(page));
    }
    await test.step('the measure changes the figure, its label, the captions and the URL', () =>
      changeMeasure(page));
    await test.step('counting families and everyone change the figure, the captions and the URL, and survive a reload', () =>
      changeCounting(page));
  });
}

// One team page for both: the own-cap steps end in points, where the scan starts.
test('a team shows each worker’s own cap: a mark on every bar and an “Own cap” column; axe finds nothing in points with the weighting and ASYE settings open', async ({
  page,
}) => {
  // Two tests' steps, one an accessibility scan.
  test.setTimeout(120_000);
  await openLevel(page, 'team');
  await test.step('a mark on every bar and an “Own cap” column, in cases and in points', async () => {
    const bars = page.locator('.caseload-chart .caseload-bar');
    const marks = page.locator('.caseload-chart .own-cap-mark');
    await expect(bars.first()).toBeVisible();
    const barCount = await bars.count();
    expect(barCount).toBeGreaterThan(0);
    await expect(marks).toHaveCount(barCount);

    await expect(page.getByRole('columnheader', { name: 'Own cap' })).toBeVisible();
    // Default caps: the reference is 20 per FTE (12 for an ASYE worker at 0.6); a manager
    // is not counted, so their own cap reads "–".
    const workersTable = page.getByRole('table', { name: /^Workers in / });
    const ownCapColumn = await workersTable
      .locator('thead th')
      .evaluateAll((cells) => cells.findIndex((cell) => cell.textContent === 'Own cap'));
    expect(ownCapColumn).toBeGreaterThan(0);
    // The table is a section React catches up after the chart: read it until it shows the figures.
    const ownCaps = () =>
      workersTable
        .locator('tbody tr')
        .evaluateAll(
          (rows, column) => rows.map((row) => row.children[column]?.textContent ?? ''),
          ownCapColumn,
        );
    await expect
      .poll(async () => (await ownCaps()).some((text) => text.startsWith('20.0')))
      .toBe(true);
    expect(await ownCaps()).toContain('–');
    await expect(page.locator('.chart-caption').first()).toContainText(
      'the short black mark on a bar is that worker’s own cap',
    );

    // In points the marks stay, one per bar, at each worker's capacity.
    await select(page, 'Measure').selectOption({ label: 'Weighted points per FTE' });
    await expect(page).toHaveURL(/measure=points/);
    await expect(marks).toHaveCount(await bars.count());
    await expect
      .poll(async () =>
        (await ownCaps()).some((text) => text.startsWith('100.0') || text.startsWith('90.0')),
      )
      .toBe(true);
  });
  await test.step('axe finds nothing in points with the weighting and ASYE settings open', async () => {
    await select(page, 'Measure').selectOption({ label: 'Weighted points per FTE' });
    await expect(page).toHaveURL(/measure=points/);
    await page.getByRole('button', { name: 'Weighting and ASYE caps' }).click();
    await expect(page.getByRole('heading', { name: 'Weighting and ASYE caps' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Close weighting and ASYE settings' }),
    ).toHaveAttribute('aria-expanded', 'true');
    await waitForView(page);
    await expectNoAxeViolations(page);
  });
});

// One organisation page for both, each with its colleague: the ASYE steps end back on the
// default rule, with the settings closed again, where the weighting steps start.
test('the ASYE rule in force and, with weighted points, the weighting scheme travel in the link, so a colleague counts the same way', async ({
  page,
  browser,
}) => {
  // Two tests' steps, each opening the link in a second browser.
  test.setTimeout(120_000);
  await openLevel(page, 'organisation');
  await test.step('the ASYE rule in force travels in the link, so a colleague counts own caps the same way', async () => {
    const ownCapTile = (on: Page) =>
      on.locator('.kpi').filter({ hasText: 'At or over their own cap' }).locator('.kpi__value');
    const withDefaultRule = await textOf(ownCapTile(page));

    await page.getByRole('button', { name: 'Weighting and ASYE caps' }).click();
    await page.getByRole('radio', { name: 'A fixed cap in cases per FTE' }).check();
    await page.getByRole('textbox', { name: /Fixed cap in cases per FTE/ }).fill('5');
    await page.getByRole('button', { name: 'Save ASYE rule' }).click();
    await expect(page).toHaveURL(/asye=cap-5/);
    // At 5 cases per FTE, every ASYE worker with cases is at or over their own cap.
    await expect(ownCapTile(page)).not.toHaveText(withDefaultRule);
    const withLinkRule = await textOf(ownCapTile(page));

    const colleague = await browser.newContext();
    const theirs = await colleague.newPage();
    await theirs.goto(page.url());
    await waitForView(theirs);
    await expect(ownCapTile(theirs)).toHaveText(withLinkRule);
    await expect(
      theirs.getByText(/This link counts ASYE workers’ own caps by its own rule/),
    ).toBeVisible();
    await colleague.close();

    // Back to the default rule: the address stops naming one.
    await page.getByRole('button', { name: 'Reset to 0.6 of FTE' }).click();
    await expect(page).not.toHaveURL(/asye=/);
    await expect(ownCapTile(page)).toHaveText(withDefaultRule);
    await page.getByRole('button', { name: 'Close weighting and ASYE settings' }).click();
    await expect(page.locator('#measure-settings')).toHaveCount(0);
  });
  await test.step('with weighted points, the weighting scheme travels in the link, so a colleague weighs cases the same way', async () => {
    await select(page, 'Measure').selectOption({ label: 'Weighted points per FTE' });
    await expect(page).toHaveURL(/measure=points/);
    const withExampleA = await textOf(firstTile(page).locator('.kpi__value'));

    await page.getByRole('button', { name: 'Weighting and ASYE caps' }).click();
    await page.getByRole('button', { name: 'Load example B' }).click();
    await page.getByRole('button', { name: 'Save weighting scheme' }).click();
    await expect(page).toHaveURL(/weights=/);
    await expect(firstTile(page).locator('.kpi__value')).not.toHaveText(withExampleA);
    const withExampleB = await textOf(firstTile(page).locator('.kpi__value'));

    const colleague = await browser.newContext();
    const theirs = await colleague.newPage();
    await theirs.goto(page.url());
    await waitForView(theirs);
    await expect(firstTile(theirs).locator('.kpi__value')).toHaveText(withExampleB);
    await expect(theirs.getByText(/This link weighs cases by its own scheme/)).toBeVisible();
    await colleague.close();
  });
});
