/**
 * End-to-end harness: real Chromium with the built extension, serving saved
 * NCBI pages (tests/fixtures/pages) and our demo page at their real URLs with
 * route.fulfill. Every other request is aborted, so nothing leaves the
 * machine.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { HighlightRecord } from '../../lib/highlights/model';
import { launchWithExtension } from '../../scripts/browser.mjs';
import { countAnnotatedTerms, servedPages, TEST_RESULTS } from './served';

export { DEMO_FILE, DEMO_URL, PAGES_DIR, SAVED, type SavedPage, TEST_RESULTS } from './served';

/**
 * Where screenshots go: test-results/screenshots/ in a test run; the README's
 * docs/screenshots/ only under `npm run screenshots`, which sets GLOSSA_SCREENSHOTS.
 */
export const SCREENSHOTS = process.env.GLOSSA_SCREENSHOTS
  ? new URL('../../docs/screenshots/', import.meta.url)
  : new URL('screenshots/', TEST_RESULTS);

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests the pages made that were not served (aborted). */
  aborted: string[];
  close(): Promise<void>;
}

/** Chromium as a Japanese reader's browser: its UI language (which browser.i18n speaks) and Accept-Language. */
export const JAPANESE_BROWSER = ['--lang=ja', '--accept-lang=ja'];

export interface HarnessOptions {
  /** Another build of the extension (default: .output/chrome-mv3). */
  extensionDir?: string;
  /** More Chromium switches. */
  args?: string[];
  /** Environment for the browser, e.g. { LANGUAGE: 'ja' } for a Japanese browser (scripts/browser.mjs). */
  env?: Record<string, string>;
  /** More pages to serve, by address. */
  pages?: Record<string, Buffer | string>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { context, worker, extensionId } = await launchWithExtension({
    headless: true,
    extensionDir: options.extensionDir,
    args: options.args,
    env: options.env,
  });
  const served = servedPages();
  for (const [url, body] of Object.entries(options.pages ?? {})) served.set(url, Buffer.from(body));
  const aborted: string[] = [];
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url().split('#')[0];
    const body = served.get(url);
    if (body) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    aborted.push(url);
    return route.abort();
  });
  return { context, worker, extensionId, aborted, close: () => context.close() };
}

/** Stores the reader's options as the options page would (the rest keep their defaults). */
export async function setOptions(h: Harness, options: Record<string, unknown>): Promise<void> {
  await h.worker.evaluate(async (value: Record<string, unknown>) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ options: value });
  }, options);
}

/** Opens one of the extension's pages (popup.html?tab=…, sidepanel.html?tab=…, options.html, library.html). */
export async function openExtensionPage(h: Harness, path: string, size = { width: 400, height: 600 }): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

/** Opens a served page and waits for Glossa's pass to finish. */
export async function openArticle(h: Harness, url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-glossa-state="ready"]', { timeout: 20_000 });
  return page;
}

/** The tab id of a page, asked of the extension's service worker. */
export async function tabIdOf(h: Harness, url: string): Promise<number> {
  return h.worker.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)!.id!;
  }, url);
}

/** The tab id of the active tab (for pages whose URL the extension may not see). */
export async function activeTabId(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  return h.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true });
    return tab.id!;
  });
}

/** Opens the popup page for a given tab (as the toolbar popup would show it). */
export async function openPopup(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Waits for the popup's terms and unfolds every term group with a click on
 * its heading (on a page with many terms the groups start folded).
 */
export async function unfoldTerms(popup: Page): Promise<void> {
  await popup.waitForSelector('button.term', { state: 'attached' });
  const folded = popup.locator('#map-terms details:not([open]) > summary');
  for (let left = await folded.count(); left > 0; left--) {
    await folded.first().click();
    await popup.waitForFunction((n) => document.querySelectorAll('#map-terms details:not([open])').length === n, left - 1);
  }
}

/** Term ids annotated on the page, with counts of matches (not pieces). */
export async function annotatedTerms(page: Page): Promise<Record<string, number>> {
  return page.evaluate(countAnnotatedTerms);
}

/** The live highlight records in the extension's storage (tombstones left out). */
/** The text a highlight marks on the page (all its wrappers, whitespace collapsed). */
export function highlightedText(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (id) =>
      [...document.querySelectorAll(`[data-glossa-highlight="${CSS.escape(id)}"]`)]
        .map((m) => m.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    id,
  );
}

export async function storedHighlights(h: Harness): Promise<HighlightRecord[]> {
  const all = (await h.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get(null),
  )) as Record<string, HighlightRecord>;
  return Object.entries(all)
    .filter(([k, v]) => k.startsWith('highlight:') && !v.deleted)
    .map(([, v]) => v);
}

/** Removes every highlight record (tombstones too) from the extension's storage. */
export async function clearStoredHighlights(h: Harness): Promise<void> {
  await h.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> } } };
      }
    ).chrome;
    const keys = Object.keys(await api.storage.local.get(null)).filter((k) => k.startsWith('highlight:'));
    await api.storage.local.remove(keys);
  });
}
