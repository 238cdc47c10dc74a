import { describe, expect, it } from 'vitest';
import { bestLongFormStart, findAbbreviations, isValidShortForm, type AbbreviationPair } from '../../../lib/abbrev/schwartz-hearst';
import { splitSentences } from '../../../lib/abbrev/sentences';

const pairs = (text: string) => findAbbreviations(text, { sentences: splitSentences(text) }).map((p) => [p.shortForm, p.longForm]);

/** Every offset of a pair points at its own text. */
function expectOffsets(text: string, p: AbbreviationPair): void {
  expect(text.slice(p.shortStart, p.shortEnd)).toBe(p.shortForm);
  expect(text.slice(p.longStart, p.longEnd)).toBe(p.longForm);
  expect(p.start).toBe(Math.min(p.shortStart, p.longStart, p.start));
  expect(text[p.end - 1]).toBe(')');
  expect(p.start <= p.longStart && p.longEnd <= p.end && p.start <= p.shortStart && p.shortEnd <= p.end).toBe(true);
}

describe('Schwartz–Hearst: the two patterns', () => {
  it('finds "long form (SF)" with the offsets of both forms and of the whole definition', () => {
    const text = 'Opioids act in the periaqueductal gray (PAG) of the midbrain.';
    const [p] = findAbbreviations(text);
    expect([p.shortForm, p.longForm, p.pattern]).toEqual(['PAG', 'periaqueductal gray', 'long (short)']);
    expectOffsets(text, p);
    expect(text.slice(p.start, p.end)).toBe('periaqueductal gray (PAG)');
  });

  it('finds "SF (long form)"', () => {
    const text = 'Activity of the ACC (anterior cingulate cortex) rose.';
    const [p] = findAbbreviations(text);
    expect([p.shortForm, p.longForm, p.pattern]).toEqual(['ACC', 'anterior cingulate cortex', 'short (long)']);
    expectOffsets(text, p);
    expect(text.slice(p.start, p.end)).toBe('ACC (anterior cingulate cortex)');
  });

  it('finds "(long form, SF)" inside one bracket', () => {
    const text = 'A tone (the conditioned stimulus, CS) was paired with a footshock (the unconditioned stimulus, US).';
    expect(pairs(text)).toEqual([
      ['CS', 'conditioned stimulus'],
      ['US', 'unconditioned stimulus'],
    ]);
    for (const p of findAbbreviations(text)) expectOffsets(text, p);
  });

  it('finds several definitions in one text, in order', () => {
    expect(pairs('The locus coeruleus (LC) releases norepinephrine (NE) onto dorsal root ganglion (DRG) terminals.')).toEqual([
      ['LC', 'locus coeruleus'],
      ['NE', 'norepinephrine'],
      ['DRG', 'dorsal root ganglion'],
    ]);
  });
});

describe('Schwartz–Hearst: the short form', () => {
  it('is 2–10 characters', () => {
    expect(pairs('vitamin A (A) and a zone (Z) were seen.')).toEqual([]);
    expect(pairs('the alpha beta gamma delta epsilon zeta eta theta iota kappa (ABGDEZETIK) was')).toEqual([
      ['ABGDEZETIK', 'alpha beta gamma delta epsilon zeta eta theta iota kappa'],
    ]);
    expect(pairs('the alpha beta gamma delta epsilon zeta eta theta iota kappa lambda (ABGDEZETIKL) was')).toEqual([]);
    expect(isValidShortForm('AB')).toBe(true);
    expect(isValidShortForm('A')).toBe(false);
    expect(isValidShortForm('ABCDEFGHIJK')).toBe(false);
  });

  it('has at least one letter', () => {
    expect(pairs('in the year two thousand three (2003) and twelve (12)')).toEqual([]);
    expect(isValidShortForm('2003')).toBe(false);
  });

  it('starts with a letter or digit', () => {
    expect(pairs('5-hydroxytryptamine type 3 receptor (5-HT3R) and the ACC receptor (-ACCR)')).toEqual([
      ['5-HT3R', '5-hydroxytryptamine type 3 receptor'],
    ]);
    expect(isValidShortForm('-AB')).toBe(false);
    expect(isValidShortForm('5-HT')).toBe(true);
  });

  it('holds no formula characters', () => {
    expect(pairs('the total model R squared (total_R2) and the ratio (a=b)')).toEqual([]);
  });
});

