/**
 * The one table of character classes that reading text relies on: word
 * characters (lib/match/matcher.ts: word boundaries), invisible characters
 * that are dropped and the spaces that collapse to one (both for matching,
 * lib/match/normalize.ts, and for highlights' page text,
 * lib/highlights/text.ts), and the folds only matching makes (Unicode
 * dashes to "-", sub- and superscript digits to digits, the micro sign to
 * Greek mu).
 */

/** Letters and digits: what word boundaries are made of (lib/match/matcher.ts). */
const WORD = /[\p{L}\p{N}]/u;

/** Per code unit: 0 not yet known, 1 a letter or digit, 2 not. */
const wordCodes = new Uint8Array(65536);

/** Whether the code unit is a letter or digit (a lone surrogate is not). */
export function isWordCode(code: number): boolean {
  let known = wordCodes[code];
  if (known === 0) known = wordCodes[code] = WORD.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Whether the character (its first code unit) is a letter or digit; false for undefined. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && isWordCode(ch.charCodeAt(0));
}

/** Dropped from the text: zero-width space and joiners, word joiner, BOM, soft hyphen. */
export function isDroppedCode(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** The characters JavaScript's \s matches (minus the BOM, which is dropped): a run of them reads as one space. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000)) ||
    c === 0x1680
  );
}

/** Hyphens, dashes and minus signs that matching reads as "-": U+2010–U+2015, U+2212, U+FE63, U+FF0D. */
export function isDashCode(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d;
}

/** Folds for matching of single characters that are neither spaces, dashes nor dropped. */
const FOLDS: Readonly<Record<string, string>> = {
  '\u2070': '0',
  '\u00b9': '1',
  '\u00b2': '2',
  '\u00b3': '3',
  '\u2074': '4',
  '\u2075': '5',
  '\u2076': '6',
  '\u2077': '7',
  '\u2078': '8',
  '\u2079': '9',
  '\u2080': '0',
  '\u2081': '1',
  '\u2082': '2',
  '\u2083': '3',
  '\u2084': '4',
  '\u2085': '5',
  '\u2086': '6',
  '\u2087': '7',
  '\u2088': '8',
  '\u2089': '9',
  '\u207a': '+',
  '\u208a': '+',
  '\u207b': '-',
  '\u208b': '-',
  // The micro sign, which papers type for mu ("µ-opioid receptor").
  '\u00b5': '\u03bc',
};

/** The fold of one character for matching: "" to drop it, " " for a space (the caller collapses runs). */
export function foldForMatching(ch: string): string {
  const code = ch.charCodeAt(0);
  if (isSpaceCode(code)) return ' ';
  if (isDroppedCode(code)) return '';
  if (isDashCode(code)) return '-';
  return FOLDS[ch] ?? ch;
}
