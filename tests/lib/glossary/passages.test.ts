/**
 * The claims' supporting passages (data/passages.json): enough of them; each
 * fragment's syntax parsed back per the spec; its words verbatim, in order,
 * in the excerpt recorded from the page it was checked on, where a browser
 * would land; "Open the review" for the claim opens that page at it; and the
 * validator names each kind of mistake.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { passageProblems } from '../../../lib/glossary/passages';
import type { Passage } from '../../../lib/glossary/schema';
import { claimReview, pageUrl } from '../../../lib/links';
import { findTextFragment, parseTextFragment, textFragment } from '../../../lib/text-fragments';

const passages = Object.entries(bundled.passages ?? {});
const claims = new Map(bundled.claims.map((c) => [c.id, c]));
const refs = new Map(bundled.references.map((r) => [r.id, r]));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('bundled passages', () => {
  it('cover at least 40 claims, each a claim of the glossary', () => {
    expect(passages.length).toBeGreaterThanOrEqual(40);
    for (const [id] of passages) expect(claims.has(id), id).toBe(true);
  });

  it('have no problems', () => {
    expect(passageProblems(bundled.passages ?? {}, claims, refs).map((p) => `${p.entry}: ${p.message}`)).toEqual([]);
  });

  it.each(passages)('%s: the fragment parses back per the spec, and its words are in the excerpt, in order', (_, p) => {
    const fragment = textFragment(p);
    expect(fragment.startsWith('#:~:text=')).toBe(true);
    // Spec grammar: each term is percent-encoded text; "-" only as the prefix/suffix markers, "," only between terms.
    const raw = fragment.slice('#:~:text='.length).split(',');
    for (const [i, term] of raw.entries()) {
      const inner = p.prefix && i === 0 ? term.replace(/-$/, '') : p.suffix && i === raw.length - 1 ? term.replace(/^-/, '') : term;
      expect(inner, term).toMatch(/^(?:[A-Za-z0-9!'()*._~]|%[0-9A-F]{2})+$/);
    }
    const [back, ...more] = parseTextFragment(fragment);
    expect(more).toEqual([]);
    expect(back.prefix).toBe(p.prefix && collapse(p.prefix));
    expect(back.textStart).toBe(collapse(p.textStart));
    expect(back.textEnd).toBe(p.textEnd && collapse(p.textEnd));
    expect(back.suffix).toBe(p.suffix && collapse(p.suffix));

    // Verbatim, in order, in the recorded excerpt: the first place a browser would land is the quoted words.
    const excerpt = collapse(p.checked.excerpt);
    const at = excerpt.indexOf(back.textStart);
    expect(at, 'textStart verbatim in the excerpt').toBeGreaterThanOrEqual(0);
    if (back.textEnd) expect(excerpt.indexOf(back.textEnd, at + back.textStart.length), 'textEnd after textStart').toBeGreaterThan(at);
    const match = findTextFragment(excerpt, back)!;
    expect(match).toBeDefined();
    expect(match.start).toBe(at);
    expect(match.text.endsWith(back.textEnd ?? back.textStart)).toBe(true);
  });

  it.each(passages)('%s: "Open the review" opens the page the passage was checked on, at the passage', (id, p) => {
    const link = claimReview(claims.get(id)!, refs, new Map(passages))!;
    expect(link.passage).toBe(true);
    expect(link.ref.id).toBe(p.ref);
    expect(link.url).toBe(pageUrl(refs.get(p.ref)!, p.page)! + textFragment(p));
  });

  it('keep excerpts short: a sentence or two, not pages', () => {
    for (const [id, p] of passages) expect(p.checked.excerpt.length, id).toBeLessThan(800);
  });
});

describe('passage problems are named', () => {
  const claim = bundled.claims.find((c) => c.id === 'central-sensitization-definition')!;
  const good: Passage = {
    ref: 'woolf2011-central-sensitization',
    page: 'pmc',
    textStart: 'Nociceptor inputs can trigger',
    textEnd: 'the phenomenon of central sensitization',
    checked: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3268359',
      excerpt:
        'Nociceptor inputs can trigger a prolonged but reversible increase in the excitability and synaptic efficacy of neurons in central nociceptive pathways, the phenomenon of central sensitization.',
    },
  };
  const problems = (p: unknown, id = claim.id) => passageProblems({ [id]: p }, claims, refs).map((x) => x.message);

  it('accepts a correct passage', () => {
    expect(problems(good)).toEqual([]);
  });

  it('rejects a paraphrase, words out of order, and a start that first occurs elsewhere', () => {
    expect(problems({ ...good, textStart: 'Nociceptor input can trigger' })).toContain(
      'textStart "Nociceptor input can trigger" is not verbatim in the source excerpt',
    );
    expect(problems({ ...good, textStart: 'the phenomenon of central sensitization', textEnd: 'Nociceptor inputs can trigger' })).toContain(
      'the text fragment does not match the source excerpt (words out of order, or not at word boundaries)',
    );
    expect(problems({ ...good, textStart: 'central', textEnd: 'sensitization' })).toEqual([
      'textStart occurs more than once in the excerpt: add a prefix or a suffix',
    ]);
    expect(problems({ ...good, prefix: 'of', textStart: 'central sensitization', textEnd: undefined })).toEqual([]);
    expect(problems({ ...good, textStart: 'central', suffix: 'sensitization', textEnd: undefined })).toEqual([]);
    expect(problems({ ...good, textStart: 'nociceptor inputs can trigger' })).toContain(
      'textStart "nociceptor inputs can trigger" is not verbatim in the source excerpt',
    );
    expect(
      problems({ ...good, textStart: 'can trigger a prolonged but reversible increase in the excitability and synaptic efficacy' })[0],
    ).toMatch(/more than 12 words/);
  });

  it('rejects a passage of a reference the claim does not cite, a page without its identifier, or another article’s page', () => {
    expect(problems({ ...good, ref: 'heinricher2009-descending' })).toContain(
      'reference "heinricher2009-descending" is not among the claim\'s references',
    );
    expect(problems(good, 'no-such-claim')).toContain('no claim "no-such-claim"');
    expect(problems({ ...good, page: 'pubmed', checked: { ...good.checked, url: 'https://pubmed.ncbi.nlm.nih.gov/20961685/' } })).toEqual(
      [],
    );
    expect(problems({ ...good, checked: { ...good.checked, url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2894733' } })).toContain(
      'checked.url https://pmc.ncbi.nlm.nih.gov/articles/PMC2894733 is not the pmc page of "woolf2011-central-sensitization"',
    );
    expect(problems({ ...good, page: 'pubmed' })).toContain(
      'checked.url https://pmc.ncbi.nlm.nih.gov/articles/PMC3268359 is not the pubmed page of "woolf2011-central-sensitization"',
    );
  });

  it('asks what a copy is when it is not at its NCBI address', () => {
    const mirror = { ...good, page: 'pubmed', checked: { ...good.checked, url: 'http://mirror.example/20961685' } };
    expect(problems(mirror)).toEqual([
      'checked.url http://mirror.example/20961685 is not an NCBI address: say in checked.via what copy of the page it is',
    ]);
    expect(problems({ ...mirror, checked: { ...mirror.checked, via: 'A copy of the PubMed page.' } })).toEqual([]);
  });

  it('rejects a malformed entry with the field named', () => {
    expect(problems({ ...good, page: 'doi' })[0]).toMatch(/^page: /);
    expect(problems({ ...good, textStart: '' })[0]).toMatch(/^textStart: /);
  });
});
