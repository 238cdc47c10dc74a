/**
 * Glossa sends nothing over the network: during a full run — our demo page
 * and a saved NCBI page annotated, a term hovered (its card comes from the
 * background), the popup opened, a term revealed, annotation switched off
 * and on — no http(s) or ws(s) request starts from the extension. The PDF
 * reader, opened on a PDF and read through (worker, character maps, every
 * page, a tooltip, the popup), makes one request: the PDF it was asked for.
 *
 * "From the extension" means any of:
 * - the service worker (Playwright reports its requests with serviceWorker());
 * - an extension page such as the popup (its frame is chrome-extension://…);
 * - the content script: a request of the page's tab whose initiator (CDP
 *   Network.requestWillBeSent) is a script or stylesheet of the extension.
 * The saved NCBI pages request their own scripts, styles and images (the
 * harness aborts them all); those start from the page, not from us, and are
 * counted separately to show the two are told apart. Positive controls make
 * the extension's service worker and content-script world fetch on purpose,
 * to prove each path would be caught.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { DEMO_URL, SAVED, startHarness, tabIdOf, type Harness, unfoldTerms } from './harness';
import { DEMO_PDF, readerDone, readerUrl, servePdfs } from './pdf';

const NETWORK = /^(https?|wss?|ftp):/i;

interface Seen {
  url: string;
  from: 'service-worker' | 'extension-page' | 'content-script' | 'page' | 'browser';
  detail: string;
}

let h: Harness;
let prefix: string;
const seen: Seen[] = [];

/** Who started a request of a tab, from its CDP initiator. */
function classify(e: {
  request: { url: string };
  documentURL?: string;
  initiator: { type: string; url?: string; stack?: StackTrace };
}): Seen {
  const frames: string[] = [];
  for (let stack: StackTrace | undefined = e.initiator.stack; stack; stack = stack.parent)
    frames.push(...stack.callFrames.map((f) => f.url));
  const sources = [e.initiator.url ?? '', ...frames].filter(Boolean);
  const from =
    sources.some((s) => s.startsWith(prefix)) || (e.documentURL ?? '').startsWith(prefix)
      ? 'content-script'
      : sources.length
        ? 'page'
        : 'browser';
  return { url: e.request.url, from, detail: `${e.initiator.type} ${sources.join(' < ')}` };
}
interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}

/**
 * A tab whose requests are watched over CDP from before its first request;
 * `prepare` may add listeners to the session before the page loads.
 */
async function watchedPage(url: string, prepare?: (cdp: CDPSession) => void): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) => {
    if (NETWORK.test(e.request.url)) seen.push(classify(e));
  });
  prepare?.(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, cdp };
}

const ours = () => seen.filter((s) => s.from === 'service-worker' || s.from === 'extension-page' || s.from === 'content-script');

beforeAll(async () => {
  h = await startHarness();
  await servePdfs(h);
  prefix = `chrome-extension://${h.extensionId}/`;
  // Requests of the service worker and of extension pages, as Playwright reports them.
  h.context.on('request', (request) => {
    if (!NETWORK.test(request.url())) return;
    if (request.serviceWorker()) seen.push({ url: request.url(), from: 'service-worker', detail: request.serviceWorker()!.url() });
    else {
      let frame = '';
      try {
        frame = request.frame().url();
      } catch {
        frame = '';
      }
      if (frame.startsWith(prefix)) seen.push({ url: request.url(), from: 'extension-page', detail: frame });
    }
  });
});
afterAll(async () => {
  await h?.close();
});

