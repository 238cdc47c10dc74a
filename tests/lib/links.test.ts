/**
 * Links out of Glossa: identifiers to PMC, PubMed and doi.org only; text
 * fragments on saved pages; "Open the review" preferring PMC, and a claim's
 * checked passage on the page it was checked on; PubMed review searches.
 * (The fragment syntax itself: tests/lib/text-fragments.test.ts; the
 * bundled passages: tests/lib/glossary/passages.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  citationLabel,
  claimReview,
  isAllowedLink,
  pageUrl,
  passageUrl,
  pubmedReviewSearchUrl,
  referenceUrl,
  relatedReview,
  termReview,
  withTextFragment,
} from '../../lib/links';
import { findTextFragment, parseTextFragment } from '../../lib/text-fragments';
import { bundled } from '../../lib/glossary/data';
import type { Claim, Passage, Reference, Term } from '../../lib/glossary/schema';
import { pageSegments } from '../../lib/claims/page-text';
import { splitSentences } from '../../lib/claims/sentences';
import { pickAdapter } from '../../lib/sites';
import { loadPage } from '../saved-pages';

const refs = new Map(bundled.references.map((r) => [r.id, r]));
const term = (id: string) => bundled.terms.find((t) => t.id === id)!;

const passages = new Map(Object.entries(bundled.passages ?? {}));

describe('referenceUrl and citationLabel (unchanged behaviour)', () => {
  it('prefers PMC, then PubMed, then the DOI', () => {
    const base: Reference = { id: 'x', kind: 'review', doi: '10.1000/a(b)c', pmid: '123', pmcid: 'PMC9' };
    expect(referenceUrl(base)).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC9/');
    expect(referenceUrl({ ...base, pmcid: undefined })).toBe('https://pubmed.ncbi.nlm.nih.gov/123/');
    expect(referenceUrl({ id: 'x', kind: 'review', doi: '10.1000/a b' })).toBe('https://doi.org/10.1000/a%20b');
    expect(referenceUrl({ id: 'x', kind: 'review' })).toBeUndefined();
  });

  it('labels a citation by first author, year and journal', () => {
    expect(citationLabel({ id: 'x', kind: 'review', authors: 'Aby F, Smith J', year: 2022, journal: 'J Neurosci' })).toBe(
      'Aby F et al., 2022, J Neurosci',
    );
  });

  it('links every bundled reference to an allowed https host only', () => {
    for (const ref of bundled.references) {
      const url = referenceUrl(ref);
      if (url) expect(isAllowedLink(url), url).toBe(true);
    }
    expect(isAllowedLink('http://pubmed.ncbi.nlm.nih.gov/1/')).toBe(false);
    expect(isAllowedLink('https://evil.example/?https://doi.org/')).toBe(false);
    expect(isAllowedLink('javascript:alert(1)')).toBe(false);
  });
});

describe('text fragments on saved pages', () => {
  it.each([
    ['pmc-new-PMC2633119-2026.html'],
    ['pmc-new-PMC2077939-2026.html'],
    ['pmc-legacy-PMC10159190-2024.html'],
    ['pubmed-38814972-brainage-2024.html'],
  ])('links sentences of %s by a few words at each end, and the fragment finds them there', async (file) => {
    const { window, document, url } = loadPage(file);
    const adapter = pickAdapter(url)!;
    const blocks = pageSegments(adapter.roots(document), adapter.exclude);
    const pageText = blocks.join('\n');
    // Sentences with the characters the spec makes us encode, and long ones (start,end form).
    const sentences = blocks.flatMap((b) => splitSentences(b));
    const picked = [
      ...sentences.filter((s) => /[-,&]/.test(s)).slice(0, 5),
      ...sentences.filter((s) => s.split(' ').length > 12).slice(0, 5),
    ];
    expect(picked.length).toBeGreaterThan(3);
    for (const sentence of picked) {
      const words = sentence.split(/\s+/);
      const directive =
        words.length > 10 ? { textStart: words.slice(0, 5).join(' '), textEnd: words.slice(-5).join(' ') } : { textStart: sentence };
      const link = withTextFragment(url.href, directive);
      expect(isAllowedLink(link) || link.startsWith('https://www.ncbi.nlm.nih.gov/')).toBe(true);
      const [back] = parseTextFragment(link);
      expect(back.textStart).toBe(directive.textStart.replace(/\s+/g, ' ').trim());
      const match = findTextFragment(pageText, back);
      expect(match, sentence).toBeDefined();
      expect(pageText.replace(/\s+/g, ' ').indexOf(match!.text)).toBeGreaterThanOrEqual(0);
    }
    await window.happyDOM.close();
  });
});

describe('Open the review', () => {
  const claim = (over: Partial<Claim>): Claim => ({
    id: 'c',
    statement: { en: 'e', ja: 'j' },
    terms: ['kcc2', 'nociception'],
    subject: 'kcc2',
    object: 'nociception',
    relation: 'restrains',
    direction: 'decreases',
    evidence: 'review',
    references: [],
    ...over,
  });
  const fake = new Map<string, Reference>([
    ['doi-only', { id: 'doi-only', kind: 'review', doi: '10.1/x' }],
    ['pubmed-primary', { id: 'pubmed-primary', kind: 'primary', pmid: '11' }],
    ['pmc-primary', { id: 'pmc-primary', kind: 'primary', pmcid: 'PMC22', pmid: '22' }],
    ['pmc-review', { id: 'pmc-review', kind: 'review', pmcid: 'PMC33' }],
    ['pubmed-review', { id: 'pubmed-review', kind: 'review', pmid: '44' }],
  ]);

  it('opens PMC full text first, then PubMed, then the DOI; a review before a primary study', () => {
    expect(claimReview(claim({ references: ['doi-only', 'pubmed-primary', 'pmc-primary', 'pmc-review'] }), fake)).toEqual({
      ref: fake.get('pmc-review'),
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC33/',
      passage: false,
    });
    expect(claimReview(claim({ references: ['doi-only', 'pubmed-primary'] }), fake)!.url).toBe('https://pubmed.ncbi.nlm.nih.gov/11/');
    expect(claimReview(claim({ references: ['doi-only'] }), fake)!.url).toBe('https://doi.org/10.1/x');
    expect(claimReview(claim({ references: ['missing'] }), fake)).toBeUndefined();
  });

  const passage = (over: Partial<Passage>): Passage => ({
    ref: 'pubmed-primary',
    page: 'pubmed',
    textStart: 'KCC2-dependent inhibition, in rats',
    textEnd: '& mice',
    checked: { url: 'https://pubmed.ncbi.nlm.nih.gov/11/', excerpt: 'KCC2-dependent inhibition, in rats & mice' },
    ...over,
  });

  it('opens the page a claim’s passage was checked on, at the passage, whatever the other references', () => {
    const c = claim({ references: ['pmc-review', 'pubmed-primary'] });
    const link = claimReview(c, fake, new Map([['c', passage({})]]))!;
    expect(link.ref.id).toBe('pubmed-primary');
    expect(link.passage).toBe(true);
    expect(link.url).toBe('https://pubmed.ncbi.nlm.nih.gov/11/#:~:text=KCC2%2Ddependent%20inhibition%2C%20in%20rats,%26%20mice');
    // On PMC when it was checked there.
    const onPmc = claimReview(
      claim({ references: ['pmc-primary'] }),
      fake,
      new Map([['c', passage({ ref: 'pmc-primary', page: 'pmc' })]]),
    )!;
    expect(onPmc.url.startsWith('https://pmc.ncbi.nlm.nih.gov/articles/PMC22/#:~:text=')).toBe(true);
  });

  it('ignores a passage of a reference the claim does not cite, or of a page the record cannot open', () => {
    const c = claim({ references: ['pmc-review'] });
    expect(claimReview(c, fake, new Map([['c', passage({})]]))).toEqual({
      ref: fake.get('pmc-review'),
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC33/',
      passage: false,
    });
    const noPmid = claim({ references: ['pmc-review'] });
    expect(claimReview(noPmid, fake, new Map([['c', passage({ ref: 'pmc-review', page: 'pubmed' })]]))!.passage).toBe(false);
    expect(pageUrl(fake.get('pmc-review')!, 'pubmed')).toBeUndefined();
    expect(passageUrl(fake.get('pmc-review')!, passage({ ref: 'pmc-review', page: 'pubmed' }))).toBeUndefined();
  });

  it('gives every bundled claim and term a review link on an allowed host', () => {
    for (const c of bundled.claims) {
      const link = claimReview(c, refs, passages);
      expect(link, c.id).toBeDefined();
      expect(isAllowedLink(link!.url)).toBe(true);
    }
    for (const t of bundled.terms) {
      const link = termReview(t, bundled.claims, refs, passages);
      if (link) expect(isAllowedLink(link.url), t.id).toBe(true);
    }
  });

  it('opens a term’s review at a passage quoted by one of its claims, and prefers a quoted review', () => {
    const kcc2: Term = { ...term('kcc2'), reviews: ['pmc-review'] };
    const review = fake.get('pmc-review')!;
    const quoting = claim({ id: 'q', references: ['pmc-review'] });
    const quoted: Passage = {
      ref: 'pmc-review',
      page: 'pmc',
      textStart: 'chloride extrusion',
      checked: { url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC33/', excerpt: 'chloride extrusion' },
    };
    expect(termReview(kcc2, [quoting], fake, new Map([['q', quoted]]))).toEqual({
      ref: review,
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC33/#:~:text=chloride%20extrusion',
      passage: true,
    });
    expect(termReview(kcc2, [quoting], fake)!.url).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC33/');
    // Without a listed review, a review one of the term’s claims quotes comes first.
    const unlisted: Term = { ...kcc2, reviews: [], references: [] };
    const about = [claim({ id: 'a', references: ['pmc-review'] }), claim({ id: 'b', references: ['doi-only'] })];
    expect(relatedReview(unlisted, about, fake)!.id).toBe('pmc-review');
    const onPubmed: Passage = { ...quoted, ref: 'pubmed-review', page: 'pubmed' };
    const aboutBoth = [about[0], claim({ id: 'b', references: ['pubmed-review'] })];
    expect(relatedReview(unlisted, aboutBoth, fake)!.id).toBe('pmc-review');
    expect(relatedReview(unlisted, aboutBoth, fake, new Map([['b', onPubmed]]))!.id).toBe('pubmed-review');
    expect(termReview(unlisted, aboutBoth, fake, new Map([['b', onPubmed]]))!.url).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/44/#:~:text=chloride%20extrusion',
    );
    // A passage on a page the record cannot open does not count.
    const onDoiOnly: Passage = { ...quoted, ref: 'doi-only', page: 'pubmed' };
    expect(relatedReview(unlisted, about, fake, new Map([['b', onDoiOnly]]))!.id).toBe('pmc-review');
  });

  it('opens the tooltip’s and popup’s review at a bundled passage for the terms whose review is quoted', () => {
    const atPassage = bundled.terms.filter((t) => termReview(t, bundled.claims, refs, passages)?.passage);
    expect(atPassage.length).toBeGreaterThan(5);
    for (const t of atPassage) {
      const link = termReview(t, bundled.claims, refs, passages)!;
      const quotes = (c: Claim) => c.terms.includes(t.id) && passages.get(c.id)?.ref === link.ref.id;
      expect(
        bundled.claims.some((c) => quotes(c) && passageUrl(link.ref, passages.get(c.id)!) === link.url),
        t.id,
      ).toBe(true);
    }
  });
});

describe('Find reviews on PubMed', () => {
  it('searches PubMed for the term’s name or abbreviation, restricted to reviews', () => {
    const url = new URL(pubmedReviewSearchUrl(term('kcc2')));
    expect(url.origin + url.pathname).toBe('https://pubmed.ncbi.nlm.nih.gov/');
    expect(url.searchParams.get('filter')).toBe('pubt.review');
    expect(url.searchParams.get('term')).toBe('"K-Cl cotransporter 2" OR KCC2');
  });

  it('leaves out ambiguous abbreviations and falls back to the display name', () => {
    expect(new URL(pubmedReviewSearchUrl(term('cpm'))).searchParams.get('term')).toBe('"conditioned pain modulation" OR HNCS');
    // ON-cells has only ambiguous abbreviations and no variants: its name without "(RVM)".
    const onCells: Term = term('on-cells');
    expect(new URL(pubmedReviewSearchUrl(onCells)).searchParams.get('term')).toBe('"ON-cells"');
  });

  it('is an allowed https PubMed link for every term', () => {
    for (const t of bundled.terms) expect(isAllowedLink(pubmedReviewSearchUrl(t)), t.id).toBe(true);
  });
});
