// Builds the app, serves it with vite preview and saves the README's
// screenshots (demo data) to docs/screenshots/. Run: npm run screenshots
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const views = [
  { name: 'overview', search: '', width: 1280, height: 1000 },
  { name: 'team', search: '?unit=team-cin-cp-north', width: 1280, height: 1000 },
  { name: 'worker', search: null, width: 1280, height: 1000 },
  { name: 'narrow-team', search: '?unit=team-cin-cp-north', width: 768, height: 1000 },
];

await build({ logLevel: 'warn' });
const server = await preview({
  preview: { port: 4174, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
});
try {
  for (const view of views) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
    if (view.search === null) {
      await page.goto('http://127.0.0.1:4174/?unit=team-cin-cp-north');
      await page
        .locator('table.data-table:has(tbody a)')
        .first()
        .locator('tbody tr')
        .first()
        .getByRole('link')
        .click();
    } else {
      await page.goto(`http://127.0.0.1:4174/${view.search}`);
    }
    await page.waitForSelector('h1');
    await page.waitForSelector('text=Loading', { state: 'detached' }).catch(() => undefined);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/${view.name}.png`, fullPage: false });
    console.log(`docs/screenshots/${view.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