describe('Schwartz–Hearst: the long form', () => {
  it('lies within min(|SF| + 5, 2·|SF|) words', () => {
    // "AB": at most 4 words.
    expect(pairs('apple x y banana (AB)')).toEqual([['AB', 'apple x y banana']]);
    expect(pairs('apple x y z w banana (AB)')).toEqual([]);
    // "ABCDEF": at most min(11, 12) = 11 words.
    expect(pairs('alpha x x x x x x beta charlie delta echo foxtrot (ABCDEF)')).toEqual([]);
    expect(pairs('alpha x x x x beta charlie delta echo foxtrot (ABCDEF)')).toEqual([
      ['ABCDEF', 'alpha x x x x beta charlie delta echo foxtrot'],
    ]);
  });

  it('starts where the first letter of the SF starts a word', () => {
    expect(pairs('the grab bag (AB) of things')).toEqual([]);
    expect(bestLongFormStart('AB', 'grab bag')).toBe(-1);
    expect(bestLongFormStart('AB', 'an apple bag')).toBe(3);
  });

  it('is matched right to left, case-insensitively', () => {
    expect(pairs('Conditioned Pain Modulation (cpm) and counts per minute (CPM)')).toEqual([
      ['cpm', 'Conditioned Pain Modulation'],
      ['CPM', 'counts per minute'],
    ]);
  });

  it('prefers word initials to the nearest match', () => {
    expect(pairs('mice with chronic constriction injury (CCI) were used')).toEqual([['CCI', 'chronic constriction injury']]);
    expect(pairs('Dorsal root ganglion (DRG) neurons')).toEqual([['DRG', 'Dorsal root ganglion']]);
  });

  it('reads Greek letters as their Latin initials', () => {
    expect(pairs('γ-aminobutyric acid (GABA) and tumour necrosis factor-α (TNF-α)')).toEqual([
      ['GABA', 'γ-aminobutyric acid'],
      ['TNF-α', 'tumour necrosis factor-α'],
    ]);
  });

  it('starts after a hyphen when the first match does', () => {
    expect(pairs('Amygdala-orbitofrontal cortical (OFC) connectivity')).toEqual([['OFC', 'orbitofrontal cortical']]);
  });

  it('is longer than its SF, without the SF as a word, and not a clause', () => {
    expect(pairs('the TrkB receptor (TrkB) binds')).toEqual([]);
    expect(pairs('MeHg group were given MeHg hydroxide (MeHgOH) by gavage')).toEqual([]);
    expect(pairs('the value R^2 (R2) was')).toEqual([]);
  });

  it('never reaches back across a sentence start, a bracket, ";" or ":"', () => {
    expect(pairs('Was it chronic? Pain (CP) was rated.')).toEqual([]);
    expect(pairs('chronic [1] pain (CP)')).toEqual([]);
    expect(pairs('chronic; pain (CP)')).toEqual([]);
    expect(pairs('chronic pain (CP)')).toEqual([['CP', 'chronic pain']]);
  });

  it('needs word initials for SFs that could match by chance ("left", names)', () => {
    expect(pairs('the lateral hemisphere of the brain (left) was')).toEqual([]);
    expect(pairs('somatosensory thalamic inputs mediate hyperalgesia (Smith)')).toEqual([]);
  });

  it('in "SF (long form)" starts at the first word of the bracket', () => {
    expect(pairs('the NE (the drug norepinephrine) was')).toEqual([]);
    expect(pairs('the NE (a norepinephrine analogue) was')).toEqual([['NE', 'norepinephrine analogue']]);
    expect(pairs('the NE (norepinephrine) was')).toEqual([['NE', 'norepinephrine']]);
  });
});

