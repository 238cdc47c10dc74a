/**
 * Jump to the passage, end to end in real Chromium: every bundled claim's
 * review link, opened on a copy of its page made of the excerpt recorded
 * there (served at the page's real address, deep below the top), scrolls to
 * the quoted words: Chromium's own text-fragment matcher accepts our
 * encoding, prefix/suffix and word choices. And from the tooltip on our demo
 * page, a real click on "Open the related review" opens the review at the
 * passage. (Only the short excerpts are used: no third-party page is
 * committed.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled } from '../../lib/glossary/data';
import { claimReview, termReview } from '../../lib/links';
import { annotatedTerms, DEMO_URL, type Harness, openArticle, startHarness } from './harness';

const refs = new Map(bundled.references.map((r) => [r.id, r]));
const passages = new Map(Object.entries(bundled.passages ?? {}));
const links = [...passages.keys()].map((id) => {
  const claim = bundled.claims.find((c) => c.id === id)!;
  return { id, url: claimReview(claim, refs, passages)!.url, excerpt: passages.get(id)!.checked.excerpt };
});

const html = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * A page at `url` holding the excerpts recorded from it, each far below the
 * one before; an excerpt that another one contains is not repeated (on the
 * real page each sentence is there once).
 */
function copyOf(url: string): string {
  const here = links.filter((l) => l.url.split('#')[0] === url);
  const byExcerpt = new Map<string, string[]>();
  for (const l of here) {
    const within = here.map((o) => o.excerpt).find((e) => e !== l.excerpt && e.includes(l.excerpt)) ?? l.excerpt;
    byExcerpt.set(within, [...(byExcerpt.get(within) ?? []), l.id]);
  }
  const paragraphs = [...byExcerpt].map(
    ([excerpt, ids]) => `<div style="height:2400px"></div><p data-claims="${html(ids.join(' '))}">${html(excerpt)}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Copy of ${html(url)}</title></head><body><main>${paragraphs.join('')}<div style="height:2400px"></div></main></body></html>`;
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // Registered after the harness's route, so it is asked first; anything else falls back to the harness.
  const copies = new Set(links.map((l) => l.url.split('#')[0]));
  await h.context.route(/^https:\/\//, (route) => {
    const url = route.request().url().split('#')[0];
    if (!copies.has(url)) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: copyOf(url) });
  });
});
afterAll(async () => {
  await h?.close();
});

/** Whether the paragraph of `claim` is on screen after Chromium scrolled to the fragment. */
async function scrolledTo(page: Page, claim: string): Promise<boolean> {
  return page.evaluate((id) => {
    const p = document.querySelector(`p[data-claims~="${CSS.escape(id)}"]`)!;
    const r = p.getBoundingClientRect();
    return scrollY > 1000 && r.bottom > 0 && r.top < innerHeight;
  }, claim);
}

describe('review links at the passage', () => {
  it('has a link for every passage, each on the PMC or PubMed page it was checked on', () => {
    expect(links.length).toBeGreaterThanOrEqual(40);
    for (const l of links)
      expect(l.url, l.id).toMatch(/^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC\d+|pubmed\.ncbi\.nlm\.nih\.gov\/\d+)\/#:~:text=/);
  });

  // One navigation per passage, each given the time of one ordinary page load.
  it('Chromium scrolls to every passage on a copy of its page made of the recorded excerpt', {
    timeout: links.length * 5_000,
  }, async () => {
    const missed: string[] = [];
    for (const l of links) {
      const page = await h.context.newPage();
      await page.goto(l.url, { waitUntil: 'load' });
      try {
        await expect.poll(() => scrolledTo(page, l.id), { timeout: 5_000 }).toBe(true);
      } catch {
        missed.push(`${l.id}: ${l.url}`);
      }
      await page.close();
    }
    expect(missed).toEqual([]);
  });

  it('opens the related review at the passage from the tooltip, with a real click', async () => {
    const page = await openArticle(h, DEMO_URL);
    const onPage = Object.keys(await annotatedTerms(page));
    const term = bundled.terms.find((t) => onPage.includes(t.id) && termReview(t, bundled.claims, refs, passages)?.passage);
    expect(term, 'a term on the demo page whose related review is quoted by one of its claims').toBeDefined();
    const expected = termReview(term!, bundled.claims, refs, passages)!.url;
    // A click pins the tooltip; then the link in it.
    await page.locator(`[data-glossa-term="${term!.id}"]`).first().click();
    const link = page.locator('[data-glossa-ui="tooltip"] a[href*="#:~:text="]');
    await expect.poll(() => link.getAttribute('href')).toBe(expected);
    const [review] = await Promise.all([h.context.waitForEvent('page'), link.click()]);
    await review.waitForLoadState('load');
    expect(review.url()).toBe(expected);
    const claim = links.find((l) => l.url === expected)!.id;
    await expect.poll(() => scrolledTo(review, claim), { timeout: 5_000 }).toBe(true);
    await Promise.all([review.close(), page.close()]);
  });
});
