/**
 * Invariants of the curated content that the schema cannot express: the
 * caveats a patient must not miss, and links that must lead somewhere.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { referenceUrl } from '../../../lib/links';

const refs = new Map(bundled.references.map((r) => [r.id, r]));

describe('curated content', () => {
  it.each(bundled.claims.filter((c) => c.evidence === 'animal-model').map((c) => [c.id, c] as const))(
    'animal claim %s says it is from animals, in both languages',
    (_id, claim) => {
      expect(claim.statement.en).toMatch(/\b(mice|mouse|rats?|rodents?|animals?|murine)\b/i);
      expect(claim.statement.ja).toMatch(/マウス|ラット|動物|げっ歯|齧歯/);
    },
  );

  it('cites, first in every claim, a reference with a verified identifier that links out', () => {
    const bad = bundled.claims.filter((c) => !referenceUrl(refs.get(c.references[0])!)).map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('names related reviews that can be opened', () => {
    const bad = bundled.terms.filter((t) => (t.reviews ?? []).some((id) => !referenceUrl(refs.get(id)!))).map((t) => t.id);
    expect(bad).toEqual([]);
  });

  it('mentions the KCC2 switch only as a finding in mice', () => {
    const texts = [...bundled.claims.map((c) => c.statement), ...bundled.terms.flatMap((t) => [t.definition, t.plain])];
    for (const text of texts) {
      if (/KCC2/.test(text.en) && /switch|turn(ed)? .*into facilitation/i.test(text.en)) {
        expect(text.en, text.en).toMatch(/mice|mouse|rodent|animal/i);
      }
    }
  });
});
