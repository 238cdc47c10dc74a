/**
 * URL text fragments per the WICG spec: terms percent-encoded ("-", "," and
 * "&" included), the directive parsed back as the spec parses it, and found
 * in plain text the way a browser finds it (whole words, case-insensitive,
 * prefix and suffix next to the match).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeTextDirectivePart,
  findTextFragment,
  parseTextFragment,
  textDirective,
  textFragment,
  withTextFragment,
} from '../../lib/text-fragments';

describe('encoding', () => {
  it('percent-encodes "-", "&" and "," and keeps the spec’s unreserved characters', () => {
    expect(encodeTextDirectivePart('5-HT3 & KCC2, again')).toBe('5%2DHT3%20%26%20KCC2%2C%20again');
    expect(encodeTextDirectivePart("it's (rats) ~*._!")).toBe("it's%20(rats)%20~*._!");
    expect(encodeTextDirectivePart('K⁺–Cl⁻ 5‐HT₃')).toBe('K%E2%81%BA%E2%80%93Cl%E2%81%BB%205%E2%80%90HT%E2%82%83');
  });

  it('round-trips any text and never leaves a raw directive delimiter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const encoded = encodeTextDirectivePart(text);
        expect(encoded).not.toMatch(/[-&,#\s]/);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
    );
  });
});

describe('building and parsing a directive', () => {
  it('writes [prefix-,]textStart[,textEnd][,-suffix] with collapsed whitespace', () => {
    expect(textDirective({ textStart: '  descending   facilitation ' })).toBe('text=descending%20facilitation');
    expect(textDirective({ prefix: 'the', textStart: 'RVM', textEnd: 'pain-gain', suffix: 'in rats' })).toBe(
      'text=the-,RVM,pain%2Dgain,-in%20rats',
    );
    expect(textFragment({ textStart: '   ' })).toBe('');
    expect(textFragment(undefined)).toBe('');
    expect(withTextFragment('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/#sec2', { textStart: 'a-b' })).toBe(
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC1/#:~:text=a%2Db',
    );
    expect(withTextFragment('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/', undefined)).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/');
  });

  it('parses the spec’s forms, and drops what the spec rejects', () => {
    const parse = (hash: string) => parseTextFragment(hash).map(({ raw, ...d }) => d);
    expect(parse('#:~:text=an%20example,text%20fragment')).toEqual([{ textStart: 'an example', textEnd: 'text fragment' }]);
    expect(parse('#:~:text=an-,example,-text')).toEqual([{ prefix: 'an', textStart: 'example', suffix: 'text' }]);
    expect(parse('https://x.org/p#:~:text=a&text=b,c')).toEqual([{ textStart: 'a' }, { textStart: 'b', textEnd: 'c' }]);
    // A single term ending in "-" is a start, not a prefix.
    expect(parse('#:~:text=a-')).toEqual([{ textStart: 'a-' }]);
    // Too many terms, empty terms, bad escapes, an empty prefix: ignored, as browsers ignore them.
    expect(parse('#:~:text=a,b,c')).toEqual([]);
    expect(parse('#:~:text=a,,b')).toEqual([]);
    expect(parse('#:~:text=%E2%28')).toEqual([]);
    expect(parse('#:~:text=-,a')).toEqual([]);
    expect(parse('#section')).toEqual([]);
    expect(parse('#:~:other=a')).toEqual([]);
  });

  it('parses back whatever it builds (prefix, start, end, suffix)', () => {
    const term = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(fc.option(term), term, fc.option(term), fc.option(term), (prefix, textStart, textEnd, suffix) => {
        const d = { prefix: prefix ?? undefined, textStart, textEnd: textEnd ?? undefined, suffix: suffix ?? undefined };
        const [back, ...more] = parseTextFragment(textFragment(d));
        expect(more).toEqual([]);
        const collapse = (s?: string) => s?.replace(/\s+/g, ' ').trim();
        expect(back.prefix).toBe(collapse(d.prefix));
        expect(back.textStart).toBe(collapse(d.textStart));
        expect(back.textEnd).toBe(collapse(d.textEnd));
        expect(back.suffix).toBe(collapse(d.suffix));
      }),
    );
  });
});

describe('finding a directive in text', () => {
  const text = 'The RVM controls pain. In rats,   the RVM ON-cells facilitate pain, whereas OFF-cells inhibit it.';

  it('finds the range from textStart to the first textEnd after it, whitespace collapsed, case-insensitive', () => {
    expect(findTextFragment(text, { textStart: 'in rats, the RVM', textEnd: 'inhibit it' })?.text).toBe(
      'In rats, the RVM ON-cells facilitate pain, whereas OFF-cells inhibit it',
    );
    expect(findTextFragment(text, { textStart: 'ON-cells' })?.text).toBe('ON-cells');
  });

  it('matches whole words only', () => {
    expect(findTextFragment(text, { textStart: 'ells facilitate' })).toBeUndefined();
    // A hyphen is a word boundary, as in ICU's word breaking.
    expect(findTextFragment(text, { textStart: 'cells facilitate' })?.text).toBe('cells facilitate');
    expect(findTextFragment(text, { textStart: 'RV' })).toBeUndefined();
    expect(findTextFragment('KCC2a and KCC2', { textStart: 'KCC2' })).toEqual({ start: 10, end: 14, text: 'KCC2' });
  });

  it('takes the first occurrence unless a prefix or suffix picks another', () => {
    expect(findTextFragment(text, { textStart: 'the RVM' })!.start).toBe(0);
    expect(findTextFragment(text, { prefix: 'rats,', textStart: 'the RVM' })!.start).toBe(text.replace(/\s+/g, ' ').indexOf('the RVM ON'));
    expect(findTextFragment(text, { textStart: 'the RVM', suffix: 'ON' })!.start).toBe(text.replace(/\s+/g, ' ').indexOf('the RVM ON'));
    expect(findTextFragment(text, { prefix: 'mice', textStart: 'the RVM' })).toBeUndefined();
    expect(findTextFragment(text, { textStart: 'pain', textEnd: 'controls' })).toBeUndefined();
  });
});
