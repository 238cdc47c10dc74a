/**
 * The article text the popup reads ('page:getText') and finding a sentence
 * again ('page:revealText'), on saved pages: annotation wrappers do not
 * change the text, and a sentence is found across inline elements and
 * term wrappers without changing the page.
 */
import { bundledInflections } from '../../../lib/glossary/inflections';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/annotate/annotator';
import { collectSegments, READ_EXCLUDE } from '../../../lib/annotate/segments';
import { pageSegments } from '../../../lib/claims/page-text';
import { findTextRange, revealText } from '../../../lib/claims/reveal';
import { splitSentences } from '../../../lib/claims/sentences';
import { bundled } from '../../../lib/glossary/data';
import { normalize } from '../../../lib/match/normalize';
import { pickAdapter } from '../../../lib/sites';
import { loadPage } from '../../saved-pages';

/** The text of a range as the popup reads it: normalised, citation markers left out. */
function withoutCitations(range: Range): string {
  const holder = range.startContainer.ownerDocument!.createElement('p');
  holder.append(range.cloneContents());
  return collectSegments(holder, READ_EXCLUDE)
    .map((s) => normalize(s.text, s.citations).text)
    .join('')
    .trim();
}

const PAGES = [
  'pmc-new-PMC2633119-2026.html',
  'pmc-new-PMC2077939-2026.html',
  'pmc-legacy-PMC5220672-2024.html',
  'pubmed-38814972-brainage-2024.html',
];

describe.each(PAGES)('%s', (file) => {
  it('reads the same text before and after annotation, without references or hidden parts', async () => {
    const { window, document, url } = loadPage(file);
    const adapter = pickAdapter(url)!;
    const roots = adapter.roots(document);
    const before = pageSegments(roots, adapter.exclude);
    expect(before.length).toBeGreaterThan(0);
    const annotator = new Annotator({
      terms: bundled.terms,
      inflected: bundledInflections,
      exclude: adapter.exclude,
      yieldToPage: () => Promise.resolve(),
    });
    await annotator.annotate(roots);
    expect(document.querySelectorAll('[data-glossa-term]').length).toBeGreaterThan(0);
    expect(pageSegments(roots, adapter.exclude)).toEqual(before);
    // Nothing from the excluded parts (reference lists and the like) is read.
    const excluded = [...document.querySelectorAll(adapter.exclude)]
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 40);
    for (const text of excluded.slice(0, 20)) expect(before.some((s) => s.includes(text))).toBe(false);
    await window.happyDOM.close();
  });

  it('finds sentences again in the annotated page and selects one without changing the DOM', async () => {
    const { window, document, url } = loadPage(file);
    const adapter = pickAdapter(url)!;
    const roots = adapter.roots(document);
    await new Annotator({
      terms: bundled.terms,
      inflected: bundledInflections,
      exclude: adapter.exclude,
      yieldToPage: () => Promise.resolve(),
    }).annotate(roots);
    const sentences = pageSegments(roots, adapter.exclude)
      .flatMap((s) => splitSentences(normalize(s).text))
      .filter((s) => s.length > 40);
    expect(sentences.length).toBeGreaterThan(3);
    for (const sentence of sentences.slice(0, 40)) {
      const range = findTextRange(document, roots, adapter.exclude, sentence);
      expect(range, sentence).not.toBeNull();
      expect(withoutCitations(range!), sentence).toBe(sentence);
    }
    const html = document.documentElement.outerHTML;
    expect(revealText(document, roots, adapter.exclude, sentences[1])).toEqual({ found: true });
    expect(withoutCitations(document.getSelection()!.getRangeAt(0))).toBe(sentences[1]);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(revealText(document, roots, adapter.exclude, 'A sentence that is not in this article at all.')).toEqual({ found: false });
    await window.happyDOM.close();
  });
});
