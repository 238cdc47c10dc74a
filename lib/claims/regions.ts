/**
 * Where on an article page a term occurrence sits: in the title, in the
 * abstract, or elsewhere (the body, a caption). Related claims are ranked by
 * it (lib/claims/related.ts): a term in the title or abstract is what the
 * paper is about; one in the body may be a passing mention.
 *
 * The selectors are generic, so they hold for every site adapter's roots:
 * the title is the page's h1 (PubMed's h1.heading-title, PMC's front-matter
 * h1, legacy PMC's h1.content-title; tests/fixtures/pages/DOM.md), and the
 * abstract is PubMed's div#abstract, PMC's section.abstract#abstract1 and
 * legacy PMC's div#abstract-…, or a publisher's .abstract / doc-abstract.
 */
export type Region = 'title' | 'abstract' | 'body';

export const TITLE_SELECTOR = 'h1';
export const ABSTRACT_SELECTOR = [
  '[id^="abstract" i]',
  '.abstract',
  '.abstract-content',
  '[role="doc-abstract"]',
  'section[aria-label="abstract" i]',
].join(', ');

export function regionOf(el: Element): Region {
  if (el.closest(TITLE_SELECTOR)) return 'title';
  if (el.closest(ABSTRACT_SELECTOR)) return 'abstract';
  return 'body';
}

/** Per term, how many of its occurrences are in the title and in the abstract. */
export function regionCounts(
  occurrences: Iterable<{ termId: string; elements: readonly Element[] }>,
): Map<string, { title: number; abstract: number }> {
  const counts = new Map<string, { title: number; abstract: number }>();
  for (const o of occurrences) {
    const el = o.elements.find((e) => e.isConnected);
    if (!el) continue;
    const region = regionOf(el);
    if (region === 'body') continue;
    const entry = counts.get(o.termId) ?? { title: 0, abstract: 0 };
    entry[region]++;
    counts.set(o.termId, entry);
  }
  return counts;
}
