/**
 * Settings a council sets for everyone in loadline.config.json: the demo
 * council served with Anytown's caseload policy (18 per FTE, 22 and over
 * escalated) and its ASYE rule, as a deployment would serve its config.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForView } from './fixtures';

const POLICY_NAME = 'Anytown caseload policy 2026';
const POLICY_SOURCE = 'Anytown Council children’s services caseload policy, April 2026';

const anytownConfig = {
  dataSource: { kind: 'demo' },
  settings: {
    caps: {
      name: POLICY_NAME,
      source: POLICY_SOURCE,
      caps: [
        { kind: 'line', value: 18, label: 'policy cap' },
        { kind: 'line', value: 22, label: 'escalate to head of service' },
      ],
    },
    asyeRule: { kind: 'fixed-cap', casesPerFte: 12 },
  },
};

// CIN/CP Team North on 31 October 2026 (src/mocks/demo): 11 case holders (case holders and
// senior practitioners), cases ÷ FTE: 23, 22, 25, 23, 19 ÷ 0.8 = 23.75, 12 ÷ 0.6 = 20, 23, 24,
// 14 (the ASYE worker), 23 and 21. At 18+: everyone but the 14, so 10 of 11. At 22+: the eight
// at 22, 23, 23, 23, 23, 23.75, 24 and 25. Against Cafcass's 18–20 and 25: at 20+ everyone but
// the 14 (10 of 11), and only the 25 at 25+.
const TEAM = '/?unit=team-cin-cp-north&asAt=2026-10-31';
const ANYTOWN_HEADLINE =
  /10 of 11 case holders in CIN\/CP Team North are at 18\+ cases per FTE \(91%\); 8 are at 22\+ \(73%\)\./;
const CAFCASS_HEADLINE =
  /10 of 11 case holders in CIN\/CP Team North are at 20\+ cases per FTE \(91%\); 1 is at 25\+ \(9%\)\./;

async function serveConfig(page: Page, config: unknown): Promise<void> {
  await page.route('**/loadline.config.json', (route) =>
    route.fulfill({ status: 200, body: JSON.stringify(config), contentType: 'application/json' }),
  );
}

const capsSelect = (page: Page) => page.getByRole('combobox', { name: 'Caps', exact: true });
const headline = (page: Page) => page.locator('.headline').first();
const notOrganisations = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'not the organisation’s' });

test('the organisation’s caps are everyone’s starting caps, named with their source', async ({
  page,
}) => {
  await serveConfig(page, anytownConfig);
  await page.goto(TEAM);
  await waitForView(page);

  await expect(capsSelect(page)).toHaveValue('organisation');
  await expect(capsSelect(page).locator('option').first()).toHaveText(
    `${POLICY_NAME} (the organisation’s caps)`,
  );
  await expect(capsSelect(page).locator('option:checked')).toHaveText(
    `${POLICY_NAME} (the organisation’s caps)`,
  );
  await expect(headline(page)).toHaveText(ANYTOWN_HEADLINE);
  await expect(page.locator('.kpi-tiles__source')).toContainText(
    `Caps: ${POLICY_NAME}. Source: ${POLICY_SOURCE} (set by the organisation for everyone).`,
  );
  // The organisation's caps are the default here, so the link leaves them out.
  expect(new URL(page.url()).searchParams.get('caps')).toBeNull();
  await expect(notOrganisations(page)).toHaveCount(0);

  // The board's caption names them and their source too.
  await page.getByRole('link', { name: 'Board layout' }).click();
  await expect(page.locator('.board-caption')).toContainText(
    `18 (policy cap), 22 (escalate to head of service): ${POLICY_NAME}. Source: ${POLICY_SOURCE} (set by the organisation for everyone).`,
  );
});

