/**
 * Sentence boundaries, as spans of a text. The pipeline needs them twice:
 * to bound the long form of an abbreviation (it never reaches into the
 * previous sentence) and to take the window of nearby sentences whose words
 * decide an ambiguous abbreviation.
 *
 * `splitSentences` is one regular expression pass, linear in the text, that
 * knows the abbreviations of scientific prose (Fig., et al., e.g., i.e.,
 * vs., ca., approx. …), initials and decimals; no NLP library, so it stays
 * in the content script's start-up bundle. (On the labelled set, compromise's
 * splitter gave exactly the same figures.)
 */

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Splits a text into sentence spans, in order, covering its non-space text. */
export type SentenceSplitter = (text: string) => Span[];

/**
 * Words that end with a period without ending a sentence (lower-cased,
 * without the period).
 */
const NON_FINAL = new Set([
  'fig',
  'figs',
  'eq',
  'eqs',
  'ref',
  'refs',
  'tab',
  'suppl',
  'no',
  'nos',
  'vol',
  'al',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'cf',
  'ca',
  'approx',
  'resp',
  'viz',
  'dr',
  'mr',
  'mrs',
  'prof',
  'inc',
  'ltd',
  'jr',
  'sr',
  'u.s',
  'u.k',
  'spp',
  'dept',
  'univ',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Sentence-final punctuation, closing quotes/brackets, then space and a plausible sentence start. */
const BOUNDARY = /[.!?]+["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018([]?[\p{Lu}\p{N}])/gu;

/** The word just before a period at `dot` (the text from the previous space). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && !/\s/.test(text[i - 1]) && dot - i < 20) i--;
  return text.slice(i, dot).replace(/^[("'\u201c\u2018[]+/, '');
}

/** Whether the period at `dot` ends a sentence (the cheap rules). */
function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true; // ! and ?
  const word = wordBefore(text, dot);
  if (!word) return true;
  const lower = word.toLowerCase();
  if (NON_FINAL.has(lower)) return false;
  // Dotted initials ("A.B. Jones", "U.S.A."); a lone capital is not one here, as
  // "substance P. The" ends a sentence far more often than an author's initial.
  if (/^(\p{Lu}\.)+\p{Lu}$/u.test(word)) return false;
  return true;
}

/** The fallback splitter: linear, no dictionary beyond NON_FINAL. */
export const splitSentences: SentenceSplitter = (text) => {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const dot = m.index;
    if (!endsSentence(text, dot)) continue;
    // The sentence ends after its punctuation and closing quotes/brackets.
    const end = dot + m[0].trimEnd().length;
    pushTrimmed(text, spans, start, end);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, spans, start, text.length);
  return spans;
};

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

/**
 * The index of the span containing `offset` (or the last one starting
 * before it), by binary search; -1 when `spans` is empty or all start after.
 */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
