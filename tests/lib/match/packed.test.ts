import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileTerms } from '../../../lib/match/compiled';
import { Matcher } from '../../../lib/match/matcher';
import { FORM_CASE, FORM_WORD_END, pack, PackedMatchData } from '../../../lib/match/packed';
import { matchData } from '../../../lib/glossary/match-data';
import { normalize } from '../../../lib/match/normalize';
import { namesOfCompiled } from '../../../lib/match/compiled';
import type { MatchTerm } from '../../../lib/glossary/schema';
import type { Category } from '../../../lib/glossary/categories';

const term = (id: string, variants: string[], abbreviations: MatchTerm['abbreviations'] = [], category?: Category, cues?: string[]) => ({
  id,
  variants,
  abbreviations,
  ...(category ? { category } : {}),
  ...(cues ? { cues } : {}),
});

/** The packed bytes in a buffer of their own, as fetch gives them. */
function fetched(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

const TEXT = normalize(
  'Descending inhibition from the RVM and PAG; 5-HT3 receptors and 5-HT₃ antagonists; KCC2 and KCC2a; the ACC (anterior cingulate cortex) ' +
    'and acetyl-CoA carboxylase; DNIC, CPM, conditioned pain modulation; serotonin, noradrenaline and NE; SNRIs and duloxetine.',
).text;

describe('packed match data (match.bin)', () => {
  it('holds every form and term of the bundled glossary, read in place: the same matches, forms and names as the compiled data', () => {
    const packed = new PackedMatchData(fetched(pack(matchData)));
    expect(packed.forms).toBe(matchData.forms.length);
    expect(packed.terms).toBe(matchData.terms.length);
    matchData.forms.forEach(([text, cs, ...refs], p) => {
      expect(packed.text(p)).toBe(text);
      expect((packed.flags[p] & FORM_CASE) !== 0).toBe(cs === 1);
      expect([...packed.refs(p)]).toEqual(refs);
    });
    for (const [i, t] of matchData.terms.entries()) expect(packed.term(i)).toEqual(t);
    const fromPacked = new Matcher(packed);
    const fromCompiled = new Matcher(matchData);
    const simplify = (m: Matcher) => m.find(TEXT).map((x) => [x.start, x.end, x.form]);
    expect(simplify(fromPacked)).toEqual(simplify(fromCompiled));
    expect(fromPacked.find(TEXT).length).toBeGreaterThan(10);
    const names = namesOfCompiled(matchData);
    for (const [id, list] of names) expect(fromPacked.namesOf(id)).toEqual(list);
    expect(fromPacked.states).toBe(fromCompiled.states);
  });

  it('marks forms that end with a letter or digit, and lists the forms shared by terms or ambiguous', () => {
    const data = compileTerms([
      term('acc', ['anterior cingulate cortex'], [{ text: 'ACC', ambiguous: true }], 'anatomy'),
      term('acc2', ['acetyl-CoA carboxylase'], [{ text: 'ACC', ambiguous: true }], 'molecule'),
      term('cl', ['chloride'], [{ text: 'Cl-' }], 'molecule', ['anion']),
    ]);
    const packed = new PackedMatchData(fetched(pack(data)));
    const index = (text: string) => data.forms.findIndex(([t]) => t === text);
    expect(packed.flags[index('Cl-')] & FORM_WORD_END).toBe(0);
    expect(packed.flags[index('ACC')] & FORM_WORD_END).toBe(FORM_WORD_END);
    // ACC and its plural ACCs (an abbreviation's generated form) mean either term.
    expect([...packed.shared].map((p) => data.forms[p][0])).toEqual(['ACC', 'ACCs']);
    expect(packed.cues.get(2)).toEqual(['anion']);
    expect(packed.category(1)).toBe('molecule');
  });

  it('rejects bytes that are not match data of this version', () => {
    expect(() => new PackedMatchData(new ArrayBuffer(64))).toThrow(/not a Glossa match file/);
    const bytes = pack(matchData);
    expect(() => new PackedMatchData(fetched(bytes.subarray(0, 1000)))).toThrow(/bytes/);
  });

  it('matching only the terms of some categories equals compiling those terms alone (property)', () => {
    const categories: Category[] = ['anatomy', 'molecule', 'mechanism'];
    const words = ['pain', 'descending', 'ACC', 'PAG', 'KCC2', 'cortex'];
    const termArb = fc.record({
      variants: fc.uniqueArray(fc.constantFrom('pain', 'descending', 'cortex', 'descending inhibition'), { minLength: 1, maxLength: 2 }),
      abbreviations: fc.uniqueArray(fc.record({ text: fc.constantFrom('ACC', 'PAG', 'KCC2'), ambiguous: fc.boolean() }), {
        maxLength: 2,
        selector: (a) => a.text,
      }),
      category: fc.option(fc.constantFrom(...categories), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(termArb, { minLength: 1, maxLength: 6 }),
        fc.subarray(categories),
        fc.array(fc.constantFrom(...words, 'descending inhibition', 'ACCs'), { maxLength: 12 }),
        (specs, chosen, textWords) => {
          const terms = specs.map((s, i) => term(`t${i}`, s.variants, s.abbreviations, s.category));
          const on = new Set<Category>(chosen);
          const packed = new PackedMatchData(fetched(pack(compileTerms(terms))));
          const partial = new Matcher(packed, undefined, { categories: on });
          const alone = new Matcher(terms.filter((t) => !t.category || on.has(t.category)));
          const text = normalize(textWords.join(' ')).text;
          const simplify = (m: Matcher) => m.find(text).map((x) => [x.start, x.end, x.form.termIds.join('|'), x.form.ambiguous]);
          expect(simplify(partial)).toEqual(simplify(alone));
          expect([...partial.ambiguousTermIds()].sort()).toEqual([...alone.ambiguousTermIds()].sort());
          expect(partial.forms.map((f) => f.text)).toEqual(alone.forms.map((f) => f.text));
        },
      ),
      { numRuns: 150 },
    );
  });
});
