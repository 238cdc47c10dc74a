import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { normalizeForm } from '../../../lib/glossary/forms';
import { indexGlossary } from '../../../lib/glossary/index';
import { termCard } from '../../../lib/glossary/cards';
import { matchData } from '../../../lib/glossary/match-data';

const glossary = indexGlossary(bundled);

describe('term cards and match data', () => {
  it('builds a card with related names, claim count and an openable review', () => {
    const card = termCard(glossary, 'htr3')!;
    expect(card.name.en).toMatch(/5-HT3/);
    expect(card.claimCount).toBe(bundled.claims.filter((c) => c.terms.includes('htr3')).length);
    expect(card.claimCount).toBeGreaterThan(0);
    expect(card.related.every((r) => glossary.terms.has(r.id) && r.name.ja)).toBe(true);
    expect(card.review?.url).toMatch(
      /^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC\d+\/|pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/|doi\.org\/10\.)/,
    );
    expect(termCard(glossary, 'no-such-term')).toBeUndefined();
  });

  it('carries every term into the content script match data, without definitions', () => {
    expect(matchData.terms.map((t) => t.id).sort()).toEqual(bundled.terms.map((t) => t.id).sort());
    // Every variant and abbreviation of every term is one of its compiled forms.
    const formsOf = new Map<string, Set<string>>();
    for (const [text, , ...refs] of matchData.forms) {
      for (const ref of refs as number[]) {
        const id = matchData.terms[ref >> 2].id;
        if (!formsOf.has(id)) formsOf.set(id, new Set());
        formsOf.get(id)!.add(text);
      }
    }
    for (const t of bundled.terms) {
      for (const name of [...t.variants, ...t.abbreviations.map((a) => a.text)]) expect(formsOf.get(t.id)).toContain(normalizeForm(name));
    }
    expect(JSON.stringify(matchData)).not.toContain(bundled.terms[0].definition.en);
  });
});
