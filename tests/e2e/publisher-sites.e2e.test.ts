/**
 * Publisher sites the reader enables, end to end in Chromium with the
 * built extension (no publisher origin granted at install):
 * - the popup on a publisher page offers "Read papers on this site"; its
 *   click asks Chrome for exactly that site; once granted, the content
 *   script is registered for it and the open page is read at once, and the
 *   popup shows the page's reading map;
 * - the options page lists the site; its remove button gives the permission
 *   back, unregisters the script and restores the open page;
 * - "Read this page only" reads one page through activeTab, tooltip
 *   included, and nothing lasts; a page that is no article gets nothing.
 *
 * How the browser's parts are driven (no test switch or protocol method
 * answers Chrome's permission prompt; `--apps-gallery-install-auto-confirm-for-tests`
 * does not, and a headless prompt cannot be clicked):
 * - the toolbar button is pressed through the DevTools protocol
 *   (Extensions.triggerAction), which grants activeTab as a click does;
 * - the reader allows the site in Chrome's own extension settings first
 *   (chrome://extensions → Site access → On specific sites), through the
 *   API that page uses; Chrome then grants the popup's request from the
 *   click at once, without its prompt, and the rest is Glossa's own code.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotatedTerms, startHarness, type Harness } from './harness';
import { publisherPage } from '../saved-publisher-pages';
import {
  allowInSiteAccess,
  grantedOrigins,
  originOf,
  pressToolbarButton,
  PUBLISHER_SERVED,
  registeredMatches,
  termCount,
  waitForRegistration,
} from './publisher';

const PLOS = publisherPage('plos');
const FRONTIERS = publisherPage('frontiers');
/** A journal's home page, after the shape of www.mdpi.com/journal/brainsci (written for this test). */
const HOME_URL = 'https://www.mdpi.com/journal/brainsci';
const HOME_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Brain Sciences</title>
<meta property="og:type" content="website"><meta name="dc.title" content="Brain Sciences"></head>
<body><main><h1>Brain Sciences</h1><article><a>Identification of Brain Activation Areas</a>
<div class="abstract">${'Brain activation in the insular cortex and thalamus during pain. '.repeat(10)}</div></article></main></body></html>`;

const ARGS = ['--enable-unsafe-extension-debugging'];

/** Opens a page and waits for its load (Glossa does not run there yet). */
async function open(h: Harness, url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The tab id of a page, asked of the service worker (the page must be the active tab). */
async function activeTab(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  return h.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!;
  });
}

/** The popup for a tab, recording the permission requests it makes (arguments and whether the reader's click was still active). */
async function popupFor(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.addInitScript(() => {
    const api = (globalThis as unknown as { chrome: { permissions: { request(p: { origins?: string[] }): Promise<boolean> } } }).chrome;
    const real = api.permissions.request.bind(api.permissions);
    const log: Array<{ origins?: string[]; activation: boolean }> = [];
    (globalThis as Record<string, unknown>).__requests = log;
    api.permissions.request = (p) => {
      log.push({ origins: p.origins, activation: navigator.userActivation.isActive });
      return real(p);
    };
  });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function click(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector);
  await target.waitFor();
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('enabling a site from the popup and removing it in the options page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ args: ARGS, pages: PUBLISHER_SERVED });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the popup offers the site, its click asks Chrome for exactly that site, and the open page is read at once', async () => {
    const page = await open(h, PLOS.url);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-glossa-state'))).toBe(false);
    expect(await registeredMatches(h)).toEqual([]);

    await pressToolbarButton(h, page);
    const popup = await popupFor(h, await activeTab(h, page));
    const offer = popup.locator('.site-access');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('journals.plos.org');

    await allowInSiteAccess(h, originOf(PLOS.url));
    await click(popup, '[data-glossa-site-action="enable"]');

    // The popup shows the page's reading map once the first pass is done.
    await popup.locator('[data-glossa-toggle]').waitFor({ timeout: 20_000 });
    await popup.locator('.term-row').first().waitFor({ state: 'attached', timeout: 20_000 });
    const requests = await popup.evaluate(() => (globalThis as Record<string, unknown>).__requests);
    expect(requests).toEqual([{ origins: ['https://journals.plos.org/*'], activation: true }]);
    expect(await grantedOrigins(h)).toContain('https://journals.plos.org/*');
    await waitForRegistration(h, ['https://journals.plos.org/*']);

    // The tab that was open when the site was granted is read without a reload.
    await page.waitForSelector('html[data-glossa-state="ready"]');
    const terms = await annotatedTerms(page);
    expect(terms.hypothalamus).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('ol.references [data-glossa-term]').length)).toBe(0);

    // A page of the site opened later is read by the registered content script.
    const again = await open(h, PLOS.url);
    await again.waitForSelector('html[data-glossa-state="ready"]', { timeout: 20_000 });
    expect(await termCount(again)).toBeGreaterThan(0);
    await again.close();
    await popup.close();
  });

  it('the options page lists the site; its remove button unregisters the script and restores the open page', async () => {
    const page = h.context.pages().find((p) => p.url() === PLOS.url)!;
    expect(await termCount(page)).toBeGreaterThan(0);
    const before = await page.evaluate(() => document.querySelector('#artText')!.textContent);

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const row = options.locator('[data-glossa-site="https://journals.plos.org/*"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('journals.plos.org');
    await click(options, '[data-glossa-site="https://journals.plos.org/*"] [data-glossa-site-action="remove"]');

    await waitForRegistration(h, []);
    expect(await grantedOrigins(h)).not.toContain('https://journals.plos.org/*');
    await page.waitForFunction(() => document.querySelectorAll('[data-glossa-term]').length === 0, undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-glossa-state'))).toBe('off');
    expect(await page.evaluate(() => document.querySelector('#artText')!.textContent)).toBe(before);
    await row.waitFor({ state: 'detached' });
    await options.locator('.site-list .empty').waitFor();

    // Reloaded, the page is no longer read.
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-glossa-state'))).toBe(false);
    await options.close();
  });
});

describe('reading one page once (activeTab)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ args: ARGS, pages: { ...PUBLISHER_SERVED, [HOME_URL]: HOME_HTML } });
  });
  afterAll(async () => {
    await h?.close();
  });
  const opened: Page[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
  });

  it('"Read this page only" reads the page, with its tooltip, and leaves no lasting permission', async () => {
    const page = await open(h, FRONTIERS.url);
    opened.push(page);
    await pressToolbarButton(h, page);
    const popup = await popupFor(h, await activeTab(h, page));
    opened.push(popup);
    await click(popup, '[data-glossa-site-action="read-once"]');
    await popup.locator('.term-row').first().waitFor({ state: 'attached', timeout: 20_000 });
    expect(await popup.evaluate(() => (globalThis as Record<string, unknown>).__requests)).toEqual([]);

    await page.waitForSelector('html[data-glossa-state="ready"]');
    const terms = await annotatedTerms(page);
    expect(Object.keys(terms).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('ul.References [data-glossa-term]').length)).toBe(0);

    // The tooltip: its UI is injected by the background here (not web-accessible on publisher sites).
    await page.bringToFront();
    const term = page.locator('.ArticleContent [data-glossa-term]').first();
    await term.scrollIntoViewIfNeeded();
    const box = (await term.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('[data-glossa-ui="tooltip"]');
    await tooltip.waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForFunction(() => {
      const host = document.querySelector('[data-glossa-ui="tooltip"]');
      const tip = host?.shadowRoot?.querySelector('[role="tooltip"]');
      return !!tip && (tip.textContent ?? '').trim().length > 0;
    });
    const readable = await page.evaluate(
      (id) =>
        fetch(`chrome-extension://${id}/content-ui.js`).then(
          () => true,
          () => false,
        ),
      h.extensionId,
    );
    expect(readable).toBe(false);

    // Nothing lasts: no permission, no registration; reloaded, the page is not read.
    expect((await grantedOrigins(h)).some((o) => o.includes('frontiersin.org'))).toBe(false);
    expect(await registeredMatches(h)).toEqual([]);
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-glossa-state'))).toBe(false);
  });

  it('a page that is not an article gets nothing when read once', async () => {
    const page = await open(h, HOME_URL);
    opened.push(page);
    await pressToolbarButton(h, page);
    const popup = await popupFor(h, await activeTab(h, page));
    opened.push(popup);
    await click(popup, '[data-glossa-site-action="read-once"]');
    await page.waitForSelector('html[data-glossa-state="ready"]', { timeout: 20_000 });
    expect(await termCount(page)).toBe(0);
    await popup.locator('.status', { hasText: /not an article|論文ページではない/ }).waitFor({ timeout: 20_000 });
  });
});
