/**
 * End-to-end harness: real Chromium with the built extension, serving saved
 * NCBI pages (tests/fixtures/pages) and our demo page at their real URLs with
 * route.fulfill. Every other request is aborted, so nothing leaves the
 * machine.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
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

export async function startHarness(): Promise<Harness> {
  const { context, worker, extensionId } = await launchWithExtension({ headless: true });
  const served = servedPages();
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

/** Term ids annotated on the page, with counts of matches (not pieces). */
export async function annotatedTerms(page: Page): Promise<Record<string, number>> {
  return page.evaluate(countAnnotatedTerms);
}
