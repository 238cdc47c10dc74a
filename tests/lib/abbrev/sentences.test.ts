import { describe, expect, it } from 'vitest';
import { spanIndexAt, splitSentences, type SentenceSplitter } from '../../../lib/abbrev/sentences';

const texts = (split: SentenceSplitter, text: string) => split(text).map((s) => text.slice(s.start, s.end));

const PROSE =
  'Pain was reduced (Fig. 1). The anterior cingulate cortex (ACC) e.g. in rats vs. mice was active, i.e. more. ' +
  'Smith et al. reported 0.5 mg/kg of substance P. Was it central? Yes! 5-HT3 receptors were blocked in vivo. The end.';

describe.each([['the splitter', splitSentences]])('%s', (_name, split) => {
  it('splits scientific prose where sentences end, not at Fig., e.g., vs., i.e., et al. or decimals', () => {
    expect(texts(split, PROSE)).toEqual([
      'Pain was reduced (Fig. 1).',
      'The anterior cingulate cortex (ACC) e.g. in rats vs. mice was active, i.e. more.',
      'Smith et al. reported 0.5 mg/kg of substance P.',
      'Was it central?',
      'Yes!',
      '5-HT3 receptors were blocked in vivo.',
      'The end.',
    ]);
  });

  it('ends sentences after units, Latin words and a lone capital when a capitalised word follows', () => {
    expect(texts(split, 'Rats got 10 mg. Then pain fell in FM. The RVM and lamina I. Next came substance P. Then more.')).toEqual([
      'Rats got 10 mg.',
      'Then pain fell in FM.',
      'The RVM and lamina I.',
      'Next came substance P.',
      'Then more.',
    ]);
  });

  it('gives spans of the text itself, trimmed, in order', () => {
    const text = '  First one.   Second one?\nThird  ';
    const spans = split(text);
    expect(texts(split, text)).toEqual(['First one.', 'Second one?', 'Third']);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });

  it('copes with empty text, no punctuation and 2 MB of text', () => {
    expect(split('')).toEqual([]);
    expect(split('   ')).toEqual([]);
    expect(texts(split, 'no punctuation at all')).toEqual(['no punctuation at all']);
    const big = `${PROSE} `.repeat(Math.ceil(2_000_000 / PROSE.length));
    const started = performance.now();
    expect(split(big).length).toBe(7 * Math.ceil(2_000_000 / PROSE.length));
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('spanIndexAt', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
    { start: 14, end: 20 },
  ];
  it('finds the span holding an offset, or the last one starting before it', () => {
    expect(spanIndexAt(spans, 0)).toBe(0);
    expect(spanIndexAt(spans, 6)).toBe(0);
    expect(spanIndexAt(spans, 7)).toBe(1);
    expect(spanIndexAt(spans, 19)).toBe(2);
    expect(spanIndexAt(spans, 99)).toBe(2);
    expect(spanIndexAt([], 3)).toBe(-1);
    expect(spanIndexAt([{ start: 4, end: 6 }], 1)).toBe(-1);
  });
});
