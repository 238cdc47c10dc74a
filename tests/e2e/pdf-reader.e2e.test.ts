/**
 * Glossa's PDF reader in real Chromium (pdf.html?file=…), PDFs served at
 * their addresses by routing, real mouse and keyboard:
 * - the test PDF (scripts/make-test-pdf.mjs): each way PDFs break text is
 *   read as the article would be, in the text layer's own spans, and
 *   annotation undoes itself exactly;
 * - the four real open-access PDFs: each opened through the permission
 *   its origin needs (a click on the reader's "Allow"), its DOI found, its
 *   terms and own abbreviations annotated (terms per PDF in
 *   test-results/pdf-terms.json);
 * - the tooltip, the popup's reading map and the side panel for the reader tab;
 * - the reader's own texts in the language the options choose, changed live;
 * - opening from the popup of an article page that links its PDF, and from
 *   a local file (picked, and dropped);
 * - a highlight made with a mouse selection, restored on reopening, and
 *   shown on the article's web page by DOI and back.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotatedTerms, setOptions, startHarness, storedHighlights, TEST_RESULTS, type Harness } from './harness';
import { allowInSiteAccess } from './publisher';
import {
  DEMO_PDF,
  DEMO_PMC,
  dragSelect,
  matchesOf,
  openReader,
  pdfPath,
  REAL_PDFS,
  readerDone,
  readerUrl,
  servePdfs,
  textPoints,
} from './pdf';
import { CATEGORIES } from '../../lib/glossary/categories';

const BAR = '[data-glossa-ui="actions"]';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await servePdfs(h);
});
afterAll(async () => h?.close());

async function tabIdOfPage(page: Page): Promise<number> {
  return page.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome.tabs.getCurrent()).id,
  );
}

const stored = () => storedHighlights(h);

/** Text of a highlight's wrappers, joined. */
async function marked(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (id) => [...document.querySelectorAll(`[data-glossa-highlight="${CSS.escape(id)}"]`)].map((m) => m.textContent).join(''),
    id,
  );
}

