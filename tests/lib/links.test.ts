/**
 * Links out of Glossa: identifiers to PMC, PubMed and doi.org only; text
 * fragments encoded per the Text Fragments spec and matching text that is
 * really on saved pages; "Open the review" preferring PMC and the passage;
 * PubMed review searches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citationLabel,
  claimReview,
  encodeTextDirectivePart,
  isAllowedLink,
  pubmedReviewSearchUrl,
  referenceUrl,
  relatedReview,
  termReview,
  textFragment,
  withTextFragment,
} from '../../lib/links';
import { bundled } from '../../lib/glossary/data';
import type { Claim, Reference, Term } from '../../lib/glossary/schema';
import { pageSegments } from '../../lib/claims/page-text';
import { splitSentences } from '../../lib/claims/sentences';
import { pickAdapter } from '../../lib/sites';
import { loadPage } from '../saved-pages';

const refs = new Map(bundled.references.map((r) => [r.id, r]));
const term = (id: string) => bundled.terms.find((t) => t.id === id)!;

/** The parts of "#:~:text=[prefix-,]start[,end][,-suffix]", decoded. */
function directive(url: string): { start: string; end?: string } {
  const hash = new URL(url).hash;
  expect(hash.startsWith('#:~:text=')).toBe(true);
  const raw = hash.slice('#:~:text='.length).split(',');
  // The spec's grammar: no raw "&", "," or "-" inside a part (prefix-/-suffix markers are not used here).
  for (const part of raw) expect(part).toMatch(/^(?:[A-Za-z0-9!$'()*+./:;=?@_~]|%[0-9A-F]{2})+$/);
  const parts = raw.map(decodeURIComponent);
  expect(parts.length).toBeLessThanOrEqual(2);
  return { start: parts[0], end: parts[1] };
}

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

describe('text fragments', () => {
  it('percent-encodes "-", "&" and "," and keeps the spec’s unreserved characters', () => {
    expect(encodeTextDirectivePart('5-HT3 & KCC2, again')).toBe('5%2DHT3%20%26%20KCC2%2C%20again');
    expect(encodeTextDirectivePart("it's (rats) ~*._!")).toBe("it's%20(rats)%20~*._!");
    expect(encodeTextDirectivePart('K⁺–Cl⁻ 5‐HT₃')).toBe('K%E2%81%BA%E2%80%93Cl%E2%81%BB%205%E2%80%90HT%E2%82%83');
  });

  it('round-trips any text and never leaves a raw directive delimiter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const encoded = encodeTextDirectivePart(text);
        expect(encoded).not.toMatch(/[-&,#\s]/);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
    );
  });

  it('links a short passage whole and a long one by its first and last words', () => {
    expect(textFragment('  descending   facilitation ')).toBe('#:~:text=descending%20facilitation');
    const long = 'ON-cells facilitate nociception, whereas OFF-cells inhibit it, in the rostral ventromedial medulla of rats';
    expect(directive(`https://x.org/${textFragment(long)}`)).toEqual({
      start: 'ON-cells facilitate nociception, whereas OFF-cells',
      end: 'the rostral ventromedial medulla of rats'.split(' ').slice(-5).join(' '),
    });
    expect(textFragment('   ')).toBe('');
    expect(withTextFragment('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/#sec2', 'a-b')).toBe(
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC1/#:~:text=a%2Db',
    );
    expect(withTextFragment('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/', undefined)).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/');
  });

  it.each([
    ['pmc-new-PMC2633119-2026.html'],
    ['pmc-new-PMC2077939-2026.html'],
    ['pmc-legacy-PMC10159190-2024.html'],
    ['pubmed-38814972-brainage-2024.html'],
  ])('builds fragments whose text is on the saved page %s', async (file) => {
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
    for (const passage of picked) {
      const link = withTextFragment(url.href, passage);
      const { start, end } = directive(link);
      const at = pageText.indexOf(start);
      expect(at, start).toBeGreaterThanOrEqual(0);
      if (end) expect(pageText.indexOf(end, at + start.length), end).toBeGreaterThan(at);
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

  it('opens the first reference at its passage when the claim quotes one', () => {
    const link = claimReview(
      claim({ references: ['pubmed-primary', 'pmc-review'], passage: 'KCC2-dependent inhibition, in rats & mice' }),
      fake,
    )!;
    expect(link.ref.id).toBe('pubmed-primary');
    expect(link.passage).toBe(true);
    expect(link.url).toBe('https://pubmed.ncbi.nlm.nih.gov/11/#:~:text=KCC2%2Ddependent%20inhibition%2C%20in%20rats%20%26%20mice');
  });

  it('gives every bundled claim and term a review link on an allowed host', () => {
    for (const c of bundled.claims) {
      const link = claimReview(c, refs);
      expect(link, c.id).toBeDefined();
      expect(isAllowedLink(link!.url)).toBe(true);
    }
    for (const t of bundled.terms) {
      const link = termReview(t, bundled.claims, refs);
      if (link) expect(isAllowedLink(link.url), t.id).toBe(true);
    }
  });

  it('opens a term’s review at a passage quoted by one of its claims', () => {
    const kcc2 = term('kcc2');
    const review = relatedReview(kcc2, bundled.claims, refs)!;
    const quoting = claim({ references: [review.id], passage: 'chloride extrusion' });
    expect(termReview(kcc2, [quoting], refs)).toEqual({
      ref: review,
      url: `${referenceUrl(review)}#:~:text=chloride%20extrusion`,
      passage: true,
    });
    expect(termReview(kcc2, bundled.claims, refs)!.url).toBe(referenceUrl(review));
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
