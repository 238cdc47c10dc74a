/**
 * Accessibility with axe-core, in an English and a Japanese Chromium: no
 * serious or critical violation on the demo article with a pinned tooltip
 * open, with the highlight action bar open, and on the popup, side panel,
 * library and options pages, and the PDF reader (a PDF read, with a pinned
 * tooltip; its file picker) (shadow roots included). Every finding, of any
 * impact, is written to test-results/axe.json for the closing note.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_URL, JAPANESE_BROWSER, openArticle, openExtensionPage, startHarness, tabIdOf, TEST_RESULTS, type Harness } from './harness';
import { axeViolations, isBlocking, type AxeFinding } from './axe';
import { DEMO_PDF, openReader, readerUrl, servePdfs } from './pdf';

const report: Record<string, Record<string, AxeFinding[]>> = {};

afterAll(() => {
  mkdirSync(TEST_RESULTS, { recursive: true });
  writeFileSync(fileURLToPath(new URL('axe.json', TEST_RESULTS)), `${JSON.stringify(report, null, 2)}\n`);
});

describe.each([
  ['English', 'en', []],
  ['Japanese', 'ja', JAPANESE_BROWSER],
] as const)('axe-core in a %s browser', (_, lang, args) => {
  let h: Harness;
  let article: Page;
  let tabId: number;
  const check = async (surface: string, page: Page) => {
    const found = await axeViolations(page);
    report[lang] ??= {};
    report[lang][surface] = found;
    expect(found.filter(isBlocking)).toEqual([]);
  };

  beforeAll(async () => {
    h = await startHarness({ args: [...args] });
    await servePdfs(h);
    article = await openArticle(h, DEMO_URL);
    tabId = await tabIdOf(h, DEMO_URL);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the article with a pinned tooltip open', async () => {
    await article.bringToFront();
    await article.locator('#abstract [data-glossa-term="dnic"]').first().click();
    const tooltip = article.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.locator('.card').getAttribute('lang')).toBe(lang);
    await check('article + tooltip', article);
    await article.keyboard.press('Escape');
  });

  it('the article with the highlight action bar open', async () => {
    // A real drag across a plain sentence of the abstract.
    const words = article.locator('#abstract p').nth(2);
    const box = (await words.boundingBox())!;
    await article.mouse.move(box.x + 2, box.y + 6);
    await article.mouse.down();
    await article.mouse.move(box.x + box.width * 0.4, box.y + 6, { steps: 8 });
    await article.mouse.up();
    await expect.poll(() => article.locator('[data-glossa-ui="actions"] [data-glossa-action="highlight"]').count()).toBeGreaterThan(0);
    await check('article + action bar', article);
    await article.keyboard.press('Escape');
  });

  it('the popup', async () => {
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('button.term', { state: 'attached' });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    await check('popup', popup);
    await popup.close();
  });

  it('the side panel, map and terms', async () => {
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`, { width: 360, height: 900 });
    await panel.waitForSelector('[data-glossa-node][data-lit="true"]');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe(lang);
    await check('side panel (map)', panel);
    await panel.locator('.views label', { hasText: lang === 'ja' ? '慢性痛' : 'Chronic pain' }).click();
    await panel.waitForSelector('.changes li');
    await check('side panel (chronic-pain map)', panel);
    await panel.locator('[data-glossa-panel-tab="terms"]').click();
    await panel.waitForSelector('.page-terms button');
    await check('side panel (terms)', panel);
    await panel.close();
  });

  it('the library', async () => {
    const library = await openExtensionPage(h, 'library.html', { width: 1000, height: 800 });
    await library.waitForSelector('main');
    expect(await library.evaluate(() => document.documentElement.lang)).toBe(lang);
    await check('library', library);
    await library.close();
  });

  it('the PDF reader, a PDF read with a pinned tooltip open', async () => {
    const reader = await openReader(h, DEMO_PDF.url);
    expect(await reader.evaluate(() => document.documentElement.lang)).toBe(lang);
    await reader.locator('[data-glossa-term="kcc2"]').first().click();
    const tooltip = reader.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await check('PDF reader + tooltip', reader);
    await reader.close();
  });

  it('the PDF reader’s file picker', async () => {
    const reader = await h.context.newPage();
    await reader.goto(readerUrl(h));
    await reader.waitForSelector('html[data-glossa-pdf="pick"]', { state: 'attached' });
    expect(await reader.evaluate(() => document.documentElement.lang)).toBe(lang);
    await check('PDF reader (file picker)', reader);
    await reader.close();
  });

  it('the options page', async () => {
    const options = await openExtensionPage(h, 'options.html', { width: 1000, height: 800 });
    await options.waitForSelector('fieldset');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    await check('options', options);
    await options.close();
  });
});
