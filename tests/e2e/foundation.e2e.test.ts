/**
 * The foundation, end to end in real Chromium with the built extension:
 * terms annotated only inside the article roots on our demo page and on
 * saved PubMed, PMC new and PMC legacy pages; tooltip on hover, focus and
 * click; the popup's terms and claims; turning off restores the page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  activeTabId,
  annotatedTerms,
  DEMO_FILE,
  DEMO_URL,
  openArticle,
  openPopup,
  SAVED,
  SCREENSHOTS,
  startHarness,
  tabIdOf,
  TEST_RESULTS,
  type Harness,
  unfoldTerms,
} from './harness';
import { adapters } from '../../lib/sites';

let h: Harness;
const results: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  h = await startHarness();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  // Per-page terms found, for the closing note (a test output, git-ignored).
  mkdirSync(TEST_RESULTS, { recursive: true });
  writeFileSync(fileURLToPath(new URL('e2e-terms.json', TEST_RESULTS)), `${JSON.stringify(results, null, 2)}\n`);
  await h?.close();
});

const tooltip = (page: Page) => page.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');

/** Wrappers that lie outside the site adapter's roots or inside its exclusions (should be none). */
async function strayWrappers(page: Page): Promise<string[]> {
  const adapter = adapters.find((a) => a.matchesUrl(new URL(page.url())))!;
  return page.evaluate(
    ({ rootsSelector, exclude }) => {
      const roots = [...document.querySelectorAll(rootsSelector)];
      return [...document.querySelectorAll('[data-glossa-term]')]
        .filter((el) => !roots.some((r) => r.contains(el)) || (exclude && el.parentElement!.closest(exclude)))
        .map((el) => `${el.getAttribute('data-glossa-term')}: ${el.parentElement!.outerHTML.slice(0, 120)}`);
    },
    { rootsSelector: ROOT_SELECTORS[adapter.id], exclude: adapter.exclude },
  );
}

/** The roots as each design defines them (DOM.md), written independently of the adapters. */
const ROOT_SELECTORS: Record<string, string> = {
  pubmed: '#full-view-heading h1.heading-title, #abstract .abstract-content, #figures figcaption',
  'pmc-new': 'section.front-matter h1, section.main-article-body',
  'pmc-legacy': 'h1.content-title, div.tsec',
};

/** Turns annotation off from the popup and returns the page's DOM, then compares with a fresh page loaded with Glossa off. */
async function checkToggleRestores(url: string) {
  const page = await openArticle(h, url);
  const popup = await openPopup(h, await tabIdOf(h, url));
  const toggle = popup.locator('[data-glossa-toggle]');
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await toggle.click();
  await page.waitForSelector('html[data-glossa-state="off"]');
  expect(await page.locator('[data-glossa-term], [data-glossa-ui]').count()).toBe(0);
  const restored = await page.evaluate(() => document.documentElement.outerHTML);
  const fresh = await h.context.newPage();
  await fresh.goto(url, { waitUntil: 'domcontentloaded' });
  await fresh.waitForSelector('html[data-glossa-state="off"]');
  expect(await fresh.evaluate(() => document.documentElement.outerHTML)).toBe(restored);
  // Turning it on again is applied live.
  await toggle.click();
  await page.waitForSelector('html[data-glossa-state="ready"]');
  expect(await page.locator('[data-glossa-term]').count()).toBeGreaterThan(0);
  await Promise.all([page.close(), popup.close(), fresh.close()]);
}

