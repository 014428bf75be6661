import { expect, test, type Page } from '@playwright/test';
import { barFills, waitForView } from './fixtures';

async function openFirstTeam(page: Page) {
  await page.goto('/');
  await waitForView(page);
  await page.locator('.caseload-chart a.chart-bar-link').first().click();
  await waitForView(page);
  await page.locator('.caseload-chart a.chart-bar-link').first().click();
  await waitForView(page);
  await expect(page.getByRole('heading', { name: /Workers in .* against the caps/ })).toBeVisible();
}

function tile(page: Page, label: RegExp) {
  return page
    .locator('.kpi')
    .filter({ has: page.getByText(label) })
    .locator('.kpi__value');
}

test('changing a cap changes the bands, the bar colours and the over-cap counts, and survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await waitForView(page);
  await expect(page.locator('.band-legend')).toContainText('Up to 15');
  const fillsBefore = await barFills(page);
  const at15 = await tile(page, /^At 15\+ cases per FTE$/).textContent();

  await page.getByRole('button', { name: 'Edit caps' }).click();
  const editor = page.locator('#caps-editor');
  await editor.locator('#cap-0-from').fill('8');
  await editor.locator('#cap-0-label').fill('Our local cap');
  await expect(editor.locator('.caps-editor__preview')).toContainText('Up to 8');
  await editor.getByRole('button', { name: 'Save caps' }).click();
  await expect(editor.getByRole('status')).toContainText('saved');

  await expect(page).toHaveURL(/caps=custom/);
  await expect(page.locator('.band-legend')).toContainText('Up to 8');
  await expect(page.locator('.band-legend')).toContainText('8–18');
  await expect(page.locator('.band-legend')).not.toContainText('Up to 15');
  await expect(tile(page, /^At 15\+ cases per FTE$/)).toHaveCount(0);
  const at8 = await tile(page, /^At 8\+ cases per FTE$/).textContent();
  expect(at8).not.toEqual(at15);
  // Every area is above 8, so no bar keeps the calm colour it had below 15.
  expect(await barFills(page)).not.toEqual(fillsBefore);

  await page.getByRole('button', { name: 'Close caps editor' }).click();
  await page.locator('.caseload-chart a.chart-bar-link').first().click();
  await waitForView(page);
  const unit = new URL(page.url()).searchParams.get('unit');
  expect(unit).toMatch(/^area-/);
  await page.reload();
  await waitForView(page);
  expect(new URL(page.url()).searchParams.get('unit')).toBe(unit);
  await expect(page.locator('.band-legend')).toContainText('Up to 8');
  await expect(tile(page, /^At 8\+ cases per FTE$/)).toBeVisible();

  // Reset brings the default caps back.
  await page.getByRole('button', { name: 'Edit caps' }).click();
  await page.getByRole('button', { name: 'Reset to default caps' }).click();
  await expect(page.locator('.band-legend')).toContainText('Up to 15');
  await expect(page).toHaveURL(/caps=default/);
});

// One team page for both: the refused edits end with a reload showing the default caps, where
// choosing a preset starts.
test('an invalid cap edit is refused with a clear message and never saved; a preset names its source and changes the caps in the URL', async ({
  page,
}) => {
  await openFirstTeam(page);
  await test.step('an invalid cap edit is refused with a clear message and never saved', async () => {
    await page.getByRole('button', { name: 'Edit caps' }).click();
    const editor = page.locator('#caps-editor');

    await editor.locator('#cap-0-from').fill('abc');
    await editor.getByRole('button', { name: 'Save caps' }).click();
    await expect(editor.getByRole('alert')).toContainText('There is a problem');
    await expect(editor.getByRole('alert')).toContainText('Cap 1: the value must be a number');
    await expect(editor.locator('#cap-0-from')).toHaveAttribute('aria-invalid', 'true');

    await editor.locator('#cap-0-from').fill('19');
    await editor.getByRole('button', { name: 'Save caps' }).click();
    await expect(editor.getByRole('alert')).toContainText('overlaps cap 1');

    await editor.locator('#cap-0-from').fill('-3');
    await editor.getByRole('button', { name: 'Save caps' }).click();
    await expect(editor.getByRole('alert')).toContainText('must not be negative');

    await page.reload();
    await waitForView(page);
    await expect(page).not.toHaveURL(/caps=custom/);
    await expect(page.locator('.band-legend')).toContainText('Up to 15');
    await expect(page.locator('.band-legend')).toContainText('18–20 target range');
  });
  await test.step('a preset names its source and changes the caps in the URL', async () => {
    await page.getByLabel('Caps', { exact: true }).selectOption({ label: 'Setting the Bar: 15' });
    await expect(page).toHaveURL(/caps=setting-the-bar/);
    await expect(page.locator('.kpi-tiles__source')).toContainText('Social Work Scotland, 2022');
    await expect(page.locator('.band-legend ul')).not.toContainText('target range');
    await expect(page.locator('.band-legend ul')).toContainText('Up to 15');
  });
});

