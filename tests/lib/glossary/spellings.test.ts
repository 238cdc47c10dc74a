/**
 * Spellings papers use that the glossary does not write out: Greek letters
 * spelled out or with a separated subtype number, and subtype numbers
 * spaced from their family's stem; generated from the glossary's own forms
 * (lib/glossary/spellings.ts), found by the matcher, never another term's.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { stemsOf } from '../../../lib/glossary/forms';
import { matchData } from '../../../lib/glossary/match-data';
import { greekSpellings, spacedSubtypes, spellingsOf } from '../../../lib/glossary/spellings';
import { Matcher } from '../../../lib/match/matcher';
import { normalize } from '../../../lib/match/normalize';

const matcher = new Matcher(matchData);
/** [matched text, term ids] in the normalised text. */
const found = (raw: string) => {
  const { text } = normalize(raw);
  return matcher.find(text).map((m) => [text.slice(m.start, m.end), m.form.termIds.join('|')]);
};

describe('Greek letters', () => {
  it('writes a letter with a subtype number every way PubMed and journals do', () => {
    expect(greekSpellings('α2-adrenoceptor')).toEqual(
      expect.arrayContaining([
        'α2-adrenoceptor',
        'α-2-adrenoceptor',
        'α(2)-adrenoceptor',
        'alpha2-adrenoceptor',
        'alpha-2-adrenoceptor',
        'alpha 2-adrenoceptor',
        'alpha(2)-adrenoceptor',
      ]),
    );
    expect(greekSpellings('alpha-2 adrenergic receptor')).toContain('α2 adrenergic receptor');
  });

  it('glues or hyphenates a letter after a capital or digit, and spaces it when spelled out', () => {
    expect(greekSpellings('Aδ fibre').sort()).toEqual(['A delta fibre', 'A-delta fibre', 'A-δ fibre', 'Adelta fibre', 'Aδ fibre']);
    expect(greekSpellings('IL-1β')).toEqual(expect.arrayContaining(['IL-1beta', 'IL-1 beta', 'IL-1-β']));
    expect(greekSpellings('17β-estradiol')).toEqual(expect.arrayContaining(['17beta-estradiol', '17-beta-estradiol']));
  });

  it('after a word, keeps the letter a word of its own', () => {
    expect(greekSpellings('estrogen receptor α').sort()).toEqual([
      'estrogen receptor alpha',
      'estrogen receptor α',
      'estrogen receptor-alpha',
      'estrogen receptor-α',
    ]);
  });

  it('covers alpha, beta, gamma, delta, kappa and mu', () => {
    for (const [symbol, name] of [
      ['α', 'alpha'],
      ['β', 'beta'],
      ['γ', 'gamma'],
      ['δ', 'delta'],
      ['κ', 'kappa'],
      ['μ', 'mu'],
    ]) {
      expect(greekSpellings(`${symbol}2 receptor`)).toEqual(
        expect.arrayContaining([
          `${name}2 receptor`,
          `${name}-2 receptor`,
          `${name} 2 receptor`,
          `${name}(2) receptor`,
          `${symbol}-2 receptor`,
          `${symbol}(2) receptor`,
        ]),
      );
      expect(greekSpellings(`${name}-opioid receptor`)).toContain(`${symbol}-opioid receptor`);
    }
  });

  it('leaves words that merely contain a letter name alone', () => {
    for (const word of ['alphabet soup', 'immune cells', 'Alzheimer', 'betaine', 'kappaphycus', 'deltoid'])
      expect(greekSpellings(word)).toEqual([word]);
  });
});

