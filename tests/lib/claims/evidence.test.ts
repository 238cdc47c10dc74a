/** The evidence scale: every kind the schema allows, once, in a fixed order, drawn as 1…4 steps. */
import { describe, expect, it } from 'vitest';
import { byEvidence, EVIDENCE_SCALE, EVIDENCE_STEPS, evidenceCounts, evidenceLevel } from '../../../lib/claims/evidence';
import { EVIDENCE } from '../../../lib/glossary/schema';
import { bundled } from '../../../lib/glossary/data';
import { evidenceChip, evidenceLegend, termEvidence } from '../../../lib/claims/view';

const t = (key: string, subs?: string | string[]) => `${key}(${([] as string[]).concat(subs ?? []).join(',')})`;

describe('the evidence scale', () => {
  it('holds every kind of the schema exactly once', () => {
    expect(EVIDENCE_SCALE.map((l) => l.kind).sort()).toEqual([...EVIDENCE].sort());
  });

  it('puts studies in patients first, then lab studies in people, animals, cells, and reviews of mechanisms last', () => {
    expect(EVIDENCE_SCALE.map((l) => l.kind)).toEqual(['human-clinical', 'human-experimental', 'animal-model', 'in-vitro', 'review']);
    expect(EVIDENCE_SCALE.map((l) => l.order)).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws each kind with 1…4 filled steps, never more for a weaker kind', () => {
    for (const level of EVIDENCE_SCALE) expect(level.steps).toBeGreaterThanOrEqual(1);
    expect(EVIDENCE_SCALE[0].steps).toBe(EVIDENCE_STEPS);
    for (let i = 1; i < EVIDENCE_SCALE.length; i++) expect(EVIDENCE_SCALE[i].steps).toBeLessThanOrEqual(EVIDENCE_SCALE[i - 1].steps);
    // People above animals above cells: the split a patient needs most.
    expect(evidenceLevel('human-experimental').steps).toBeGreaterThan(evidenceLevel('animal-model').steps);
    expect(evidenceLevel('animal-model').steps).toBeGreaterThan(evidenceLevel('in-vitro').steps);
  });

  it('covers every evidence value used in data/claims.json', () => {
    for (const claim of bundled.claims) expect(() => evidenceLevel(claim.evidence), claim.id).not.toThrow();
  });

  it('rejects an unknown kind', () => {
    expect(() => evidenceLevel('anecdote' as never)).toThrow(/unknown evidence kind/);
  });

  it('sorts strongest first and keeps the order of equal kinds', () => {
    const items = [
      { id: 'a', e: 'review' },
      { id: 'b', e: 'animal-model' },
      { id: 'c', e: 'human-clinical' },
      { id: 'd', e: 'animal-model' },
    ] as const;
    expect(byEvidence(items, (i) => i.e).map((i) => i.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('counts claims per kind, strongest first, leaving out kinds with none', () => {
    expect(evidenceCounts(['review', 'animal-model', 'review', 'human-clinical'])).toEqual([
      { kind: 'human-clinical', count: 1 },
      { kind: 'animal-model', count: 1 },
      { kind: 'review', count: 2 },
    ]);
    expect(evidenceCounts([])).toEqual([]);
  });
});

describe('the texts of the scale', () => {
  it('gives every chip its label, its level and its explanation from _locales keys prefixed evidence_', () => {
    expect(evidenceChip('animal-model', t)).toEqual({
      kind: 'animal-model',
      label: 'evidence_animal_model()',
      explanation: 'evidence_level(2,4) evidence_explain_animal_model()',
      steps: 2,
      total: 4,
    });
  });

  it('lists the legend in the order of the scale, with what a claim is', () => {
    const legend = evidenceLegend(t);
    expect(legend.claim).toBe('evidence_what_claim()');
    expect(legend.items.map((i) => i.kind)).toEqual(EVIDENCE_SCALE.map((l) => l.kind));
  });

  it("sums a term's claims by kind for the tooltip", () => {
    const summary = termEvidence(['animal-model', 'human-clinical', 'animal-model'], t);
    expect(summary.heading).toBe('evidence_term_heading(3)');
    expect(summary.counts.map((c) => [c.evidence.kind, c.count.text, c.count.label])).toEqual([
      ['human-clinical', '×1', 'evidence_count(1)'],
      ['animal-model', '×2', 'evidence_count(2)'],
    ]);
  });
});
