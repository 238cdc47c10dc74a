/**
 * Glossa in real Firefox ESR with the built add-on (.output/firefox-mv2):
 * on our demo page and the saved PubMed, PMC new and PMC legacy pages it
 * annotates exactly what the Chrome build does in Chromium; its tooltip
 * (whose UI the background injects with tabs.executeScript in Firefox)
 * opens on a real hover and on focus reached with the Tab key; the popup
 * lists the page's terms and claims, and the toolbar badge counts them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { bundled } from '../../lib/glossary/data';
import { openArticle as openInChromium, startHarness as startChromium } from '../e2e/harness';
import { listMatches } from '../e2e/served';
import { annotatedTerms, DEMO_URL, type FirefoxHarness, matchesOf, SAVED, startFirefox, tooltipState, type TooltipState } from './harness';

const PAGES = [
  ['demo page', DEMO_URL],
  ['saved PubMed page', SAVED.pubmed.url],
  ['saved PMC new page', SAVED.pmcNew.url],
  ['saved PMC legacy page', SAVED.pmcLegacy.url],
] as const;

const READY_STATE = 'html[data-glossa-state="ready"]';

let ff: FirefoxHarness;
/** What the Chrome build annotates in Chromium on each page, in this run. */
const chromium = new Map<string, string[]>();

beforeAll(async () => {
  const h = await startChromium();
  try {
    for (const [, url] of PAGES) {
      const page = await openInChromium(h, url);
      chromium.set(url, await page.evaluate(listMatches));
      await page.close();
    }
  } finally {
    await h.close();
  }
  ff = await startFirefox();
});
afterAll(async () => {
  await ff?.close();
});

/** The English name of a glossary term, or the short form of a paper's own abbreviation. */
const nameOf = (termId: string) => bundled.terms.find((t) => t.id === termId)?.name.en ?? termId.replace(/^paper:/, '');

/** The tooltip, once it is shown. */
const shown = (page: Page) => expect.poll(() => tooltipState(page)).toMatchObject({ visible: true } satisfies Partial<TooltipState>);
const hidden = (page: Page) => expect.poll(() => tooltipState(page)).toMatchObject({ visible: false } satisfies Partial<TooltipState>);

/**
 * Moves the keyboard focus to the first focusable term of `scope` as a reader
 * would: clicks the plain text just before it (where sequential focus
 * navigation starts) and presses Tab. Returns the focused term's id.
 */