describe('the test PDF: text as PDFs break it', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openReader(h, DEMO_PDF.url);
  });
  afterAll(async () => page?.close());

  it('finds the DOI and marks terms inside the text layer spans only, as on an article page', async () => {
    expect(await page.locator('#doc-id').textContent()).toBe('doi:10.5555/glossa-demo.2026');
    const outside = await page.evaluate(
      () => [...document.querySelectorAll('[data-glossa-term]')].filter((el) => !el.parentElement?.closest('.textLayer > span')).length,
    );
    expect(outside).toBe(0);
    const terms = await annotatedTerms(page);
    expect(Object.keys(terms).length).toBeGreaterThanOrEqual(20);
  });

  it('joins words hyphenated across lines, keeps a compound broken at its own hyphen', async () => {
    expect(await matchesOf(page, 'dnic')).toContain('Diffuse noxious inhibi-|tory controls');
    const headache = await matchesOf(page, 'chronic-tension-type-headache');
    expect(headache).toContain('chronic tension-type head-|ache');
    // "In chronic tension-" / "type headache": the document writes "tension-type", so the hyphen stays.
    expect(headache).toContain('chronic tension-|type headache');
    expect(await matchesOf(page, 'pag')).toContain('peri-|aqueductal gray');
    expect(await matchesOf(page, 'substance-p')).toContain('sub-|stance P');
  });

  it('reads terms across a line break and across the column break, in two-column reading order', async () => {
    // The left column's last line ends "Descending", the right column's first begins "facilitation";
    // the lines were written interleaved (left, right, left…), so stream order would not find it.
    // (Pieces in DOM order, which is the stream's: the right column's first line was written before the left's last.)
    expect(await matchesOf(page, 'descending-facilitation')).toContain('facilitation|Descending');
    expect(await matchesOf(page, 'descending-facilitation')).toContain('descending facili-|tation');
    expect(await matchesOf(page, 'cpm')).toContain('con-|ditioned pain modulation');
    expect(await matchesOf(page, 'cpm')).toContain('conditioned pain|modulation');
  });

  it('joins a lowered subscript to its word and reads a raised citation as a word boundary', async () => {
    // 5-HT with a lowered 3 (a separate, smaller text item).
    expect(await matchesOf(page, 'htr3')).toContain('5-HT|3|receptors');
    expect(await matchesOf(page, 'htr1a')).toContain('5-HT|1A');
    // KCC2 followed by raised "4,5": the term ends at KCC2; the citation is not part of it.
    expect(await matchesOf(page, 'kcc2')).toContain('KCC2');
    const raised = await page.evaluate(() => {
      const span = [...document.querySelectorAll('.textLayer > span')].find((s) => s.textContent === '4,5');
      return { wrapped: !!span?.querySelector('glossa-term'), before: span?.previousElementSibling?.textContent };
    });
    expect(raised.wrapped).toBe(false);
    // A raised charge belongs to its word (no term, and nothing broken around it).
    expect(await page.locator('.textLayer > span', { hasText: /^2\+$/ }).count()).toBe(1);
  });

  it('reads the ligature ﬁ in "ﬁbromyalgia"', async () => {
    expect(await matchesOf(page, 'fibromyalgia')).toEqual(['fibromyalgia']);
  });

  it('annotates the second page, laid out after the first pass, as late content', async () => {
    const onPageTwo = await page.evaluate(() =>
      [...document.querySelectorAll('.page[data-page-number="2"] [data-glossa-term]')].map((el) => el.getAttribute('data-glossa-term')),
    );
    expect(onPageTwo).toEqual(expect.arrayContaining(['dnic', 'cpm', 'kcc2', 'htr3']));
  });

  it('shows the tooltip for a term under the mouse', async () => {
    const term = page.locator('[data-glossa-term="kcc2"]').first();
    await term.scrollIntoViewIfNeeded();
    const box = (await term.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await expect.poll(() => tooltip.textContent()).toMatch(/KCC2/);
    await page.mouse.move(5, 5);
  });

  it('gives the popup its reading map and lights the side panel', async () => {
    const tabId = await tabIdOfPage(page);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByText('5-HT3 receptor', { exact: true }).count()).toBeGreaterThan(0);
    expect(await popup.getByText('doi:10.5555/glossa-demo.2026').count()).toBe(1);
    await popup.close();
    const panel = await h.context.newPage();
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-glossa-node="dnic"][data-lit="true"]').count()).toBeGreaterThan(0);
    await panel.close();
  });

  it('turned off, gives the text layer back exactly as PDF.js drew it; turned on, marks it again', async () => {
    const snapshot = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.textLayer')].map((layer) =>
          [...layer.children].map((c) => `${c.tagName}:${c.childNodes.length}:${c.textContent}`).join('\n'),
        ),
      );
    const tabId = await tabIdOfPage(page);
    const toggle = () =>
      h.worker.evaluate(
        (tabId) =>
          (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(
            tabId,
            {
              glossa: 1,
              type: 'page:toggle',
            },
          ),
        tabId,
      );
    const withTerms = await snapshot();
    await toggle();
    await page.waitForSelector('html[data-glossa-state="off"]');
    expect(await page.locator('glossa-term').count()).toBe(0);
    const plain = await snapshot();
    // Every span holds one text node again, with the same text.
    for (const layer of plain) for (const line of layer.split('\n')) expect(line).toMatch(/^(SPAN:1:|BR:0:)/);
    expect(plain.map((l) => l.replace(/:\d+:/g, ':'))).toEqual(withTerms.map((l) => l.replace(/:\d+:/g, ':')));
    await toggle();
    await page.waitForSelector('html[data-glossa-state="ready"]');
    expect(await page.locator('[data-glossa-term="dnic"]').count()).toBeGreaterThan(0);
  });
});

describe('the reader’s language', () => {
  afterAll(async () => setOptions(h, { language: 'auto' }));

  it('speaks the language the options choose, not the browser’s, and follows a change at once', async () => {
    // An English browser, Japanese chosen in the options.
    await setOptions(h, { language: 'ja' });
    const page = await openReader(h, DEMO_PDF.url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.title()).toMatch(/ – Glossa PDF リーダー$/);
    expect(await page.locator('#status').textContent()).toBe('全 2 ページの準備ができました。');
    expect(await page.locator('button.open').textContent()).toBe('PDF を開く…');
    expect(await page.locator('.page[data-page-number="1"]').getAttribute('aria-label')).toBe('2 ページ中 1 ページ目');
    const term = page.locator('[data-glossa-term="kcc2"]').first();
    await term.click();
    const card = page.locator('[data-glossa-ui="tooltip"] [role="tooltip"] .card');
    await expect.poll(() => card.getAttribute('lang')).toBe('ja');
    await page.keyboard.press('Escape');

    // English chosen while the reader is open: its texts, labels and tooltip change without a reload.
    await setOptions(h, { language: 'en' });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.locator('#status').textContent()).toBe('2 pages ready.');
    expect(await page.title()).toMatch(/ – Glossa PDF reader$/);
    expect(await page.locator('button.open').textContent()).toBe('Open a PDF…');
    expect(await page.locator('.page[data-page-number="1"]').getAttribute('aria-label')).toBe('Page 1 of 2');
    await term.click();
    await expect.poll(() => card.getAttribute('lang')).toBe('en');
    await page.close();
  });
});