describe('demo page (PubMed layout, tricky forms and traps)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openArticle(h, DEMO_URL);
    results.demo = await annotatedTerms(page);
  });

  it('finds the named terms in their tricky forms', async () => {
    const terms = await annotatedTerms(page);
    expect(terms).toMatchObject({ htr3: expect.any(Number), kcc2: expect.any(Number), dnic: expect.any(Number) });
    expect(terms.htr3).toBeGreaterThanOrEqual(5); // title <sub>, 5-HT₃, 5‐HT3, serotonin type 3 receptors, caption, 5-HT3-mediated
    expect(terms['descending-facilitation']).toBeGreaterThanOrEqual(1);
    // "5-HT<sub>3</sub> receptors" in the title is one match in three pieces.
    const titlePieces = await page.$$eval('h1.heading-title [data-glossa-term="htr3"]', (els) =>
      els.map((e) => [e.getAttribute('data-glossa-match'), e.textContent]),
    );
    expect(titlePieces.length).toBe(3);
    expect(new Set(titlePieces.map((p) => p[0])).size).toBe(1);
    expect(titlePieces.map((p) => p[1]).join('')).toBe('5-HT3 receptors');
    // <i>KCC</i>2 is one match too.
    const italic = await page.$$eval('#abstract i', (els) =>
      els.map((e) => e.querySelector('[data-glossa-term]')?.getAttribute('data-glossa-match')),
    );
    expect(italic[0]).toBeDefined();
  });

  it('leaves the traps alone: KCC2a, 5-HT3A, SDS-PAGE, carboxylase', async () => {
    const trapped = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const hits: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const inTerm = n.parentElement?.closest('[data-glossa-term]');
        if (inTerm && /^(KCC2a|5-HT3A|SDS-PAGE|PAGE)$/.test((inTerm.textContent ?? '').trim())) hits.push(inTerm.textContent!);
      }
      const text = document.querySelector('#abstract')!.textContent!;
      return { hits, hasTraps: ['KCC2a', '5-HT3A', 'SDS-PAGE'].every((t) => text.includes(t)) };
    });
    expect(trapped.hasTraps).toBe(true);
    expect(trapped.hits).toEqual([]);
    const lastParagraphTerms = await page.$$eval('#abstract p:last-child [data-glossa-term]', (els) => els.map((e) => e.textContent));
    expect(lastParagraphTerms).toEqual([]);
  });

  it('annotates only inside the roots (not the short view, search box, references or sidebar)', async () => {
    expect(await strayWrappers(page)).toEqual([]);
    expect(
      await page.locator('#short-view-heading [data-glossa-term], #references [data-glossa-term], aside [data-glossa-term]').count(),
    ).toBe(0);
  });

  it('shows the tooltip on hover, with role=tooltip and aria-describedby', async () => {
    const term = page.locator('#abstract [data-glossa-term="kcc2"]').first();
    await term.hover();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await expect.poll(() => tooltip(page).textContent()).toContain('KCC2');
    expect(await term.getAttribute('aria-describedby')).toBe('glossa-tooltip');
    const box = await tooltip(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: fileURLToPath(new URL('tooltip-demo.png', SCREENSHOTS)) });
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip(page).isVisible(), { timeout: 3000 }).toBe(false);
  });

  it('shows it on keyboard focus and closes it on Escape', async () => {
    await page.keyboard.press('Escape');
    await page.locator('#abstract [data-glossa-term="dnic"][tabindex="0"]').first().focus();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await expect.poll(() => tooltip(page).textContent()).toMatch(/diffuse noxious inhibitory control/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
  });

  it('pins it on click until Escape; a click outside closes it', async () => {
    const term = page.locator('#abstract [data-glossa-term="htr3"]').first();
    await term.click();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    expect(await tooltip(page).isVisible()).toBe(true);
    expect(await page.locator('[data-glossa-ui="tooltip"] button.close').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
    await term.click();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await page.mouse.click(1200, 880);
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
  });

  it("annotates the paper's own abbreviations, with its definition and a jump to it", async () => {
    const vas = page.locator('[data-glossa-term="paper:VAS"]');
    expect(await vas.count()).toBe(2);
    await vas.nth(1).click();
    await expect.poll(() => tooltip(page).textContent()).toContain('visual analogue scale');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-glossa-ui="tooltip"] button.goto-definition').click();
    // The defining sentence is highlighted with the CSS Custom Highlight API (the DOM is not changed).
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights?.values() ?? [])].some((h) => h.size > 0),
        ),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    const popup = await openPopup(h, await tabIdOf(h, DEMO_URL));
    await unfoldTerms(popup);
    expect(await popup.locator('button.term[data-term="paper:VAS"]').count()).toBe(1);
    await popup.close();
  });

  it('switches the tooltip to the other language in one click', async () => {
    await page.locator('#abstract [data-glossa-term="kcc2"]').first().click();
    // Wherever the term is, the whole card fits in the viewport (it scrolls inside).
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    const box = (await tooltip(page).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    const lang = page.locator('[data-glossa-ui="tooltip"] button.lang');
    const before = await tooltip(page).locator('.card').getAttribute('lang');
    await lang.click();
    await expect.poll(() => tooltip(page).locator('.card').getAttribute('lang')).not.toBe(before);
    await page.keyboard.press('Escape');
  });

  it('lists the page terms and their claims in the popup; a click reveals the next occurrence', async () => {
    const popup = await openPopup(h, await tabIdOf(h, DEMO_URL));
    await unfoldTerms(popup);
    const listed = await popup.$$eval('button.term', (els) => els.map((e) => e.getAttribute('data-term')));
    expect(listed).toEqual(expect.arrayContaining(['htr3', 'kcc2', 'dnic']));
    expect(new Set(listed)).toEqual(new Set(Object.keys(await annotatedTerms(page))));
    expect(listed).toContain('paper:VAS');
    expect(await popup.locator('li.claim').count()).toBeGreaterThan(0);
    // The quick view offers the side panel (Chrome's sidePanel API is present here).
    expect(await popup.locator('[data-glossa-open-sidepanel]').count()).toBe(1);
    const citations = await popup.$$eval('li.claim .citations a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(citations.length).toBeGreaterThan(0);
    for (const url of citations) expect(url).toMatch(/^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
    await popup.screenshot({ path: fileURLToPath(new URL('popup-demo.png', SCREENSHOTS)) });
    // The popup stays short: the claims central to the page (at most three), the rest behind "more".
    const total = await popup.locator('#map-claims li.claim').count();
    expect(total).toBeLessThanOrEqual(3);
    const more = popup.locator('#map-claims button[data-claims-more]');
    if (await more.count()) {
      await more.click();
      await expect.poll(() => popup.locator('#map-claims li.claim').count()).toBeGreaterThan(total);
    }
    await popup.locator('button.term[data-term="kcc2"]').click();
    await expect.poll(() => popup.locator('button.term[data-term="kcc2"] .term-count').textContent()).toMatch(/^1 \/ \d+$/);
    await expect.poll(() => page.locator('[data-glossa-flash]').count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('shows the number of terms on the toolbar badge; the toggle command switches this page only', async () => {
    const tabId = await tabIdOf(h, DEMO_URL);
    const badge = () =>
      h.worker.evaluate(
        (id: number) =>
          (globalThis as unknown as { chrome: { action: { getBadgeText(q: object): Promise<string> } } }).chrome.action.getBadgeText({
            tabId: id,
          }),
        tabId,
      );
    await expect.poll(badge).toBe(String(Object.keys(await annotatedTerms(page)).length));
    const toggle = () =>
      h.worker.evaluate(
        (id: number) =>
          (
            globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<{ enabled: boolean }> } } }
          ).chrome.tabs.sendMessage(id, { glossa: 1, type: 'page:toggle' }),
        tabId,
      );
    expect(await toggle()).toEqual({ enabled: false });
    expect(await page.locator('[data-glossa-term]').count()).toBe(0);
    await expect.poll(badge).toBe('');
    expect(await toggle()).toEqual({ enabled: true });
    await page.waitForSelector('html[data-glossa-state="ready"]');
    await expect.poll(badge).not.toBe('');
  });

  it('annotates the visible region first and marks it for the benchmark', async () => {
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(marks).toEqual(expect.arrayContaining(['glossa:start', 'glossa:first-viewport', 'glossa:pass']));
  });

  it('restores the page exactly when turned off, and re-annotates when turned on', async () => {
    await checkToggleRestores(DEMO_URL);
  });
});

describe.each([
  ['PubMed', SAVED.pubmed],
  ['PMC new', SAVED.pmcNew],
  ['PMC legacy', SAVED.pmcLegacy],
  ['PMC legacy, captured after NCBI scripts ran', SAVED.pmcLegacyPostJs],
])('saved %s page', (name, saved) => {
  let page: Page;
  beforeAll(async () => {
    page = await openArticle(h, saved.url);
    results[saved.file] = await annotatedTerms(page);
  });

  it('annotates terms, only inside the article roots', async () => {
    expect(Object.keys(await annotatedTerms(page)).length).toBeGreaterThan(0);
    expect(await strayWrappers(page)).toEqual([]);
    expect(
      await page
        .locator('.ref-list [data-glossa-term], .ref-list-sec [data-glossa-term], #references [data-glossa-term], .goto [data-glossa-term]')
        .count(),
    ).toBe(0);
  });

  it('shows the tooltip on hover and on keyboard focus', async () => {
    const term = page.locator('[data-glossa-term][tabindex="0"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await page.mouse.move(2, 2);
    await expect.poll(() => tooltip(page).isVisible(), { timeout: 3000 }).toBe(false);
    await term.focus();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('lists the same terms in the popup, with related claims', async () => {
    const popup = await openPopup(h, await tabIdOf(h, saved.url));
    await unfoldTerms(popup);
    const listed = await popup.$$eval('button.term', (els) => els.map((e) => e.getAttribute('data-term')));
    expect(new Set(listed)).toEqual(new Set(Object.keys(await annotatedTerms(page))));
    if (name === 'PMC new') await popup.screenshot({ path: fileURLToPath(new URL('popup-pmc.png', SCREENSHOTS)) });
    await popup.close();
  });

  it('restores the page exactly when turned off', async () => {
    await checkToggleRestores(saved.url);
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  it("still loads the tooltip UI on first use (an extension file, outside the page's policy)", async () => {
    // NCBI serves its pages with a policy; the tooltip's code comes from the extension, loaded on the first hover.
    const url = 'https://pubmed.ncbi.nlm.nih.gov/glossa-demo-csp/';
    const body = readFileSync(DEMO_FILE, 'utf8');
    await h.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'" },
        body,
      }),
    );
    const page = await openArticle(h, url);
    const term = page.locator('[data-glossa-term="kcc2"]').first();
    await term.hover();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await expect.poll(() => tooltip(page).textContent()).toContain('KCC2');
    await page.close();
  });
});

describe('a PubMed page that is not an article', () => {
  it('gets no annotation and the popup says so', async () => {
    const url = 'https://pubmed.ncbi.nlm.nih.gov/?term=kcc2+dnic';
    await h.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><meta name="ncbi_app" content="pubmed"><meta name="ncbi_pdid" content="searchresults"></head>
<body><main class="search-results"><article class="full-docsum"><a class="docsum-title" href="/1/">KCC2 and DNIC in 5-HT3 descending facilitation</a></article></main></body></html>`,
      }),
    );
    const page = await openArticle(h, url);
    expect(await page.locator('[data-glossa-term]').count()).toBe(0);
    const popup = await openPopup(h, await tabIdOf(h, url));
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toMatch(/not an article/);
    await Promise.all([page.close(), popup.close()]);
  });

  it('the popup says plainly when a page is not one Glossa runs on', async () => {
    const page = await h.context.newPage();
    await page.goto('about:blank');
    const tabId = await activeTabId(h, page);
    const popup = await openPopup(h, tabId);
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toMatch(/works on PubMed and PMC article pages/);
    expect(await popup.locator('[data-glossa-toggle]').count()).toBe(0);
    await Promise.all([page.close(), popup.close()]);
  });
});