describe('Schwartz–Hearst: brackets that are not definitions', () => {
  it('skips citations, figures, statistics and sample sizes', () => {
    const text =
      'Craving involves the insula (Franken, 2003; Hommer, 1999) and the cortex (Wilson et al., 2004) (Fig. 1) (Table 2) (p < 0.05) (n = 12) (e.g., rats) (i.e., mice) (see Methods).';
    expect(pairs(text)).toEqual([]);
  });

  it('skips a bracket without a space before it', () => {
    expect(pairs('the 5-HT(3) receptor and E(2)')).toEqual([]);
  });

  it('returns nothing for text without definitions', () => {
    expect(pairs('')).toEqual([]);
    expect(pairs('Pain is an unpleasant sensory and emotional experience.')).toEqual([]);
    expect(pairs('((((')).toEqual([]);
  });
});

describe('Schwartz–Hearst: unbalanced and nested brackets', () => {
  it('survives unbalanced brackets before, inside and after a definition', () => {
    expect(pairs('a ( b ) ) c the periaqueductal gray (PAG) d ( e')).toEqual([['PAG', 'periaqueductal gray']]);
    expect(pairs(')))) the periaqueductal gray (PAG')).toEqual([]);
    expect(pairs('(((( the periaqueductal gray (PAG) ((')).toEqual([['PAG', 'periaqueductal gray']]);
  });

  it('pairs nested brackets properly and cuts the content at " (" or "; "', () => {
    expect(pairs('the periaqueductal gray (PAG (Fig. 1)) and the rostral ventromedial medulla (RVM; see (3))')).toEqual([
      ['PAG', 'periaqueductal gray'],
      ['RVM', 'rostral ventromedial medulla'],
    ]);
    expect(pairs('the 5-hydroxytryptamine type 3 receptor (5-HT(3)R) blocks')).toEqual([
      ['5-HT(3)R', '5-hydroxytryptamine type 3 receptor'],
    ]);
  });

  it('ignores brackets longer than any definition', () => {
    expect(pairs(`periaqueductal gray (PAG ${'x '.repeat(200)})`)).toEqual([]);
  });
});

describe('Schwartz–Hearst: time', () => {
  const time = (text: string) => {
    const started = performance.now();
    findAbbreviations(text, { sentences: splitSentences(text) });
    return performance.now() - started;
  };
  // Generous bounds: each input is 2 MB; the real figures are a few hundred ms.
  const TWO_MB = 2_000_000;
  const BOUND_MS = 10_000;

  it('reads a 2 MB article of prose in linear time', () => {
    const prose = 'The anterior cingulate cortex (ACC) and the periaqueductal gray (PAG) were imaged (Fig. 2) in patients (n = 12). ';
    const text = prose.repeat(Math.ceil(TWO_MB / prose.length));
    expect(findAbbreviations(text).length).toBe(2 * Math.ceil(TWO_MB / prose.length));
    expect(time(text)).toBeLessThan(BOUND_MS);
  });

  it.each([
    ['2 MB of "("', '('.repeat(TWO_MB)],
    ['2 MB of ")"', ')'.repeat(TWO_MB)],
    ['2 MB of short brackets', '(AB) '.repeat(TWO_MB / 5)],
    ['2 MB deeply nested', `${'('.repeat(TWO_MB / 2)}ACC${')'.repeat(TWO_MB / 2)}`],
    ['2 MB of one word', 'x'.repeat(TWO_MB)],
    ['2 MB of commas in brackets', '(a, b, c, d, AB) '.repeat(TWO_MB / 17)],
  ])('survives %s', (_name, text) => {
    expect(time(text)).toBeLessThan(BOUND_MS);
  });
});
