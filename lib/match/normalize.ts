/**
 * Text normalisation for matching, with a map back to original offsets.
 *
 * Papers write the same term many ways: 5-HT₃, 5-HT<sub>3</sub> (joined by
 * the annotator before this runs), 5‐HT3 with U+2010, "descending\u00a0
 * inhibition". Normalising folds these to one form:
 * - sub/superscript digits → ASCII digits;
 * - U+2010–U+2015, U+2212, U+FE63, U+FF0D → "-";
 * - NBSP and Unicode spaces (incl. hair space U+200A) and any run of
 *   whitespace → one " ";
 * - zero-width characters and soft hyphens → removed.
 * Each output character keeps the index of the input character it came
 * from, so matches map back to the DOM exactly.
 */

const SUBSUP: Record<string, string> = {
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
};

// biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is removed on its own, the joiner (U+200D) included
const REMOVED = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/;
const DASH = /[\u2010-\u2015\u2212\ufe63\uff0d]/;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** map[i] = index in the input of output character i; map[text.length] = input length. Read only (may be shared). */
  map: Uint32Array;
}

/** Folds one character; returns "" to drop it. Whitespace is handled by the caller. */
export function foldChar(ch: string): string {
  const sub = SUBSUP[ch];
  if (sub !== undefined) return sub;
  if (DASH.test(ch)) return '-';
  if (REMOVED.test(ch)) return '';
  return ch;
}

/** The normalised text alone: most glossary forms are plain ASCII and come back as they are. */
export function normalizeText(input: string): string {
  return alreadyNormal(input) ? input : normalize(input).text;
}

/** Code units kept as they are by normalize (printable ASCII but space). */
function plainAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** 0, 1, 2, …: shared by every text that normalisation leaves as it is (read only). */
let identity = new Uint32Array(0);

function identityMap(length: number): Uint32Array {
  if (identity.length <= length) {
    identity = new Uint32Array(Math.max(length + 1, identity.length * 2, 1024));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length + 1);
}

/** Whether normalisation would leave `input` as it is (printable ASCII, single spaces). */
function alreadyNormal(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (plainAscii(code)) continue;
    if (code === 32 && input.charCodeAt(i + 1) !== 32) continue;
    return false;
  }
  return true;
}

export function normalize(input: string): Normalized {
  // Most text of an article needs no change: no copy, and a shared identity map (read only).
  if (alreadyNormal(input)) return { text: input, map: identityMap(input.length) };
  const length = input.length;
  const map = new Uint32Array(length + 1);
  const out = new Uint16Array(length);
  let n = 0;
  let lastWasSpace = false;
  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    if (plainAscii(code)) {
      lastWasSpace = false;
      out[n] = code;
      map[n++] = i;
      continue;
    }
    const ch = input[i];
    if (code === 32 || SPACE.test(ch)) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      out[n] = 32;
      map[n++] = i;
      continue;
    }
    const folded = foldChar(ch);
    if (folded === '') continue;
    lastWasSpace = false;
    out[n] = folded.charCodeAt(0);
    map[n++] = i;
  }
  map[n] = length;
  return { text: fromCodes(out, n), map: map.subarray(0, n + 1) };
}

/** The string of the first `n` code units (lone surrogates kept as they are). */
function fromCodes(codes: Uint16Array, n: number): string {
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK)
    text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return text;
}

/**
 * Lower-cases character by character, keeping the length (characters whose
 * lower case is longer, like "İ", are kept as they are), so offsets in the
 * lowered text equal offsets in the input.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