describe('opening the reader', () => {
  it('from the popup of an article page that links its PDF', async () => {
    const article = await h.context.newPage();
    await article.goto(DEMO_PMC.url);
    await article.waitForSelector('html[data-glossa-state="ready"]');
    const tabId = await tabIdOfPage(article).catch(async () =>
      h.worker.evaluate(async (url) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } })
          .chrome;
        return (await api.tabs.query({})).find((t) => t.url === url)!.id!;
      }, DEMO_PMC.url),
    );
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/pdf.html'));
    await popup.locator('[data-glossa-read-pdf]').click();
    const reader = await opened;
    expect(new URL(reader.url()).searchParams.get('file')).toBe(DEMO_PDF.url);
    await readerDone(reader);
    expect(await reader.locator('[data-glossa-term="dnic"]').count()).toBeGreaterThan(0);
    await reader.close();
    await article.close();
  });

  it('from a local file, picked or dropped, with no permission', async () => {
    const page = await h.context.newPage();
    await page.goto(readerUrl(h));
    await page.waitForSelector('html[data-glossa-pdf="pick"]');
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#pick button[data-pick]').click();
    await (await chooser).setFiles(pdfPath(DEMO_PDF.file));
    await readerDone(page);
    expect(await page.locator('[data-glossa-term="kcc2"]').count()).toBeGreaterThan(0);
    await page.close();

    const dropped = await h.context.newPage();
    await dropped.goto(readerUrl(h));
    await dropped.waitForSelector('html[data-glossa-pdf="pick"]');
    const bytes = [...readFileSync(pdfPath('glossa-no-doi.pdf'))];
    await dropped.evaluate((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'glossa-no-doi.pdf', { type: 'application/pdf' }));
      document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await readerDone(dropped);
    expect(await dropped.locator('[data-glossa-term="central-sensitization"]').count()).toBe(1);
    await dropped.close();
  });
});