async function tabToTerm(page: Page, scope: string): Promise<string> {
  const point = await page.evaluate((scope: string) => {
    const term = document.querySelector(`${scope} [data-glossa-term][tabindex="0"]`);
    if (!term) return null;
    term.scrollIntoView({ block: 'center' });
    const block = term.parentElement!.closest('p, h1, h2, h3, h4, li, figcaption, div')!;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let before: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (term.contains(n) || term.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) break;
      if (n.data.trim() && !n.parentElement!.closest('[data-glossa-term], a, button, [tabindex]')) before = n;
    }
    if (!before) return null;
    const end = before.data.trimEnd().length;
    const range = document.createRange();
    range.setStart(before, end - 1);
    range.setEnd(before, end);
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, scope);
  expect(point, `plain text before a focusable term in ${scope}`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  const focusedTerm = () => page.evaluate(() => document.activeElement?.getAttribute('data-glossa-term') ?? null);
  for (let presses = 0; presses < 5 && !(await focusedTerm()); presses++) await page.keyboard.press('Tab');
  const id = await focusedTerm();
  expect(id, 'Tab reached a term').not.toBeNull();
  return id!;
}

describe.each(PAGES)('on the %s', (name, url) => {
  let page: Page;
  beforeAll(async () => {
    page = await ff.openArticle(url);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('annotates exactly the matches the Chrome build finds in Chromium, in the same order', async () => {
    const matches = await matchesOf(page);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches).toEqual(chromium.get(url));
  });

  it('shows the tooltip on a real hover, with its plain-language part and definition, and hides it when the mouse leaves', async () => {
    const term = await page.waitForSelector('[data-glossa-term][tabindex="0"]');
    const id = (await term!.evaluate((el) => el.getAttribute('data-glossa-term')))!;
    await term!.hover();
    await shown(page);
    const state = await tooltipState(page);
    expect(state.text).toContain(nameOf(id));
    expect(state.definition.length).toBeGreaterThan(0);
    if (!id.startsWith('paper:')) expect(state.plain.length).toBeGreaterThan(0);
    expect(await term!.evaluate((el) => el.getAttribute('aria-describedby'))).toBe('glossa-tooltip');
    await page.mouse.move(2, 2);
    await hidden(page);
    await term!.dispose();
  });

  it('shows the tooltip on a term reached with the Tab key; Escape closes it', async () => {
    const scope = name === 'demo page' ? '#abstract' : 'body';
    const id = await tabToTerm(page, scope);
    await shown(page);
    expect((await tooltipState(page)).text).toContain(nameOf(id));
    await page.keyboard.press('Escape');
    await hidden(page);
  });
});

describe('the demo page in Firefox', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ff.openArticle(DEMO_URL);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('finds the named terms in their tricky forms, one match across <sub> and <i>', async () => {
    const terms = await annotatedTerms(page);
    expect(terms.htr3).toBeGreaterThanOrEqual(5);
    expect(terms).toMatchObject({ kcc2: expect.any(Number), dnic: expect.any(Number) });
    expect(terms['descending-facilitation']).toBeGreaterThanOrEqual(1);
    const titlePieces = await page.$$eval('h1.heading-title [data-glossa-term="htr3"]', (els) =>
      els.map((e) => [e.getAttribute('data-glossa-match'), e.textContent]),
    );
    expect(titlePieces.length).toBe(3);
    expect(new Set(titlePieces.map((p) => p[0])).size).toBe(1);
    expect(titlePieces.map((p) => p[1]).join('')).toBe('5-HT3 receptors');
    expect(await page.$$eval('#abstract i', (els) => !!els[0]?.querySelector('[data-glossa-term]'))).toBe(true);
  });

  it('leaves the traps alone: KCC2a, 5-HT3A, SDS-PAGE', async () => {
    const hits = await page.$$eval('[data-glossa-term]', (els) =>
      els.map((e) => e.textContent!.trim()).filter((t) => /^(KCC2a|5-HT3A|SDS-PAGE|PAGE)$/.test(t)),
    );
    expect(await page.$eval('#abstract', (el) => ['KCC2a', '5-HT3A', 'SDS-PAGE'].every((t) => el.textContent!.includes(t)))).toBe(true);
    expect(hits).toEqual([]);
  });

  it('lists the page’s terms and related claims with review links in the popup for its tab', async () => {
    const tabId = await ff.tabIdOf(DEMO_URL);
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await popup.waitForSelector('button.term');
    const listed = await popup.$$eval('button.term', (els) => els.map((e) => e.getAttribute('data-term')));
    expect(new Set(listed)).toEqual(new Set(Object.keys(await annotatedTerms(page))));
    expect(listed).toEqual(expect.arrayContaining(['htr3', 'kcc2', 'dnic', 'paper:VAS']));
    expect(await popup.$$eval('li.claim', (els) => els.length)).toBeGreaterThan(0);
    const citations = await popup.$$eval('li.claim .citations a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(citations.length).toBeGreaterThan(0);
    for (const link of citations) expect(link).toMatch(/^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
    // Firefox has a sidebar (sidebar_action) where Chrome has its side panel.
    expect(await popup.$$eval('[data-glossa-open-sidepanel]', (els) => els.length)).toBe(1);
    // A click on a term (a real click in the popup) scrolls the page to it and flashes it.
    await popup.click('button.term[data-term="kcc2"]');
    await expect
      .poll(() => popup.$eval('button.term[data-term="kcc2"] .term-count [aria-hidden]', (el) => el.textContent))
      .toMatch(/^1 \/ \d+$/);
    await expect.poll(() => page.$$eval('[data-glossa-flash]', (els) => els.length)).toBeGreaterThan(0);
    await popup.close();
  });

  it('shows the number of terms on the toolbar button’s badge (browserAction)', async () => {
    const tabId = await ff.tabIdOf(DEMO_URL);
    // Firefox's MV2 browserAction returns a promise (Chrome's types know only its callback form).
    type BrowserAction = { getBadgeText(details: { tabId: number }): Promise<string> };
    const badge = () =>
      ff.inExtension((api, id: number) => (api.browserAction as unknown as BrowserAction).getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe(String(Object.keys(await annotatedTerms(page)).length));
  });
});

describe('the popup’s switch on the saved PMC new page (a long article: its pass takes many slices)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ff.openArticle(SAVED.pmcNew.url);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('turns annotation off and on, and the map shows the page’s state even when the page is slow to apply it', async () => {
    const tabId = await ff.tabIdOf(SAVED.pmcNew.url);
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await popup.waitForSelector('button.term');
    // The popup's terms with their counts ("× 3"), as on the page.
    const before = Object.fromEntries(Object.entries(await annotatedTerms(page)).map(([id, count]) => [id, `× ${count}`]));
    const listed = () =>
      popup.$$eval('button.term', (els) =>
        Object.fromEntries(els.map((e) => [e.getAttribute('data-term'), e.querySelector('.term-count [aria-hidden]')?.textContent])),
      );
    expect(await listed()).toEqual(before);
    const status = () => popup.$eval('[role="status"]', (el) => el.textContent).catch(() => null);
    // A busy page (a slow machine): its main thread, shared with the content script, is held 150 ms at a time,
    // so applying the switch takes longer than any fixed wait the popup could guess.
    await page.evaluate(() => {
      (window as unknown as { hog: number }).hog = window.setInterval(() => {
        const end = performance.now() + 150;
        while (performance.now() < end);
      }, 0);
    });
    await popup.click('[data-glossa-toggle]');
    await page.waitForSelector('html[data-glossa-state="off"]');
    await expect.poll(status).toMatch(/turned off/);
    expect(await listed()).toEqual({});
    await popup.click('[data-glossa-toggle]');
    await page.waitForSelector(READY_STATE);
    await expect.poll(listed).toEqual(before);
    await page.evaluate(() => clearInterval((window as unknown as { hog: number }).hog));
    await popup.close();
  });
});
