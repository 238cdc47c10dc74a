import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileTerms, fromFile, namesOfCompiled, REF_AMBIGUOUS, REF_NAME, toFile } from '../../../lib/match/compiled';
import { Matcher } from '../../../lib/match/matcher';
import { matchData } from '../../../lib/glossary/match-data';
import { bundled } from '../../../lib/glossary/data';
import { bundledInflections } from '../../../lib/glossary/inflections';
import { lowerSameLength, normalize } from '../../../lib/match/normalize';
import type { MatchTerm } from '../../../lib/glossary/schema';

const term = (id: string, variants: string[], abbreviations: MatchTerm['abbreviations'] = []): MatchTerm & { category: 'mechanism' } => ({
  id,
  category: 'mechanism',
  variants,
  abbreviations,
});

describe('compiled match data', () => {
  it('sorts forms by their lower-cased text and marks ambiguity and own names per term', () => {
    const data = compileTerms(
      [
        term('acc', ['anterior cingulate cortex'], [{ text: 'ACC', ambiguous: true }]),
        term('acc2', ['acetyl-CoA carboxylase'], [{ text: 'ACC', ambiguous: true }]),
        term('zeta', ['Zeta'], [{ text: 'Z1' }]),
      ],
      (t) => (t.id === 'zeta' ? ['zetas'] : []),
    );
    const lowered = data.forms.map(([text]) => lowerSameLength(text));
    expect(lowered).toEqual([...lowered].sort());
    const acc = data.forms.find(([text]) => text === 'ACC')!;
    expect(acc.slice(2)).toEqual([0 * 4 + REF_AMBIGUOUS + REF_NAME, 1 * 4 + REF_AMBIGUOUS + REF_NAME]);
    const zetas = data.forms.find(([text]) => text === 'zetas')!;
    expect((zetas[2] as number) & REF_NAME).toBe(0); // a generated inflection is not a name
    expect(namesOfCompiled(data).get('zeta')).toEqual(['Z1', 'Z1s', 'Zeta'].filter((n) => n !== 'Z1s'));
    expect(fromFile(toFile(data))).toEqual(data);
  });

  it('is what the content script carries: the bundled glossary compiled, every term and form', () => {
    const fresh = compileTerms(bundled.terms, bundledInflections);
    // Term order may differ (data files vs the bundle): compare refs by term id.
    const readable = (data: typeof fresh) =>
      data.forms.map(([text, cs, ...refs]) => [text, cs, ...(refs as number[]).map((r) => `${data.terms[r >> 2].id}:${r & 3}`)]);
    expect(readable(matchData)).toEqual(readable(fresh));
    expect(matchData.terms.map((t) => t.id).sort()).toEqual(bundled.terms.map((t) => t.id).sort());
  });

  it('matching only some terms of compiled data equals compiling those terms alone (property)', () => {
    const words = ['pain', 'descending', 'inhibition', 'ACC', 'PAG', '5-HT3', 'KCC2', 'cortex'];
    const termArb = fc.record({
      variants: fc.uniqueArray(fc.constantFrom(...words.filter((w) => w === w.toLowerCase()), 'descending inhibition', 'pain relief'), {
        minLength: 1,
        maxLength: 3,
      }),
      abbreviations: fc.uniqueArray(fc.record({ text: fc.constantFrom('ACC', 'PAG', '5-HT3', 'KCC2'), ambiguous: fc.boolean() }), {
        maxLength: 2,
        selector: (a) => a.text,
      }),
      on: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(termArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...words, 'descending inhibition', 'pain relief', 'ACCs'), { maxLength: 12 }),
        (specs, textWords) => {
          const terms = specs.map((s, i) => term(`t${i}`, s.variants, s.abbreviations));
          const enabled = new Set(terms.filter((_, i) => specs[i].on).map((t) => t.id));
          const partial = new Matcher(compileTerms(terms), undefined, (t) => enabled.has(t.id));
          const alone = new Matcher(terms.filter((t) => enabled.has(t.id)));
          const text = normalize(textWords.join(' ')).text;
          const simplify = (m: Matcher) => m.find(text).map((x) => [x.start, x.end, x.form.termIds.join('|'), x.form.ambiguous]);
          expect(simplify(partial)).toEqual(simplify(alone));
          expect([...partial.ambiguousTermIds()].sort()).toEqual([...alone.ambiguousTermIds()].sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('builds the same matcher in steps as at once, yielding as it goes on a large glossary', () => {
    const terms = Array.from({ length: 6000 }, (_, i) =>
      term(`t${i}`, [`velor${i.toString(36)}in`, `dorsal kinase ${i}`], [{ text: `VK${i}` }]),
    );
    const data = compileTerms(terms);
    const steps = Matcher.build(data, undefined, (t) => t.id !== 't5');
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    const stepwise = step.value;
    const atOnce = new Matcher(data, undefined, (t) => t.id !== 't5');
    expect(yields).toBeGreaterThan(2);
    const text = normalize('velor5in and velor6in; dorsal kinase 42 and VK7, VK5 and VK77s').text;
    const simplify = (m: Matcher) => m.find(text).map((x) => [x.start, x.end, x.form.termIds.join('|')]);
    expect(simplify(stepwise)).toEqual(simplify(atOnce));
    expect(simplify(stepwise).map(([, , id]) => id)).toEqual(['t6', 't42', 't7', 't77']);
    expect(stepwise.states).toBe(atOnce.states);
  });
});
