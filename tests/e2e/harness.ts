/**
 * End-to-end harness: real Chromium with the built extension, serving saved
 * NCBI pages (tests/fixtures/pages) and our demo page at their real URLs with
 * route.fulfill. Every other request is aborted, so nothing leaves the
 * machine.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/browser.mjs';
import { PAGES_DIR } from '../saved-pages';

export { PAGES_DIR };

export const DEMO_URL = 'https://pubmed.ncbi.nlm.nih.gov/glossa-demo/';
export const DEMO_FILE = new URL('../../demo/pubmed-demo.html', import.meta.url);
/** Test outputs (git-ignored); a run never writes a tracked file. */
export const TEST_RESULTS = new URL('../../test-results/', import.meta.url);
/**
 * Where screenshots go: test-results/screenshots/ in a test run; the README's
 * docs/screenshots/ only under `npm run screenshots`, which sets GLOSSA_SCREENSHOTS.
 */
export const SCREENSHOTS = process.env.GLOSSA_SCREENSHOTS
  ? new URL('../../docs/screenshots/', import.meta.url)
  : new URL('screenshots/', TEST_RESULTS);

export interface SavedPage {
  file: string;
  url: string;
}

/** The saved pages the e2e suite uses, at their real URLs (SOURCES.md). */
export const SAVED = {
  pubmed: { file: 'pubmed-38814972-brainage-2024.html', url: 'https://pubmed.ncbi.nlm.nih.gov/38814972/' },
  pmcNew: { file: 'pmc-new-PMC2633119-2026.html', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2633119/' },
  pmcLegacy: { file: 'pmc-legacy-PMC10159190-2024.html', url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC10159190/' },
  pmcLegacyPostJs: { file: 'pmc-legacy-PMC5220672-2024.html', url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5220672/' },
  /** Numbered citations as superscript links glued to the word before them ("thalamus<a><sup>10</sup></a>"). */
  pmcCitations: { file: 'pmc-new-PMC2077939-2026.html', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2077939/' },
} satisfies Record<string, SavedPage>;

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
  const served = new Map<string, Buffer>();
  served.set(DEMO_URL, readFileSync(DEMO_FILE));
  for (const page of Object.values(SAVED)) served.set(page.url, readFileSync(new URL(page.file, PAGES_DIR)));
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
  return page.evaluate(() => {
    const seen = new Set<string>();
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll('[data-glossa-term]')) {
      const match = el.getAttribute('data-glossa-match')!;
      if (seen.has(match)) continue;
      seen.add(match);
      const id = el.getAttribute('data-glossa-term')!;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}
