/**
 * The saved publisher pages end to end in Chromium, with a build whose
 * manifest grants their 11 origins at install (as a build that ships with
 * publishers enabled would): nothing else is needed for Glossa to read them.
 * - the background registers the content script for those origins at start-up;
 * - each page is annotated inside its article and never in its references
 *   (the terms found per page go to test-results/publisher-terms.json);
 * - a highlight made on the PubMed copy of an article shows on the
 *   publisher's page of the same DOI, and one made there shows on the PubMed
 *   copy (tests/fixtures/pages-beyond/SOURCES.md: the PubMed copy is our
 *   PubMed-layout page around the article's abstract);
 * - the options page lists the sites, as granted at install.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotatedTerms, highlightedText, startHarness, TEST_RESULTS, type Harness } from './harness';
import { PUBLISHER_PAGES, publisherPage } from '../saved-publisher-pages';
import { buildGranting, originOf, PUBLISHER_SERVED, PUBMED_COPY_HTML, PUBMED_COPY_URL, waitForRegistration } from './publisher';

/** Per page: where the article's prose is (abstract or body), and where its references are (bioRxiv's abstract page has none). */
const WHERE: Record<string, { article: string; references?: string }> = {
  plos: { article: '#artText', references: 'ol.references' },
  frontiers: { article: 'div.ArticleContent', references: 'ul.References' },
  biorxiv: { article: '#abstract-1' },
  nature: { article: 'div.c-article-body', references: 'ol.c-article-references' },
  springerlink: { article: '#body, section.Abstract', references: 'ol.BibliographyWrapper' },
  sciencedirect: { article: '#body, #abstracts', references: 'ol.references' },
  wiley: { article: 'section.article-section__full, section.article-section__abstract', references: 'section.article-section__references' },
  oup: { article: 'div.widget-ArticleFulltext', references: 'div.ref-list' },
  mdpi: { article: 'div.html-body, #html-abstract', references: '#html-references_list' },
  jama: { article: '#AbstractSection, div.article-body', references: 'div.references' },
  sage: { article: 'section#bodymatter, section#abstract', references: 'section#bibliography' },
};

const ORIGINS = [...new Set(PUBLISHER_PAGES.map((p) => originOf(p.url)))].sort();
const PLOS = publisherPage('plos');
let h: Harness;
const termsPerPage: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  h = await startHarness({
    extensionDir: buildGranting('publishers-granted', ORIGINS),
    pages: { ...PUBLISHER_SERVED, [PUBMED_COPY_URL]: PUBMED_COPY_HTML },
  });
});
afterAll(async () => {
  await h?.close();
  const out = new URL('publisher-terms.json', TEST_RESULTS);
  mkdirSync(fileURLToPath(TEST_RESULTS), { recursive: true });
  writeFileSync(out, `${JSON.stringify(termsPerPage, null, 2)}\n`);
  console.log('terms per saved publisher page (Chromium):', JSON.stringify(termsPerPage));
});

async function openRead(url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-glossa-state="ready"]', { timeout: 30_000 });
  return page;
}

it('registers the content script for the origins the manifest grants, at start-up', async () => {
  await waitForRegistration(h, ORIGINS);
});

describe.each(PUBLISHER_PAGES)('$name', (saved) => {
  it('is annotated inside the article and never in its references', async () => {
    await waitForRegistration(h, ORIGINS);
    const page = await openRead(saved.url);
    const where = WHERE[saved.name];
    const terms = await annotatedTerms(page);
    termsPerPage[saved.name] = terms;
    expect(Object.keys(terms).length).toBeGreaterThan(0);
    const placed = await page.evaluate(({ article, references }) => {
      const all = [...document.querySelectorAll('[data-glossa-term]')];
      return {
        inArticle: all.filter((el) => el.closest(article)).length,
        inReferences: references ? all.filter((el) => el.closest(references)).length : 0,
        referencesOnPage: references ? document.querySelectorAll(references).length : 0,
        inScripts: all.filter((el) => el.closest('script, style, nav, aside, header nav, footer')).length,
      };
    }, where);
    expect(placed.inArticle).toBeGreaterThan(0);
    if (where.references) expect(placed.referencesOnPage).toBeGreaterThan(0);
    expect(placed.inReferences).toBe(0);
    expect(placed.inScripts).toBe(0);
    await page.close();
  });
});

describe('highlights across copies of one article (by DOI)', () => {
  const BAR = '[data-glossa-ui="actions"]';

  async function select(page: Page, scope: string, text: string): Promise<void> {
    const ok = await page.evaluate(
      ({ scope, text }) => {
        const root = document.querySelector(scope);
        if (!root) return false;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + text.length);
          (n.parentElement as Element).scrollIntoView({ block: 'center' });
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return true;
        }
        return false;
      },
      { scope, text },
    );
    expect(ok, `select "${text}"`).toBe(true);
  }

  /** Selects `text` and presses the action bar's first colour with the mouse; returns the new highlight's id. */
  async function highlight(page: Page, scope: string, text: string): Promise<string> {
    await page.bringToFront();
    await select(page, scope, text);
    // The selection ends as a reader's would: the pointer is released.
    const box = (await page.locator(scope).first().boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.up();
    await select(page, scope, text);
    await page.dispatchEvent('body', 'pointerup');
    const button = page.locator(`${BAR} [data-glossa-action="highlight"]`).first();
    await button.waitFor({ timeout: 20_000 });
    const before = await ids(page);
    const b = (await button.boundingBox())!;
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await page.waitForFunction((n) => document.querySelectorAll('[data-glossa-highlight]').length > n, before.length, { timeout: 20_000 });
    const after = await ids(page);
    return after.find((id) => !before.includes(id))!;
  }

  const ids = (page: Page) =>
    page.evaluate(() => [
      ...new Set([...document.querySelectorAll('[data-glossa-highlight]')].map((m) => m.getAttribute('data-glossa-highlight')!)),
    ]);

  it('a highlight made on the PubMed copy shows on the publisher page of the same DOI, and back', async () => {
    const quote = 'Mild systemic inflammation is accompanied by warmth-seeking behavior';
    const pubmed = await openRead(PUBMED_COPY_URL);
    const id = await highlight(pubmed, '#abstract .abstract-content', quote);
    expect(await highlightedText(pubmed, id)).toBe(quote);

    const plos = await openRead(PLOS.url);
    await plos.waitForSelector(`[data-glossa-highlight="${id}"]`, { state: 'attached', timeout: 20_000 });
    expect(await highlightedText(plos, id)).toBe(quote);
    expect(
      await plos.evaluate((id) => !!document.querySelector(`[data-glossa-highlight="${id}"]`)!.closest('div.abstract-content'), id),
    ).toBe(true);

    const back = 'Both behaviors are adaptive.';
    const id2 = await highlight(plos, 'div.abstract-content', back);
    await pubmed.reload({ waitUntil: 'domcontentloaded' });
    await pubmed.waitForSelector(`[data-glossa-highlight="${id2}"]`, { state: 'attached', timeout: 20_000 });
    expect(await highlightedText(pubmed, id2)).toBe(back);
    await pubmed.close();
    await plos.close();
  });
});

it('the options page lists the sites granted at install, without a remove button', async () => {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  const rows = options.locator('[data-glossa-site]');
  await rows.first().waitFor();
  expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-glossa-site')))).sort()).toEqual(ORIGINS);
  expect(await options.locator('[data-glossa-site-action="remove"]').count()).toBe(0);
  await options.close();
});
