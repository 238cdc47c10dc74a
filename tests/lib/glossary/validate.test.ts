import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { validateGlossary, validateRivalSenses } from '../../../lib/glossary/validate';
import rivalSenses from '../../../data/rival-senses.json';
import type { Term } from '../../../lib/glossary/schema';
import generated from '../../../data/generated/forms.json';

/** The project's checked literature records (data/literature/README.md), with their verified fields. */
const checked = new URL('../../../data/literature/references.json', import.meta.url);
const checkedRefs: Array<Record<string, unknown> & { id: string; verified_fields: string[] }> = JSON.parse(readFileSync(checked, 'utf8'));
const verified = new Map(checkedRefs.map((r) => [r.id, new Set(r.verified_fields)]));

const validTerm = () => ({
  id: 'kcc2',
  category: 'molecule',
  name: { en: 'KCC2', ja: 'KCC2' },
  variants: ['K-Cl cotransporter 2'],
  abbreviations: [{ text: 'KCC2' }],
  definition: { en: 'A chloride exporter.', ja: '塩化物イオンの排出輸送体。' },
  plain: { en: 'Keeps chloride low.', ja: '塩化物を低く保ちます。' },
  related: [],
  references: [],
});

describe('bundled glossary data', () => {
  it('has no problems (schema, links, languages, verified identifiers)', () => {
    const problems = validateGlossary(bundled, { verified, inflected: generated });
    expect(problems.map((p) => `${p.entry}: ${p.message}`)).toEqual([]);
  });

  it('seeds enough terms and claims for the foundation', () => {
    expect(bundled.terms.length).toBeGreaterThanOrEqual(30);
    expect(bundled.claims.length).toBeGreaterThanOrEqual(10);
  });

  it('copies every reference faithfully from the checked literature records, verified fields only', () => {
    for (const ref of bundled.references) {
      const source = checkedRefs.find((r) => r.id === ref.id);
      expect(source, ref.id).toBeDefined();
      for (const [field, value] of Object.entries(ref)) {
        if (field === 'id' || field === 'kind') continue;
        expect(source!.verified_fields, `${ref.id}.${field}`).toContain(field);
        expect(String(value), `${ref.id}.${field}`).toBe(String(source![field]));
      }
    }
  });
});

describe('validateGlossary names the entry and the problem', () => {
  const check = (mutate: (data: { terms: any[]; claims: any[]; references: any[] }) => void) => {
    const data = { terms: [validTerm()], claims: [] as any[], references: [] as any[] };
    mutate(data);
    return validateGlossary(data, { verified }).map((p) => `${p.entry}: ${p.message}`);
  };

  it('accepts a valid entry', () => {
    expect(check(() => {})).toEqual([]);
  });
  it('rejects a missing language', () => {
    const [problem] = check((d) => delete d.terms[0].plain.ja);
    expect(problem).toMatch(/^term:kcc2: plain\.ja/);
  });
  it('rejects a dangling related id', () => {
    expect(check((d) => d.terms[0].related.push('nope'))).toEqual(['term:kcc2: dangling term id "nope" in related']);
  });
  it('rejects a dangling reference in a claim', () => {
    const problems = check((d) =>
      d.claims.push({
        id: 'c1',
        statement: { en: 'x', ja: 'x' },
        terms: ['kcc2'],
        subject: 'kcc2',
        object: 'kcc2',
        relation: 'is',
        direction: 'associated',
        evidence: 'review',
        references: ['ghost'],
      }),
    );
    expect(problems).toEqual(['claim:c1: dangling reference id "ghost"']);
  });
  it('rejects an identifier that is not verified', () => {
    // ossipov2014-descending: its PMID is secondary-only in the checked literature records.
    const problems = check((d) => d.references.push({ id: 'ossipov2014-descending', title: 'x', pmid: '24752199', kind: 'review' }));
    expect(problems).toEqual(['reference:ossipov2014-descending: pmid 24752199 is not a verified field']);
  });
  it('rejects a form shared by two terms unless both are ambiguous', () => {
    const other = { ...validTerm(), id: 'other', variants: [], abbreviations: [{ text: 'KCC2' }] };
    expect(check((d) => d.terms.push(other))[0]).toMatch(/term:other: form "KCC2" is also a form of term:kcc2/);
  });
  it('rejects an ambiguous abbreviation without cues', () => {
    expect(check((d) => (d.terms[0].abbreviations[0].ambiguous = true))).toEqual([
      'term:kcc2: ambiguous abbreviation without context cues',
    ]);
  });
  it('rejects a related review that has no identifier to open', () => {
    const problems = check((d) => {
      d.references.push({ id: 'lebars1979-dnic-1', title: 'x', kind: 'primary' });
      d.terms[0].reviews = ['lebars1979-dnic-1'];
    });
    expect(problems).toEqual(['term:kcc2: review "lebars1979-dnic-1" has no verified PMID, PMCID or DOI to open']);
  });
  it('rejects an unknown field', () => {
    expect(check((d) => (d.terms[0].colour = 'red'))[0]).toMatch(/^term:kcc2: /);
  });
});

describe('the rival-sense table (data/rival-senses.json)', () => {
  it('has no problems: every abbreviation is an ambiguous one of ours, no cue speaks for our sense', () => {
    expect(validateRivalSenses(rivalSenses, bundled.terms).map((p) => `${p.entry}: ${p.message}`)).toEqual([]);
  });

  const acc = {
    ...validTerm(),
    id: 'acc',
    variants: ['anterior cingulate cortex'],
    abbreviations: [{ text: 'ACC', ambiguous: true }],
    cues: ['cingulate'],
  } as Term;
  const check = (raws: unknown[]) => validateRivalSenses(raws, [acc, validTerm() as Term]).map((p) => `${p.entry}: ${p.message}`);
  const rival = (cues: string[], abbreviation = 'ACC') => ({ abbreviation, senses: 'acetyl-CoA carboxylase', cues });

  it('accepts a valid entry', () => {
    expect(check([rival(['carboxylase', 'AMPK'])])).toEqual([]);
  });
  it('names the entry and the problem', () => {
    expect(check([rival([])])).toEqual(['rival:ACC: cues: needs at least one cue']);
    expect(check([{ abbreviation: 'ACC', cues: ['x'] }])[0]).toMatch(/^rival:ACC: senses/);
    expect(check([rival(['x']), rival(['y'])])).toEqual(['rival:ACC: duplicate abbreviation']);
    expect(check([rival(['x'], 'XYZ')])).toEqual(['rival:XYZ: "XYZ" is no abbreviation of a term']);
    expect(check([rival(['x'], 'KCC2')])).toEqual(['rival:KCC2: "KCC2" is not marked ambiguous in term:kcc2']);
    expect(check([rival(['gel', 'gel'])])).toEqual(['rival:ACC: cue "gel" is listed twice']);
    expect(check([rival(['Cingulate'])])).toEqual(['rival:ACC: cue "Cingulate" is also a cue or name of term:acc']);
    expect(check([rival(['anterior cingulate cortex'])])).toEqual([
      'rival:ACC: cue "anterior cingulate cortex" is also a cue or name of term:acc',
    ]);
  });
});
