import { expect, test, type Page } from '@playwright/test';
import { waitForView } from './fixtures';

interface ApiSnapshot {
  units: { id: string; name: string }[];
  workers: { id: string; unitId: string; displayName: string; casesHeld: number }[];
}

interface WhatWasShown {
  /** Each page heading in turn, as it changed. */
  headings: string[];
  /** Links to a worker's page (the rows and bars of a team's chart and table), ever attached. */
  workerLinks: string[];
}

declare global {
  interface Window {
    whatWasShown: WhatWasShown;
  }
}

/**
 * Watches the page from before the app starts: every heading it shows, and
 * any link to a worker's page. A team's chart and its table are the only
 * places such links appear, so none means no team's chart was drawn.
 */
async function watchWhatIsShown(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: WhatWasShown = { headings: [], workerLinks: [] };
    window.whatWasShown = shown;
    new MutationObserver(() => {
      const heading = document.querySelector('main h1')?.textContent ?? '';
      if (heading && shown.headings[shown.headings.length - 1] !== heading) {
        shown.headings.push(heading);
      }
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="worker="]')) {
        shown.workerLinks.push(link.href);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

test('a supervisor opens a worker’s page from the header by keyboard, and no team’s chart appears on the way', async ({
  page,
}) => {
  await watchWhatIsShown(page);
  await page.goto('/');
  await waitForView(page);
  const organisation = await page.getByRole('heading', { level: 1 }).textContent();
  const now = await page.evaluate(async () => {
    const list = (await (await fetch('/api/v1/snapshots')).json()) as { snapshots: string[] };
    const latest = list.snapshots[list.snapshots.length - 1] ?? '';
    return (await (await fetch(`/api/v1/snapshots/${latest}`)).json()) as ApiSnapshot;
  });
  const busiest = [...now.workers].sort((a, b) => b.casesHeld - a.casesHeld)[0]!;
  const team = now.units.find((unit) => unit.id === busiest.unitId)!;
  const [firstName = '', surname = ''] = busiest.displayName.split(' ');

  // From the top of the page, Tab reaches the finder before any chart or table.
  const finder = page.getByRole('combobox', { name: 'Find a worker' });
  for (
    let presses = 0;
    presses < 4 && !(await finder.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(finder).toBeFocused();
  await page.keyboard.type(`${firstName} ${surname.slice(0, 2)}`);
  const listbox = page.getByRole('listbox', { name: 'Workers' });
  await expect(listbox).toBeVisible();
  const wanted = listbox.getByRole('option', { name: `${busiest.displayName}, ${team.name}` });
  await expect(wanted).toBeVisible();
  // Names and teams only: no worker's caseload among the suggestions.
  await expect(listbox).not.toContainText(/\d/);

  for (
    let presses = 0;
    presses < 20 && (await wanted.getAttribute('aria-selected')) !== 'true';
    presses++
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toHaveAttribute('aria-selected', 'true');
  await expect(finder).toHaveAttribute('aria-activedescendant', (await wanted.getAttribute('id'))!);
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(busiest.displayName);
  await waitForView(page);
  await expect(page).toHaveURL(new RegExp(`unit=${busiest.unitId}&worker=${busiest.id}`));
  // Focus moves to the page opened, and the finder is empty again: no colleague's name stays on screen.
  await expect(heading).toBeFocused();
  await expect(finder).toHaveValue('');
  await expect(page.getByRole('listbox')).toHaveCount(0);

  const shown = await page.evaluate(() => window.whatWasShown);
  expect(shown.headings).toEqual([organisation, busiest.displayName]);
  expect(shown.workerLinks).toEqual([]);
});

test('at national scale the finder lists 20 of the many matches, says how many more, and opens the one chosen', async ({
  page,
}) => {
  await watchWhatIsShown(page);
  await page.goto('/?demo=national');
  await waitForView(page);
  const finder = page.getByRole('combobox', { name: 'Find a worker' });
  await finder.fill('a');
  const listbox = page.getByRole('listbox', { name: 'Workers' });
  await expect(listbox.getByRole('option')).toHaveCount(20);
  await expect(page.locator('.worker-finder__note')).toHaveText(
    /^\d{1,2},\d{3} more workers match: type more of the name to narrow them\.$/,
  );

  await finder.fill('magdalena ah');
  const first = listbox.getByRole('option').first();
  const firstName = (await first.locator('.worker-finder__name').textContent()) ?? '';
  expect(firstName).toMatch(/^Magdalena Ah/);
  await finder.press('ArrowDown');
  await finder.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstName);
  await expect(page).toHaveURL(/worker=.*demo=national/);
  expect((await page.evaluate(() => window.whatWasShown)).workerLinks).toEqual([]);
});
