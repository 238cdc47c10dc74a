/**
 * Links out of Glossa with hostile identifiers and passages: whatever a
 * reference's PMCID, PMID or DOI, a claim's passage terms or a term's names hold,
 * every link Glossa builds (lib/links.ts, and the term card data of
 * lib/glossary/cards.ts) is https on PubMed, PMC or doi.org, in printable
 * ASCII (the payload percent-encoded), and stays on that host after the URL
 * is resolved the way a browser resolves it.
 */
import { describe, expect, it } from 'vitest';
import { claimReview, isAllowedLink, pubmedReviewSearchUrl, referenceUrl, termReview, withTextFragment } from '../../lib/links';
import { termCard } from '../../lib/glossary/cards';
import { indexGlossary } from '../../lib/glossary/index';
import type { Claim, Passage, Reference, Term } from '../../lib/glossary/schema';
import { PAYLOADS, isSafeLink } from './payloads';

const ref = (fields: Partial<Reference>): Reference => ({ id: 'r1', kind: 'review', ...fields }) as Reference;
const term = (s: string): Term => ({
  id: 'kcc2',
  category: 'molecule',
  name: { en: s, ja: s },
  variants: [s],
  abbreviations: [{ text: s }],
  definition: { en: s, ja: s },
  plain: { en: s, ja: s },
  related: [],
  references: ['r1'],
  reviews: ['r1'],
});
const claim = (s: string): Claim => ({
  id: 'c1',
  statement: { en: s, ja: s },
  terms: ['kcc2'],
  subject: 'kcc2',
  object: 'kcc2',
  relation: s,
  direction: 'increases',
  evidence: 'review',
  references: ['r1'],
});
const passage = (s: string): Passage => ({
  ref: 'r1',
  page: 'pmc',
  prefix: s,
  textStart: s,
  textEnd: s,
  suffix: s,
  checked: { url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1/', excerpt: s },
});
const directive = (s: string) => ({ prefix: s, textStart: s, textEnd: s, suffix: s });

/** The checks for every link: https, allowed host, ASCII, and no way off the host once resolved. */
function expectSafe(url: string | undefined) {
  if (url === undefined) return;
  expect(isSafeLink(url), url.slice(0, 200)).toBe(true);
  expect(isAllowedLink(url)).toBe(true);
  // A browser resolves dot segments and backslashes: still the same host.
  const resolved = new URL(url.replace(/\\/g, '/'), 'https://pubmed.ncbi.nlm.nih.gov/');
  expect(new URL(url).hostname).toBe(resolved.hostname);
}

/**
 * encodeURIComponent throws URIError on a lone surrogate, so link builders
 * throw for that one payload: a card or claim fails to build, but no link is
 * made (reported; the schema's identifier patterns keep such data out of the
 * bundled glossary, not out of a passage).
 */
const THROWS_URI_ERROR = new Set(['lone surrogates']);

describe('links built from hostile identifiers', () => {
  it.each(PAYLOADS.filter((p) => !THROWS_URI_ERROR.has(p.name)).map((p) => [p.name, p.text]))('%s', (_, payload) => {
    for (const fields of [
      { pmcid: payload },
      { pmid: payload },
      { doi: payload },
      { doi: `10.1000/${payload}` },
      { pmcid: payload, pmid: payload, doi: payload },
    ]) {
      const url = referenceUrl(ref(fields));
      expect(url).toBeDefined();
      expectSafe(url);
    }
    expectSafe(withTextFragment('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/', directive(payload)));
    expectSafe(pubmedReviewSearchUrl(term(payload)));

    // Through the glossary: the term card's review link and the claim's and term's "Open the review".
    const refs = new Map([['r1', ref({ pmcid: payload, title: payload, authors: payload, journal: payload })]]);
    const passages = new Map([['c1', passage(payload)]]);
    expectSafe(claimReview(claim(payload), refs, passages)?.url);
    expectSafe(termReview(term(payload), [claim(payload)], refs, passages)?.url);
    const glossary = indexGlossary({
      terms: [term(payload)],
      claims: [claim(payload)],
      references: [...refs.values()],
      passages: { c1: passage(payload) },
    });
    const card = termCard(glossary, 'kcc2');
    expect(card?.review).toBeDefined();
    expectSafe(card!.review!.url);
  });

  it.each(PAYLOADS.filter((p) => THROWS_URI_ERROR.has(p.name)).map((p) => [p.name, p.text]))(
    '%s: a URIError, never a link',
    (_, payload) => {
      for (const build of [
        () => referenceUrl(ref({ pmcid: payload })),
        () => withTextFragment('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/', directive(payload)),
      ]) {
        let url: string | undefined;
        try {
          url = build();
        } catch (error) {
          expect(error).toBeInstanceOf(URIError);
          continue;
        }
        expectSafe(url);
      }
    },
  );

  it('percent-encodes what could leave the path: slashes, dots stay inside the identifier segment', () => {
    expect(referenceUrl(ref({ pmcid: '../../../evil.example' }))).toBe(
      'https://pmc.ncbi.nlm.nih.gov/articles/..%2F..%2F..%2Fevil.example/',
    );
    expect(referenceUrl(ref({ pmid: '//evil.example' }))).toBe('https://pubmed.ncbi.nlm.nih.gov/%2F%2Fevil.example/');
    expect(referenceUrl(ref({ doi: 'javascript:alert(1)' }))).toBe('https://doi.org/javascript%3Aalert(1)');
  });

  it('refuses links that are not https PubMed, PMC or doi.org', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'http://pubmed.ncbi.nlm.nih.gov/1/',
      'https://evil.example/',
      'https://pubmed.ncbi.nlm.nih.gov.evil.example/',
      '//pubmed.ncbi.nlm.nih.gov/1/',
      'https://doi.org.evil.example/x',
    ]) {
      expect(isAllowedLink(url), url).toBe(false);
      expect(isSafeLink(url), url).toBe(false);
    }
  });
});