// One page for the three that start from the team against the organisation's settings: each
// ends back on them (the colleague's choice is in their own browser; the reset and the last
// reload leave the organisation's caps, and the ASYE rule is not touched before its own steps).
test('other caps are flagged and shared by link; a person’s own caps survive a reload and reset goes back; the organisation’s ASYE rule is the default and “Use the organisation’s settings” undoes a person’s own', async ({
  page,
  browser,
}) => {
  // Three tests' steps, with three accessibility scans.
  test.slow();
  await serveConfig(page, anytownConfig);
  await page.goto(TEAM);
  await waitForView(page);
  await test.step('other caps are flagged as not the organisation’s, and a link shows a colleague the same figures', async () => {
    await capsSelect(page).selectOption('cafcass');
    await expect(headline(page)).toHaveText(CAFCASS_HEADLINE);
    await expect(notOrganisations(page)).toContainText(
      `Caps: Cafcass: 18–20 target, tracks 20+ and 25+ (the organisation’s: ${POLICY_NAME})`,
    );
    await expectNoAxeViolations(page);

    // A colleague opening the link sees the same figures, and is told they are not the organisation's.
    const colleague = await browser.newContext();
    const theirs = await colleague.newPage();
    await serveConfig(theirs, anytownConfig);
    await theirs.goto(page.url());
    await waitForView(theirs);
    await expect(headline(theirs)).toHaveText(CAFCASS_HEADLINE);
    await expect(notOrganisations(theirs)).toBeVisible();
    await colleague.close();
  });
  await test.step('a person’s own caps survive a reload, and reset goes back to the organisation’s', async () => {
    await capsSelect(page).selectOption('cafcass');
    await expect(headline(page)).toHaveText(CAFCASS_HEADLINE);

    // The choice is kept in this browser: a fresh visit without it in the address still uses it.
    await page.goto(TEAM);
    await waitForView(page);
    await expect(capsSelect(page)).toHaveValue('cafcass');
    await expect(headline(page)).toHaveText(CAFCASS_HEADLINE);

    await page.getByRole('button', { name: 'Edit caps' }).click();
    const editor = page.locator('#caps-editor');
    await expect(editor).toContainText(
      `The organisation’s caps, which everyone starts from, are ${POLICY_NAME}.`,
    );
    await expectNoAxeViolations(page);
    await editor.getByRole('button', { name: 'Reset to the organisation’s caps' }).click();
    await expect(editor.getByRole('status')).toContainText(
      `Caps reset to the organisation’s: ${POLICY_NAME}.`,
    );
    await expect(capsSelect(page)).toHaveValue('organisation');
    await expect(headline(page)).toHaveText(ANYTOWN_HEADLINE);
    await expect(notOrganisations(page)).toHaveCount(0);

    await page.goto(TEAM);
    await waitForView(page);
    await expect(capsSelect(page)).toHaveValue('organisation');
    await expect(headline(page)).toHaveText(ANYTOWN_HEADLINE);
  });
  await test.step('the organisation’s ASYE rule is the default, and “Use the organisation’s settings” undoes a person’s own', async () => {
    await page.getByRole('button', { name: /Weighting and ASYE caps/ }).click();
    const asyeForm = page.getByRole('form', { name: 'Protected caseload for ASYE workers' });
    await expect(asyeForm).toContainText(
      'Now in use: ASYE workers have a fixed cap of 12 cases per FTE (or the reference cap, if lower). This is the organisation’s rule, set for everyone.',
    );
    await asyeForm.getByRole('radio', { name: /No protected cap/ }).check();
    await asyeForm.getByRole('button', { name: 'Save ASYE rule' }).click();
    await expect(page).toHaveURL(/asye=none/);
    await expect(notOrganisations(page)).toContainText(
      'ASYE rule: No protected cap for ASYE workers (the organisation’s: ASYE workers have a fixed cap of 12 cases per FTE',
    );
    await capsSelect(page).selectOption('napo');
    await expect(notOrganisations(page)).toContainText('Caps: Napo: 17–18');
    await expectNoAxeViolations(page);

    await notOrganisations(page)
      .getByRole('button', { name: 'Use the organisation’s settings' })
      .click();
    await expect(notOrganisations(page)).toHaveCount(0);
    await expect(capsSelect(page)).toHaveValue('organisation');
    await expect(headline(page)).toHaveText(ANYTOWN_HEADLINE);
    const address = new URL(page.url()).searchParams;
    expect(address.get('asye')).toBeNull();
    expect(address.get('caps')).toBeNull();
    await expect(asyeForm).toContainText('This is the organisation’s rule, set for everyone.');
  });
});

test('settings that break the editor’s rules stop start-up, naming the field', async ({ page }) => {
  await serveConfig(page, {
    ...anytownConfig,
    settings: {
      caps: {
        name: POLICY_NAME,
        source: POLICY_SOURCE,
        caps: [
          { kind: 'range', from: 18, to: 22, label: 'policy range' },
          { kind: 'line', value: 20, label: 'inside it' },
        ],
      },
    },
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'settings.caps.caps.1: Cap 2 (20) overlaps cap 1 (18–22). Caps must not overlap or touch.',
  );
  await expect(page.locator('.caseload-chart')).toHaveCount(0);
});
