import { expect, test } from '@playwright/test';
import { waitForView } from './fixtures';

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280 px screen at 400% zoom) nothing may need
// scrolling sideways, except a wide table, which scrolls inside its own box.
test.use({ viewport: { width: 320, height: 800 } });

for (const [name, query] of [
  ['the organisation', '/'],
  ['a team', '/?unit=team-cin-cp-north'],
  ['a worker', '/?unit=team-cin-cp-north&worker=worker-0051'],
] as const) {
  test(`${name} fits a 320 px wide screen without scrolling sideways`, async ({ page }) => {
    await page.goto(query);
    await waitForView(page);
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter(
          (element) =>
            element.getBoundingClientRect().right > window.innerWidth + 1 &&
            !element.closest('.table-scroll') &&
            element.getClientRects().length > 0,
        )
        .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`)
        .slice(0, 5),
    );
    expect(tooWide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
}
