/**
 * Text normalisation for matching, with a map back to original offsets.
 *
 * Papers write the same term many ways: 5-HT₃, 5-HT<sub>3</sub> (joined by
 * the annotator before this runs), 5‐HT3 with U+2010, "descending\u00a0
 * inhibition". Normalising folds these to one form, by the one table of
 * characters in lib/match/chars.ts:
 * - sub/superscript digits → ASCII digits, the micro sign → μ;
 * - U+2010–U+2015, U+2212, U+FE63, U+FF0D → "-";
 * - NBSP and Unicode spaces (incl. hair space U+200A) and any run of
 *   whitespace → one " ";
 * - zero-width characters, the BOM and soft hyphens → removed;
 * - citation markers (`citations`: the ranges lib/annotate/segments.ts
 *   found in superscript reference links, "thalamus<sup>10</sup>") →
 *   removed, leaving a word boundary: "thalamus10" reads "thalamus".
 * Each output character keeps the index of the input character it came
 * from, so matches map back to the DOM exactly.
 */
import { foldForMatching, isWordCode } from './chars';

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** map[i] = index in the input of output character i; map[text.length] = input length. Read only (may be shared). */
  map: Uint32Array;
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

/**
 * Normalises `input`. `citations`: [start, end) pairs of input offsets,
 * sorted and not overlapping, of citation markers to leave out (a space
 * takes their place only where they stood between two word characters).
 */
export function normalize(input: string, citations?: readonly number[]): Normalized {
  const skipping = citations !== undefined && citations.length > 0;
  // Most text of an article needs no change: no copy, and a shared identity map (read only).
  if (!skipping && alreadyNormal(input)) return { text: input, map: identityMap(input.length) };
  const length = input.length;
  const map = new Uint32Array(length + 1);
  const out = new Uint16Array(length);
  let n = 0;
  let lastWasSpace = false;
  let c = 0;
  let nextSkip = skipping ? citations[0] : length;
  for (let i = 0; i < length; i++) {
    if (i === nextSkip) {
      const end = Math.min(length, citations![c + 1]);
      // A boundary where the marker stood between two word characters ("x<sup>1</sup>y").
      if (n > 0 && !lastWasSpace && end < length && isWordCode(out[n - 1]) && isWordCode(input.charCodeAt(end))) {
        out[n] = 32;
        map[n++] = i;
        lastWasSpace = true;
      }
      c += 2;
      nextSkip = c < citations!.length ? Math.max(citations![c], end) : length;
      i = end - 1;
      continue;
    }
    const code = input.charCodeAt(i);
    if (plainAscii(code)) {
      lastWasSpace = false;
      out[n] = code;
      map[n++] = i;
      continue;
    }
    const folded = foldForMatching(input[i]);
    if (folded === '') continue;
    if (folded === ' ') {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      out[n] = 32;
      map[n++] = i;
      continue;
    }
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
