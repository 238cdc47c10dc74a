/**
 * Related claims ranked by how central their terms are to the page: the
 * weight of a term (how often, where), the score of a claim (its subject and
 * object first), what is shown before "more"; and, on the saved smoking-cue
 * paper (PMC2633119), the estrogen claim folded away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/annotate/annotator';
import { bundled } from '../../../lib/glossary/data';
import { bundledInflections } from '../../../lib/glossary/inflections';
import { indexGlossary } from '../../../lib/glossary/index';
import type { Claim } from '../../../lib/glossary/schema';
import {
  isProminent,
  rankClaims,
  scoreClaim,
  shownBeforeMore,
  termWeight,
  type PageTermCount,
  type RankedClaim,
} from '../../../lib/claims/related';
import { regionCounts, regionOf } from '../../../lib/claims/regions';
import { directionChip } from '../../../lib/claims/view';
import { pickAdapter } from '../../../lib/sites';
import { loadPage } from '../../saved-pages';

const glossary = indexGlossary(bundled);

function claim(id: string, subject: string, object: string, terms: string[] = []): Claim {
  return {
    id,
    statement: { en: id, ja: id },
    terms: [subject, object, ...terms],
    subject,
    object,
    relation: 'r',
    direction: 'increases',
    evidence: 'review',
    references: ['x'],
  };
}

describe('term weight', () => {
  it('is 0 for a term not on the page and grows with mentions', () => {
    expect(termWeight(undefined)).toBe(0);
    expect(termWeight({ id: 'a', count: 0 })).toBe(0);
    expect(termWeight({ id: 'a', count: 1 })).toBe(1);
    expect(termWeight({ id: 'a', count: 7 })).toBe(3);
  });

  it('counts the title and the abstract more than the body', () => {
    const body = termWeight({ id: 'a', count: 1 });
    const abstract = termWeight({ id: 'a', count: 1, abstract: 1 });
    const title = termWeight({ id: 'a', count: 1, title: 1 });
    expect(abstract).toBeGreaterThan(body);
    expect(title).toBeGreaterThan(abstract);
  });

  it('is damped: fifty mentions in the body weigh less than ten times one in the title', () => {
    expect(termWeight({ id: 'a', count: 50 })).toBeLessThan(10 * termWeight({ id: 'a', count: 1, title: 1 }));
  });

  it('makes a term prominent in the title or abstract, or when named three times', () => {
    expect(isProminent({ id: 'a', count: 1, title: 1 })).toBe(true);
    expect(isProminent({ id: 'a', count: 1, abstract: 1 })).toBe(true);
    expect(isProminent({ id: 'a', count: 3 })).toBe(true);
    expect(isProminent({ id: 'a', count: 2 })).toBe(false);
    expect(isProminent(undefined)).toBe(false);
  });
});

describe('claim score', () => {
  const page = (terms: PageTermCount[]) => new Map(terms.map((t) => [t.id, t]));

  it('weighs subject and object over the terms a claim only mentions', () => {
    const about = scoreClaim(claim('about', 'a', 'b'), page([{ id: 'a', count: 3 }]));
    const mentions = scoreClaim(claim('mentions', 'x', 'y', ['a']), page([{ id: 'a', count: 3 }]));
    expect(about.score).toBeGreaterThan(mentions.score);
    expect(about.central).toBe(true);
    expect(mentions.central).toBe(false);
  });

  it('gives a bonus when both subject and object are on the page', () => {
    const one = scoreClaim(claim('one', 'a', 'b'), page([{ id: 'a', count: 1 }]));
    const both = scoreClaim(
      claim('both', 'a', 'b'),
      page([
        { id: 'a', count: 1 },
        { id: 'b', count: 1 },
      ]),
    );
    expect(both.score).toBe(1.5 * 2 * one.score);
  });

  it('is not central when its subject and object are only passing mentions', () => {
    expect(scoreClaim(claim('c', 'a', 'b'), page([{ id: 'a', count: 2 }])).central).toBe(false);
  });
});

describe('ranking and folding', () => {
  const index = indexGlossary({
    terms: bundled.terms,
    claims: [claim('p1', 'acc', 'ltp'), claim('p2', 'amygdala', 'estrogen', ['acc', 'thalamus']), claim('p3', 'pag', 'rvm', ['acc'])],
    references: [],
  });

  it('lists central claims first, then the rest by score; only claims that link a page term', () => {
    const ranked = rankClaims(index, [
      { id: 'acc', count: 10, abstract: 1 },
      { id: 'thalamus', count: 4 },
    ]);
    expect(ranked.map((r) => [r.claim.id, r.central])).toEqual([
      ['p1', true],
      ['p2', false],
      ['p3', false],
    ]);
    expect(rankClaims(index, [{ id: 'insular-cortex', count: 5 }])).toEqual([]);
  });

  it('shows the central claims before "more", at most a few; with a filter the first few whatever they are', () => {
    const ranked = (flags: boolean[]) =>
      flags.map((central, i) => ({ claim: claim(`c${i}`, 'a', 'b'), score: 1, central })) as RankedClaim[];
    expect(shownBeforeMore(ranked([true, true, false]), 3)).toBe(2);
    expect(shownBeforeMore(ranked([true, true, true, true, true]), 3)).toBe(3);
    expect(shownBeforeMore(ranked([false, false]), 3)).toBe(0);
    expect(shownBeforeMore(ranked([false, false]), 3, true)).toBe(2);
    expect(shownBeforeMore([], 3)).toBe(0);
  });
});

describe('the direction chip', () => {
  it('names the subject and the object in the reading language', () => {
    const c = bundled.claims.find((x) => x.id === 'htr3-mediates-tonic-facilitation-rats')!;
    const t = (key: string, subs?: string | string[]) => `${key}[${([] as string[]).concat(subs ?? []).join('|')}]`;
    const chip = directionChip(c, glossary, 'ja', t);
    expect(chip.subject).toBe(glossary.terms.get(c.subject)!.name.ja);
    expect(chip.object).toBe(glossary.terms.get(c.object)!.name.ja);
    expect(chip.verb).toBe(`evidence_dir_${c.direction}[]`);
    expect(chip.explanation).toBe(`evidence_dir_explain_${c.direction}[${chip.subject}|${chip.object}]`);
  });
});

describe('on the saved smoking-cue paper (pmc-new-PMC2633119)', () => {
  let terms: PageTermCount[];
  let close: () => Promise<void>;
  let found: { termId: string; elements: HTMLElement[] }[];
  beforeAll(async () => {
    const { window, document, url } = loadPage('pmc-new-PMC2633119-2026.html');
    close = () => window.happyDOM.close();
    const adapter = pickAdapter(url)!;
    const annotator = new Annotator({
      terms: bundled.terms,
      inflected: bundledInflections,
      exclude: adapter.exclude,
      yieldToPage: () => Promise.resolve(),
    });
    await annotator.annotate(adapter.roots(document));
    found = [...annotator.found];
    const where = regionCounts(found);
    terms = [...annotator.counts()].filter(([id]) => glossary.terms.has(id)).map(([id, count]) => ({ id, count, ...where.get(id) }));
  });
  afterAll(() => close());

  it('finds where each occurrence is: title, abstract or body', () => {
    const pfc = terms.find((t) => t.id === 'prefrontal-cortex')!;
    expect(pfc.abstract).toBeGreaterThan(0);
    expect(pfc.count).toBeGreaterThan(pfc.abstract!);
    // Amygdala and thalamus are only passing mentions in the body.
    for (const id of ['amygdala', 'thalamus']) {
      const term = terms.find((t) => t.id === id)!;
      expect(term.title ?? 0, id).toBe(0);
      expect(term.abstract ?? 0, id).toBe(0);
    }
    const regions = new Set(found.map((o) => regionOf(o.elements[0])));
    expect(regions).toEqual(new Set(['abstract', 'body']));
  });

  it('shows the prefrontal-cortex claim first and keeps the estrogen/ovary-removal claim out of the first shown', () => {
    const ranked = rankClaims(glossary, terms);
    const shown = ranked.slice(0, shownBeforeMore(ranked, 3)).map((r) => r.claim.id);
    expect(shown[0]).toBe('endogenous-inhibition-needs-pfc-pag-rvm');
    expect(shown).not.toContain('ovariectomy-hyperalgesia-reversed-by-estrogen-rodents');
    expect(ranked.map((r) => r.claim.id)).toContain('ovariectomy-hyperalgesia-reversed-by-estrogen-rodents');
  });

  it('would have shown the estrogen claim first with the old order (terms linked, then frequency)', () => {
    // The order before ranking by centrality: most page terms linked first, then the most frequent term.
    const byOrder = [...terms].sort((a, b) => b.count - a.count).map((t) => t.id);
    const hits = (c: Claim) => c.terms.filter((id) => byOrder.includes(id)).length;
    const first = (c: Claim) => Math.min(...c.terms.map((id) => byOrder.indexOf(id)).filter((i) => i >= 0));
    const old = [...new Set(byOrder.flatMap((id) => glossary.claimsByTerm.get(id) ?? []))].sort(
      (a, b) => hits(b) - hits(a) || first(a) - first(b),
    );
    expect(old[0].id).toBe('ovariectomy-hyperalgesia-reversed-by-estrogen-rodents');
  });
});