describe('network', () => {
  it('the extension makes no request of its own during a full run', async () => {
    // Our demo page: annotate, hover, focus, pin a tooltip, switch its language.
    const { page: demo } = await watchedPage(DEMO_URL);
    await demo.waitForSelector('html[data-glossa-state="ready"]', { state: 'attached' });
    const term = demo.locator('[data-glossa-term="kcc2"]').first();
    await term.hover();
    await demo.waitForSelector('[data-glossa-ui="tooltip"]', { state: 'attached' });
    await demo.locator('[data-glossa-term="htr3"]').first().click();
    await demo
      .locator('[data-glossa-ui="tooltip"] button.lang')
      .click()
      .catch(() => undefined);
    await demo.keyboard.press('Escape');

    // The popup: terms and claims of the page, reveal a term, switch off and on.
    const tabId = await tabIdOf(h, DEMO_URL);
    const { page: popup } = await watchedPage(`${prefix}popup.html?tab=${tabId}`);
    await unfoldTerms(popup);
    await popup.locator('button.term').first().click();
    const toggle = popup.locator('[data-glossa-toggle]');
    await toggle.click();
    await demo.waitForSelector('html[data-glossa-state="off"]', { state: 'attached' });
    await toggle.click();
    await demo.waitForSelector('html[data-glossa-state="ready"]', { state: 'attached' });

    // A saved NCBI page, which asks for its own scripts, styles and images.
    const { page: ncbi } = await watchedPage(SAVED.pmcNew.url);
    await ncbi.waitForSelector('html[data-glossa-state="ready"]', { state: 'attached' });
    const ncbiTerm = ncbi.locator('[data-glossa-term][tabindex="0"]').first();
    await ncbiTerm.scrollIntoViewIfNeeded();
    await ncbiTerm.hover();
    await ncbi.waitForSelector('[data-glossa-ui="tooltip"]', { state: 'attached' });
    await ncbi.waitForTimeout(1000);

    expect(ours()).toEqual([]);
    // The page's own requests were seen and told apart (the saved page links NCBI's assets).
    expect(seen.filter((s) => s.from === 'page' && s.url.includes('ncbi.nlm.nih.gov')).length).toBeGreaterThan(0);
    await Promise.all([demo.close(), popup.close(), ncbi.close()]);
  });

  it('the PDF reader requests the PDF it was asked for, and nothing else', async () => {
    const before = seen.length;
    const { page: reader } = await watchedPage(readerUrl(h, DEMO_PDF.url));
    await readerDone(reader);
    const term = reader.locator('[data-glossa-term="kcc2"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await reader.waitForSelector('[data-glossa-ui="tooltip"]', { state: 'attached' });
    const tabId = await reader.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome.tabs.getCurrent()).id,
    );
    const { page: popup } = await watchedPage(`${prefix}popup.html?tab=${tabId}`);
    await unfoldTerms(popup);
    // Every page drawn (canvases), then a moment for anything late.
    await reader.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await reader.waitForSelector('.page[data-page-number="2"].drawn', { state: 'attached' });
    await reader.waitForTimeout(1000);
    // The one request, seen once by each watcher (Playwright's, and the tab's own over CDP).
    const mine = seen.slice(before).filter((s) => s.from !== 'page' && s.from !== 'browser');
    expect([...new Set(mine.map((s) => s.url))]).toEqual([DEMO_PDF.url]);
    expect(mine.filter((s) => s.from === 'extension-page').length).toBe(1);
    await Promise.all([reader.close(), popup.close()]);
  });

  it('would catch a request from the service worker or the content script (positive controls)', async () => {
    const before = seen.length;
    await h.worker.evaluate(() => fetch('https://example.org/glossa-network-test-sw').catch(() => undefined));
    // Code run in the content script's world (its execution context is named after the extension), with a script URL of the extension.
    const contexts: Array<{ id: number; name: string }> = [];
    const { page, cdp } = await watchedPage(DEMO_URL, (session) =>
      session.on('Runtime.executionContextCreated', (e) => contexts.push(e.context)),
    );
    await page.waitForSelector('html[data-glossa-state="ready"]', { state: 'attached' });
    const world = contexts.find((c) => c.name === 'Glossa');
    expect(world, 'the content script world').toBeDefined();
    await cdp.send('Runtime.evaluate', {
      contextId: world!.id,
      expression: `fetch('https://pubmed.ncbi.nlm.nih.gov/glossa-network-test-content').catch(() => 0); 0\n//# sourceURL=${prefix}content-scripts/control.js`,
    });
    await expect
      .poll(() => seen.slice(before).map((s) => `${s.from} ${s.url}`))
      .toEqual(
        expect.arrayContaining([
          'service-worker https://example.org/glossa-network-test-sw',
          'content-script https://pubmed.ncbi.nlm.nih.gov/glossa-network-test-content',
        ]),
      );
    // Both were aborted by the harness: nothing left the machine.
    await expect
      .poll(() => h.aborted)
      .toEqual(
        expect.arrayContaining([
          'https://example.org/glossa-network-test-sw',
          'https://pubmed.ncbi.nlm.nih.gov/glossa-network-test-content',
        ]),
      );
    await page.close();
  });
});
