/**
 * The annotator with the bundled glossary on every saved publisher page:
 * only the adapter's roots change (never a reference list), a second pass
 * adds nothing, and clearing restores the serialised DOM exactly. The terms
 * found per page are printed (the e2e suite checks them in Chromium).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bundledInflections } from '../../../lib/glossary/inflections';
import { Annotator } from '../../../lib/annotate/annotator';
import { bundled } from '../../../lib/glossary/data';
import { pickAdapter } from '../../../lib/sites';
import { loadPublisherPage, PUBLISHER_PAGES } from '../../saved-publisher-pages';

const found: Record<string, string> = {};
afterAll(() => console.log('terms per saved publisher page:', found));

/** Where each page keeps its references (SOURCES.md); bioRxiv's abstract page has none. */
const REFERENCES: Record<string, string | undefined> = {
  plos: 'ol.references',
  frontiers: 'ul.References',
  biorxiv: undefined,
  nature: 'ol.c-article-references',
  springerlink: 'ol.BibliographyWrapper',
  sciencedirect: 'ol.references',
  wiley: 'section.article-section__references',
  oup: 'div.ref-list',
  mdpi: '#html-references_list',
  jama: 'div.references',
  sage: 'section#bibliography',
};

describe.each(PUBLISHER_PAGES)('$name', (page) => {
  it('annotates inside the article only, never its references, idempotently and reversibly', async () => {
    const { window, document, url } = loadPublisherPage(page);
    const adapter = pickAdapter(url)!;
    const roots = adapter.roots(document);
    expect(roots.length).toBeGreaterThan(0);
    const before = document.documentElement.outerHTML;
    const annotator = new Annotator({
      terms: bundled.terms,
      inflected: bundledInflections,
      exclude: adapter.exclude,
      yieldToPage: () => Promise.resolve(),
    });
    await annotator.annotate(roots);
    const wrappers = [...document.querySelectorAll('[data-glossa-term]')];
    expect(wrappers.length).toBeGreaterThan(0);
    for (const el of wrappers) expect(roots.some((r) => r.contains(el))).toBe(true);
    const refs = REFERENCES[page.name];
    if (refs) {
      expect(document.querySelector(refs)).not.toBeNull();
      expect(document.querySelectorAll(`${refs} [data-glossa-term]`).length).toBe(0);
    }
    const counts = new Map<string, number>();
    for (const o of annotator.found) counts.set(o.termId, (counts.get(o.termId) ?? 0) + 1);
    found[page.name] = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([id, n]) => `${id}×${n}`)
      .join(', ');

    const once = document.documentElement.outerHTML;
    await annotator.annotate(roots);
    expect(document.documentElement.outerHTML).toBe(once);
    annotator.clear(document);
    expect(document.documentElement.outerHTML).toBe(before);
    await window.happyDOM.close();
  });
});
