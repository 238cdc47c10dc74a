import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../lib/match/matcher';
import { normalize } from '../../../lib/match/normalize';
import { readArticle } from '../../../lib/match/pipeline';
import type { Term } from '../../../lib/glossary/schema';
import { inflect } from '../../../scripts/inflect.mjs';

const term = (id: string, variants: string[], abbreviations: Term['abbreviations'] = [], cues?: string[]): Term => ({
  id,
  category: 'mechanism',
  name: { en: id, ja: id },
  variants,
  abbreviations,
  cues,
  definition: { en: 'd', ja: 'd' },
  plain: { en: 'p', ja: 'p' },
  related: [],
  references: [],
});

const terms = [
  term(
    'htr3',
    ['5-HT3 receptor', 'serotonin type 3 receptor'],
    [{ text: '5-HT3' }, { text: '5HT3' }, { text: '5-HT(3)' }, { text: '5-HT3R' }],
  ),
  term('serotonin', ['serotonin', '5-hydroxytryptamine'], [{ text: '5-HT' }]),
  term('kcc2', ['K-Cl cotransporter 2'], [{ text: 'KCC2' }]),
  term('dnic', ['diffuse noxious inhibitory controls'], [{ text: 'DNIC' }]),
  term('descending-facilitation', ['descending facilitation']),
  term('nucleus-raphe-magnus', ['nucleus raphe magnus']),
  term('snri', ['serotonin-norepinephrine reuptake inhibitor'], [{ text: 'SNRI' }]),
  term('acc', ['anterior cingulate cortex'], [{ text: 'ACC', ambiguous: true }], ['cingulate', 'pain']),
];
// Inflected forms as the build generates them (scripts/inflect.mjs, compromise).
const matcher = new Matcher(terms, (t) => t.variants.flatMap(inflect));
/** Returns [matched text, term ids] for each match in the normalised text. */
const found = (raw: string) => {
  const { text } = normalize(raw);
  return matcher.find(text).map((m) => [text.slice(m.start, m.end), m.form.termIds.join('|')]);
};

describe('normalisation', () => {
  it('folds subscripts, superscripts, Unicode dashes and spaces, and drops zero-width characters', () => {
    expect(normalize('5\u2010HT\u2083 and 5-HT\u00b3, a\u00a0\u200a b, x\u200by, soft\u00adhyphen, \u22121').text).toBe(
      '5-HT3 and 5-HT3, a b, xy, softhyphen, -1',
    );
  });
  it('leaves plain text as it is, with an identity map that stays right when later texts are longer', () => {
    const short = normalize('KCC2 and DNIC');
    expect(short.text).toBe('KCC2 and DNIC');
    expect([...short.map]).toEqual([...Array(14).keys()]);
    const long = normalize('x'.repeat(5000));
    expect(long.map[4999]).toBe(4999);
    expect(long.map.length).toBe(5001);
    expect([...short.map]).toEqual([...Array(14).keys()]);
    // Two spaces are not plain: folded to one, with the map skipping the second.
    expect([...normalize('a  b').map]).toEqual([0, 1, 3, 4]);
  });
  it('maps every output character back to its input offset', () => {
    const input = 'a\u200b  b\u2083';
    const { text, map } = normalize(input);
    expect(text).toBe('a b3');
    expect([...map]).toEqual([0, 2, 4, 5, 6]);
  });
  it('leaves citation markers out, with a space only where one stood between two word characters', () => {
    // "thalamus10 and x1,2y": markers at [8, 10) and [16, 19).
    const { text, map } = normalize('thalamus10 and x1,2y', [8, 10, 16, 19]);
    expect(text).toBe('thalamus and x y');
    expect(map[8]).toBe(10);
    expect(map[13]).toBe(15);
    expect(map[14]).toBe(16);
    expect(map[15]).toBe(19);
    expect(normalize('pain 3 , x', [5, 6]).text).toBe('pain , x');
    expect(normalize('KCC2', []).text).toBe('KCC2');
  });
  it('folds the micro sign to Greek mu, and drops the BOM', () => {
    expect(normalize('\u00b5-opioid\ufeff receptor').text).toBe('\u03bc-opioid receptor');
  });
});

describe('matcher rules', () => {
  it('matches the Unicode and subscript forms of 5-HT3 as 5-HT3', () => {
    expect(found('5-HT₃ and 5‐HT3 and 5HT3 and 5-HT(3)')).toEqual([
      ['5-HT3', 'htr3'],
      ['5-HT3', 'htr3'],
      ['5HT3', 'htr3'],
      ['5-HT(3)', 'htr3'],
    ]);
  });
  it('does not match inside a longer word: KCC2a, xKCC2, 5-HT3A', () => {
    expect(found('KCC2a xKCC2 5-HT3A KCC2')).toEqual([['KCC2', 'kcc2']]);
  });
  it('treats punctuation as a boundary: 5-HT3-mediated, (KCC2), KCC2/NKCC1', () => {
    expect(found('5-HT3-mediated (KCC2) KCC2/x')).toEqual([
      ['5-HT3', 'htr3'],
      ['KCC2', 'kcc2'],
      ['KCC2', 'kcc2'],
    ]);
  });
  it('lets the longest match win at the same start', () => {
    expect(found('spinal 5-HT3 receptors and 5-HT levels')).toEqual([
      ['5-HT3 receptors', 'htr3'],
      ['5-HT', 'serotonin'],
    ]);
  });
  it('lets the leftmost match win over a later overlapping one', () => {
    expect(found('serotonin-norepinephrine reuptake inhibitors')).toEqual([['serotonin-norepinephrine reuptake inhibitors', 'snri']]);
  });
  it('matches full names case-insensitively and abbreviations case-sensitively', () => {
    expect(found('Descending Facilitation; DESCENDING FACILITATION; dnic; Dnic; DNIC')).toEqual([
      ['Descending Facilitation', 'descending-facilitation'],
      ['DESCENDING FACILITATION', 'descending-facilitation'],
      ['DNIC', 'dnic'],
    ]);
  });
  it('matches generated plurals of full names and abbreviations', () => {
    expect(found('SNRIs act; serotonin type 3 receptors; 5-HT3Rs')).toEqual([
      ['SNRIs', 'snri'],
      ['serotonin type 3 receptors', 'htr3'],
      ['5-HT3Rs', 'htr3'],
    ]);
  });
  it('matches across collapsed whitespace and newlines', () => {
    expect(found('descending\n      facilitation')).toEqual([['descending facilitation', 'descending-facilitation']]);
  });
});

describe('ambiguous abbreviations', () => {
  /** The glossary term of each mention the reading pipeline decides (undefined: the paper's own abbreviation). */
  const resolve = (article: string) => readArticle([normalize(article).text], matcher).mentions[0].map((m) => m.termId);
  it('annotates ACC when the article uses its full name or a cue', () => {
    expect(resolve('The anterior cingulate cortex (ACC) … the ACC.')).toEqual(['acc', 'acc', 'acc']);
    expect(resolve('Chronic pain changes the ACC.')).toEqual(['acc']);
  });
  it('leaves ACC unannotated without evidence of our sense', () => {
    expect(resolve('Acetyl-CoA carboxylase (ACC) activity rose.')).toEqual([undefined]);
  });
});
