/**
 * The annotator with the bundled glossary on every saved page: only the
 * site adapter's roots change, a second pass adds nothing, and clearing
 * restores the serialised DOM exactly.
 */
import { bundledInflections } from '../../../lib/glossary/inflections';
import { afterAll, describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/annotate/annotator';
import { bundled } from '../../../lib/glossary/data';
import { pickAdapter } from '../../../lib/sites';
import { loadPage, SAVED_FILES } from '../../saved-pages';

const found: Record<string, number> = {};
afterAll(() => console.log('wrapped occurrences per saved page:', found));

describe.each(SAVED_FILES)('%s', (file) => {
  it('annotates inside the roots only, idempotently and reversibly', async () => {
    const { window, document, url } = loadPage(file);
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
    found[file] = annotator.found.length;
    for (const el of wrappers) expect(roots.some((r) => r.contains(el))).toBe(true);
    // No wrapper nests in another.
    expect(document.querySelectorAll('[data-glossa-term] [data-glossa-term]').length).toBe(0);

    const once = document.documentElement.outerHTML;
    await annotator.annotate(roots);
    expect(document.documentElement.outerHTML).toBe(once);

    annotator.clear(document);
    expect(document.documentElement.outerHTML).toBe(before);
    await window.happyDOM.close();
  });
});
