/**
 * The README's pictures, taken from the real extension: the tooltip in an
 * English and in a Japanese browser, the highlight action bar, the popup
 * and the side panel (map and chronic-pain view). `npm test` writes them to
 * test-results/screenshots/; `npm run screenshots` (GLOSSA_SCREENSHOTS) to
 * docs/screenshots/. Each one first checks that what it shows is there.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_URL, JAPANESE_BROWSER, openArticle, openExtensionPage, SCREENSHOTS, startHarness, tabIdOf, type Harness } from './harness';

const shot = (name: string) => fileURLToPath(new URL(name, SCREENSHOTS));
const tooltip = (page: Page) => page.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

describe.each([
  ['English', 'en', [] as string[]],
  ['Japanese', 'ja', JAPANESE_BROWSER],
])('in a %s browser', (_, lang, args) => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness({ args });
    page = await openArticle(h, DEMO_URL);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the tooltip of DNIC, pinned', async () => {
    await page.setViewportSize({ width: 1100, height: 700 });
    const term = page.locator('#abstract [data-glossa-term="dnic"]').nth(1);
    await term.scrollIntoViewIfNeeded();
    await term.click();
    await expect.poll(() => tooltip(page).locator('.card').getAttribute('lang')).toBe(lang);
    await page.screenshot({ path: shot(`tooltip-${lang}.png`) });
    await page.keyboard.press('Escape');
  });

  it('the highlight action bar', async () => {
    if (lang !== 'en') return;
    const words = page.locator('#abstract p').nth(2);
    await words.scrollIntoViewIfNeeded();
    const box = (await words.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + 6, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator('[data-glossa-ui="actions"] [data-glossa-action="highlight"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: shot('action-bar.png'), clip: { x: 0, y: Math.max(0, box.y - 120), width: 1100, height: 320 } });
    await page.keyboard.press('Escape');
  });

  it('the popup and the side panel', async () => {
    if (lang !== 'en') return;
    const tabId = await tabIdOf(h, DEMO_URL);
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('li.claim');
    await popup.screenshot({ path: shot('popup.png') });
    await popup.close();
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`, { width: 400, height: 1000 });
    await panel.waitForSelector('[data-glossa-node][data-lit="true"]');
    await panel.screenshot({ path: shot('side-panel.png') });
    await panel.locator('[data-glossa-view="chronic"]').check();
    await panel.waitForSelector('.changes li');
    await panel.screenshot({ path: shot('side-panel-chronic.png'), fullPage: true });
    await panel.close();
  });
});
