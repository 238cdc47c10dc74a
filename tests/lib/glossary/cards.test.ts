import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { indexGlossary } from '../../../lib/glossary/index';
import { termCard } from '../../../lib/glossary/cards';
import { matchTerms } from '../../../lib/glossary/match-data';

const glossary = indexGlossary(bundled);

describe('term cards and match data', () => {
  it('builds a card with related names, claim count and an openable review', () => {
    const card = termCard(glossary, 'htr3')!;
    expect(card.name.en).toMatch(/5-HT3/);
    expect(card.claimCount).toBe(bundled.claims.filter((c) => c.terms.includes('htr3')).length);
    expect(card.claimCount).toBeGreaterThan(0);
    expect(card.related.every((r) => glossary.terms.has(r.id) && r.name.ja)).toBe(true);
    expect(card.review?.url).toMatch(/^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC\d+\/|pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/|doi\.org\/10\.)/);
    expect(termCard(glossary, 'no-such-term')).toBeUndefined();
  });

  it('carries every term into the content script match data, without definitions', () => {
    expect(matchTerms.map((t) => t.id).sort()).toEqual(bundled.terms.map((t) => t.id).sort());
    for (const t of matchTerms) expect(Object.keys(t).sort()).toEqual(expect.arrayContaining(['abbreviations', 'id', 'variants']));
    expect(JSON.stringify(matchTerms)).not.toContain(bundled.terms[0].definition.en);
  });
});
