/**
 * Firefox end-to-end harness: real Firefox ESR with the built add-on
 * (.output/firefox-mv2, installed as a temporary add-on), driven by
 * puppeteer-core over WebDriver BiDi (scripts/firefox.mjs). Saved NCBI pages
 * and our demo page are served at their real URLs by request interception;
 * every other http(s) request is aborted, so nothing leaves the machine.
 *
 * Firefox specifics:
 * - the add-on's pages (popup, options) open by address with a raw BiDi
 *   browsingContext.navigate that does not wait (page.goto waits for a load
 *   event BiDi never reports for them);
 * - a tab in the background is throttled, so the pages under test and the
 *   add-on's pages each get their own window, where each is the front tab.
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { launchFirefoxWithExtension } from '../../scripts/firefox.mjs';
import { countAnnotatedTerms, listMatches, servedPages } from '../e2e/served';

export { DEMO_FILE, DEMO_URL, PAGES_DIR, SAVED, type SavedPage, TEST_RESULTS } from '../e2e/served';

const READY = 'html[data-glossa-state="ready"]';

export interface FirefoxHarness {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  baseUrl: string;
  /** Serves `body` as HTML at `url` (on top of the demo and saved pages). */
  serve(url: string, body: string | Buffer): void;
  /** A new window with request interception on, for a page from the web. */
  newPage(): Promise<Page>;
  /** Opens a served page in its own window and waits for Glossa's pass to finish. */
  openArticle(url: string): Promise<Page>;
  /** Opens one of the add-on's pages (e.g. "popup.html?tab=3") in its own window. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * Runs `fn` in an add-on page with the WebExtension APIs (the add-on's
   * `browser`: tabs, storage, browserAction); `arg` must be JSON.
   */
  inExtension<A, R>(fn: (api: WxtBrowser, arg: A) => Promise<R> | R, arg: A): Promise<R>;
  /** The add-on's tab id of the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/** A Page's BiDi browsing context id and the BiDi connection (puppeteer-core internals). */
interface BidiInternals {
  connection: { send(method: string, params: object): Promise<unknown> };
}

export async function startFirefox(): Promise<FirefoxHarness> {
  const { browser: firefox, baseUrl } = await launchFirefoxWithExtension({ headless: true });
  const served = servedPages();

  const route = (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue(); // data: and blob: never leave the machine
    const body = request.isNavigationRequest() ? served.get(url.split('#')[0]) : undefined;
    if (body) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return void request.abort();
  };

  const newPage = async () => {
    const page = await firefox.newPage({ type: 'window' });
    await page.setRequestInterception(true);
    page.on('request', route);
    return page;
  };

  const openExtensionPage = async (path: string, viewport?: { width: number; height: number }) => {
    const page = await firefox.newPage({ type: 'window' });
    if (viewport) await page.setViewport(viewport);
    const url = new URL(path, baseUrl).href;
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await (firefox as unknown as BidiInternals).connection.send('browsingContext.navigate', { context, url, wait: 'none' });
    await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', {}, url);
    return page;
  };

  // An add-on page kept open to call the WebExtension APIs as the add-on does.
  let extPage: Page | undefined;
  const inExtension = async <A, R>(fn: (api: WxtBrowser, arg: A) => Promise<R> | R, arg: A): Promise<R> => {
    extPage ??= await openExtensionPage('options.html');
    return extPage.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg)})`) as Promise<R>;
  };

  return {
    browser: firefox,
    baseUrl,
    serve: (url, body) => void served.set(url, Buffer.from(body)),
    newPage,
    async openArticle(url) {
      const page = await newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector(READY, { timeout: 20_000 });
      return page;
    },
    openExtensionPage,
    inExtension,
    tabIdOf: (url) =>
      inExtension(async (api, u: string) => {
        const tabs = await api.tabs.query({ url: u });
        if (tabs.length !== 1) throw new Error(`expected one tab at ${u}, found ${tabs.length}`);
        return tabs[0].id!;
      }, url),
    close: () => firefox.close(),
  };
}

/** Term ids annotated on the page, with counts of matches (not pieces). */
export function annotatedTerms(page: Page): Promise<Record<string, number>> {
  return page.evaluate(countAnnotatedTerms);
}

/** Every match on the page in document order, as "term-id: text". */
export function matchesOf(page: Page): Promise<string[]> {
  return page.evaluate(listMatches);
}

/** The tooltip as the reader sees it: shown or not, its text and its parts. */
export interface TooltipState {
  visible: boolean;
  text: string;
  plain: string;
  definition: string;
}

export function tooltipState(page: Page): Promise<TooltipState> {
  return page.evaluate(() => {
    const tip = document.querySelector('[data-glossa-ui="tooltip"]')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    const part = (name: string) => tip?.querySelector(`[data-glossa-part="${name}"]`)?.textContent?.trim() ?? '';
    const box = tip?.getBoundingClientRect();
    const visible = !!tip && !tip.closest('[hidden]') && !!box && box.width > 0 && box.height > 0;
    return { visible, text: visible ? (tip.textContent ?? '') : '', plain: part('plain'), definition: part('definition') };
  });
}

/** The centre of the box of the first element matching `selector`, inside open shadow roots too (">>>" as in puppeteer). */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const handle = await page.waitForSelector(selector, { visible: true });
  await handle!.scrollIntoView();
  const box = await handle!.boundingBox();
  await handle!.dispose();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