describe('highlights in PDFs', () => {
  // Tooltips open on click here, so none opens under the pointer while a selection is dragged over terms.
  beforeAll(async () => {
    await h.worker.evaluate(async (categories) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({
        options: {
          sites: { pubmed: true, 'pmc-new': true, 'pmc-legacy': true },
          language: 'auto',
          trigger: 'click',
          modifierKey: 'Alt',
          categories,
          textSize: 100,
        },
        options$: { v: 1 },
      });
    }, CATEGORIES);
  });

  it('a highlight made with the mouse is saved with quote, position and page, and restored on reopening', async () => {
    const page = await openReader(h, DEMO_PDF.url);
    // From "Diffuse" to "controls": across the line break that hyphenates "inhibi-/tory".
    await dragSelect(page, await textPoints(page, '.page[data-page-number="1"] .textLayer', 'Diffuse noxious', 'tory controls'));
    const yellow = page.locator(`${BAR} [data-glossa-action="highlight"][data-colour="yellow"]`);
    await yellow.click();
    await expect.poll(async () => (await stored()).length).toBe(1);
    const [record] = await stored();
    expect(record.article.doi).toBe('10.5555/glossa-demo.2026');
    expect(record.quote.exact).toBe('Diffuse noxious inhibitory controls');
    expect(record.position).toMatchObject({ layout: 'pdf', page: 1 });
    expect(await marked(page, record.id)).toBe('Diffuse noxious inhibi-tory controls');
    await page.close();

    const again = await openReader(h, DEMO_PDF.url);
    await expect.poll(() => marked(again, record.id)).toBe('Diffuse noxious inhibi-tory controls');
    await again.close();

    // …and on the article's web page, by its DOI and quote.
    const article = await h.context.newPage();
    await article.goto(DEMO_PMC.url);
    await expect
      .poll(() =>
        article.evaluate((id) => document.querySelector(`[data-glossa-highlight="${CSS.escape(id)}"]`)?.textContent ?? '', record.id),
      )
      .toBe('Diffuse noxious inhibitory controls');
    await article.close();
  });

  it('a highlight made on the article page is shown in its PDF', async () => {
    const article = await h.context.newPage();
    await article.goto(DEMO_PMC.url);
    await article.waitForSelector('html[data-glossa-state="ready"]');
    await dragSelect(article, await textPoints(article, '#sec3 p', 'Weaker', 'sensitization'));
    await article.locator(`${BAR} [data-glossa-action="highlight"][data-colour="green"]`).click();
    await expect.poll(async () => (await stored()).filter((r) => r.colour === 'green').length).toBe(1);
    const record = (await stored()).find((r) => r.colour === 'green')!;
    expect(record.quote.exact).toBe(
      'Weaker CPM has been reported in fibromyalgia, ME/CFS and chronic tension-type headache, alongside central sensitization',
    );
    await article.close();

    const page = await openReader(h, DEMO_PDF.url);
    // In the PDF the sentence runs over three lines, a citation and a hyphenated "head-/ache".
    await expect
      .poll(() => marked(page, record.id))
      .toMatch(/^Weaker CPM has been.*fibromyalgia.*head-ache, alongside central sensitization$/);
    await page.close();
  });

  it('a PDF with no DOI keeps its highlights under its fingerprint', async () => {
    const page = await h.context.newPage();
    await page.goto(readerUrl(h));
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#pick button[data-pick]').click();
    await (await chooser).setFiles(pdfPath('glossa-no-doi.pdf'));
    await readerDone(page);
    // Dragged from the end back to the start, as readers also select.
    const { start, end } = await textPoints(page, '.textLayer', 'Central sensitization', 'amplify pain');
    await dragSelect(page, { start: end, end: start });
    await page.locator(`${BAR} [data-glossa-action="highlight"][data-colour="blue"]`).click();
    await expect.poll(async () => (await stored()).filter((r) => r.colour === 'blue').length).toBe(1);
    const record = (await stored()).find((r) => r.colour === 'blue')!;
    expect(record.article.doi).toBeUndefined();
    expect(record.article.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    await page.close();

    const again = await h.context.newPage();
    await again.goto(readerUrl(h));
    const chooser2 = again.waitForEvent('filechooser');
    await again.locator('#pick button[data-pick]').click();
    await (await chooser2).setFiles(pdfPath('glossa-no-doi.pdf'));
    await readerDone(again);
    await expect.poll(() => marked(again, record.id)).toBe('Central sensitization and wind-up amplify pain');
    await again.close();
  });
});

// Last: Chrome's site access is set to "on specific sites" here (allowInSiteAccess).
describe('the four real PDFs', () => {
  it('opens each through its origin’s permission, finds its DOI and annotates it', async () => {
    const report: Record<string, { doi: string; pages: number; terms: Record<string, number> }> = {};
    for (const pdf of REAL_PDFS) {
      const origin = `${new URL(pdf.url).origin}/*`;
      await allowInSiteAccess(h, origin);
      const page = await h.context.newPage();
      await page.goto(readerUrl(h, pdf.url));
      // Not yet granted: the reader asks, and a click on "Allow" asks the browser for this origin only.
      await page.waitForSelector('html[data-glossa-pdf="permission"]');
      await page.locator('#allow').click();
      await readerDone(page);
      const doi = ((await page.locator('#doc-id').textContent()) ?? '').replace(/^doi:/, '');
      expect(doi, pdf.file).toBe(pdf.doi);
      const terms = await annotatedTerms(page);
      const pages = await page.locator('.page').count();
      report[pdf.file] = { doi, pages, terms };
      expect(pages, pdf.file).toBeGreaterThan(3);
      await page.close();
    }
    expect(report['bmc-jtmo-1752-2897-4-1-dvt-prophylaxis-trauma-2010.pdf'].terms['paper:DVT']).toBeGreaterThan(5);
    expect(report['portland-clinsci-CS20130403-ace-inhibitors-2014.pdf'].terms['paper:ACE']).toBeGreaterThan(5);
    // Reference lists are not annotated: "Morris CS" in BMC's references is an author, not central sensitization.
    expect(report['bmc-jtmo-1752-2897-4-1-dvt-prophylaxis-trauma-2010.pdf'].terms['central-sensitization']).toBeUndefined();
    mkdirSync(TEST_RESULTS, { recursive: true });
    writeFileSync(new URL('pdf-terms.json', TEST_RESULTS), `${JSON.stringify(report, null, 2)}\n`);
  });
});