describe('subtype numbers', () => {
  it('finds the stems of subtype families in the glossary: 5-HT and 5HT', () => {
    expect(stemsOf(bundled.terms).sort()).toEqual(['5-HT', '5HT']);
  });

  it('spaces a subtype from its stem, and nothing else', () => {
    expect(spacedSubtypes('5-HT3 receptor', ['5-HT'])).toEqual(['5-HT 3 receptor']);
    expect(spacedSubtypes('5-HT1B/1D agonist', ['5-HT'])).toEqual(['5-HT 1B/1D agonist']);
    expect(spacedSubtypes('5-HT transporter', ['5-HT'])).toEqual([]);
    expect(spacedSubtypes('5-HT1AR', ['5-HT'])).toEqual([]);
    expect(spacedSubtypes('KCC2', ['5-HT'])).toEqual([]);
    expect(spellingsOf('5-HT3', ['5-HT'])).toEqual(['5-HT3', '5-HT 3']);
  });
});

describe('the matcher finds the spellings real papers use', () => {
  it('alpha(2)-adrenoceptors and alpha 2-adrenoceptor, like α₂-adrenoceptor and alpha-2 adrenergic receptors', () => {
    expect(found('alpha(2)-adrenoceptors, alpha 2-adrenoceptor, α₂-adrenoceptor, alpha-2 adrenergic receptors, α-2 adrenoceptors')).toEqual(
      [
        ['alpha(2)-adrenoceptors', 'alpha2-adrenoceptor'],
        ['alpha 2-adrenoceptor', 'alpha2-adrenoceptor'],
        ['α2-adrenoceptor', 'alpha2-adrenoceptor'],
        ['alpha-2 adrenergic receptors', 'alpha2-adrenoceptor'],
        ['α-2 adrenoceptors', 'alpha2-adrenoceptor'],
      ],
    );
  });

  it('beta, delta, mu: IL-1 beta, A delta fibres, mu opioid receptors, the micro sign', () => {
    expect(found('IL-1 beta, A delta fibres, Adelta fibers, mu opioid receptors, µ-opioid receptor, 17-beta-estradiol')).toEqual([
      ['IL-1 beta', 'proinflammatory-cytokines'],
      ['A delta fibres', 'a-delta-fibre'],
      ['Adelta fibers', 'a-delta-fibre'],
      ['mu opioid receptors', 'mu-opioid-receptor'],
      ['μ-opioid receptor', 'mu-opioid-receptor'],
      ['17-beta-estradiol', 'estrogen'],
    ]);
  });

  it('a spaced subtype names the subtype: the 5-HT 1B/1D, 5-HT 2A and 5-HT 3 receptors', () => {
    expect(found('the 5-HT 1B/1D receptor')).toEqual([
      ['5-HT 1B', 'htr1b'],
      ['1D', 'htr1d'],
    ]);
    expect(found('the 5-HT 2A receptor and the 5-HT 3 receptor')).toEqual([
      ['5-HT 2A receptor', 'htr2a'],
      ['5-HT 3 receptor', 'htr3'],
    ]);
  });

  it('the second subtype after a slash is its own match: 5-HT1B/1D, 5-HT2A/2C, 5-HT1A/1B/1D', () => {
    expect(found('5-HT1B/1D receptors and 5-HT2A/2C receptors')).toEqual([
      ['5-HT1B', 'htr1b'],
      ['1D', 'htr1d'],
      ['5-HT2A', 'htr2a'],
      ['2C', 'htr2c'],
    ]);
    expect(found('5-HT1A/1B/1D')).toEqual([
      ['5-HT1A', 'htr1a'],
      ['1B', 'htr1b'],
      ['1D', 'htr1d'],
    ]);
  });

  it('names no subtype the glossary lacks, and no other kind of slash: 5-HT3/4, 5-HT 4, KCC2/3, 5-HT2A/B, serotonin/noradrenaline', () => {
    expect(found('5-HT3/4 and 5-HT 4 and KCC2/3 and 5-HT1B/2 and 5-HT2A/12C')).toEqual([
      ['5-HT3', 'htr3'],
      ['5-HT', 'serotonin'],
      ['KCC2', 'kcc2'],
      ['5-HT1B', 'htr1b'],
      ['5-HT2A', 'htr2a'],
    ]);
    expect(found('5-HT1B/D agonists')).toEqual([['5-HT1B/D agonists', 'triptans']]);
  });
});