test('after Back, the address still names the caps on screen, so a copied link shows a colleague the same figures', async ({
  page,
  browser,
}) => {
  await openFirstTeam(page);
  await page.getByLabel('Caps', { exact: true }).selectOption({ label: 'Napo: 17–18' });
  await expect(page).toHaveURL(/caps=napo/);
  await page.goBack();
  // Napo stays in force as this browser's choice, and the address says so.
  await expect(page).toHaveURL(/caps=napo/);
  await expect(page.locator('.band-legend ul')).toContainText('17–18 Napo safe caseload');
  const onScreen = await page.locator('.headline').first().textContent();

  const colleague = await browser.newContext();
  const theirs = await colleague.newPage();
  await theirs.goto(page.url());
  await waitForView(theirs);
  await expect(theirs.locator('.band-legend ul')).toContainText('17–18 Napo safe caseload');
  await expect(theirs.locator('.headline').first()).toHaveText(onScreen ?? '');
  await colleague.close();
});

test('a link to caps set in this browser carries them, so a colleague with other caps of their own sees the same figures', async ({
  page,
  browser,
}) => {
  await openFirstTeam(page);
  await page.getByRole('button', { name: 'Edit caps' }).click();
  const editor = page.locator('#caps-editor');
  await editor.locator('#cap-0-from').fill('12');
  // The preset's label named Setting the Bar; at 12 it is no longer theirs.
  await expect(editor.locator('#cap-0-label')).toHaveValue('custom cap');
  await editor.getByRole('button', { name: 'Save caps' }).click();
  await expect(editor.getByRole('status')).toContainText('saved');
  await expect(page).toHaveURL(/caps=custom&capset=12/);
  await expect(page.locator('.band-legend ul')).toContainText('Up to 12');
  const onScreen = await page.locator('.headline').first().textContent();

  // The colleague has saved caps of their own: a link naming only "custom" would open those.
  const colleague = await browser.newContext();
  await colleague.addInitScript(() => {
    if (window.localStorage.getItem('loadline.caps')) return;
    window.localStorage.setItem(
      'loadline.caps',
      JSON.stringify({
        state: {
          preferredPreset: 'custom',
          customCaps: [{ kind: 'line', value: 30, label: 'their own cap' }],
          teamTypeCaps: {},
        },
        version: 1,
      }),
    );
  });
  const theirs = await colleague.newPage();
  await theirs.goto(page.url());
  await waitForView(theirs);
  await expect(theirs.locator('.band-legend ul')).toContainText('Up to 12');
  await expect(theirs.locator('.headline').first()).toHaveText(onScreen ?? '');
  await expect(
    theirs.getByText(/This link carries its own caps \(12, 18–20 and 25\+\)/),
  ).toBeVisible();
  await expect(theirs.locator('.kpi-tiles__source')).toContainText('whoever shared this link');
  await expect(theirs.getByLabel('Caps', { exact: true }).locator('option:checked')).toHaveText(
    'Caps from the link',
  );
  await colleague.close();
});

test('caps set for a kind of team travel in the link too', async ({ page, browser }) => {
  await page.goto('/?unit=team-cin-cp-north');
  await waitForView(page);
  await page.getByRole('button', { name: 'Edit caps' }).click();
  const editor = page.locator('#caps-editor');
  await editor.getByLabel('Apply these caps to').selectOption({ label: 'Long-term teams' });
  await editor.locator('#cap-0-from').fill('10');
  await editor.getByRole('button', { name: 'Save caps' }).click();
  await expect(editor.getByRole('status')).toContainText('long-term teams now use these caps');
  await expect(page).toHaveURL(/teamcaps=long-term%3D10/);
  await expect(page.locator('.band-legend ul')).toContainText('Up to 10');
  const onScreen = await page.locator('.headline').first().textContent();

  const colleague = await browser.newContext();
  const theirs = await colleague.newPage();
  await theirs.goto(page.url());
  await waitForView(theirs);
  await expect(theirs.locator('.band-legend ul')).toContainText('Up to 10');
  await expect(theirs.locator('.headline').first()).toHaveText(onScreen ?? '');
  await expect(theirs.locator('.kpi-tiles__source')).toContainText(
    'From the link for this kind of team',
  );
  await colleague.close();
});
