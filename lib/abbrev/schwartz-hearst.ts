/**
 * The paper's own abbreviations: the Schwartz–Hearst algorithm (Schwartz &
 * Hearst, PSB 2003) over one block of normalised article text.
 *
 * Patterns: "long form (SF)" and "SF (long form)" (the paper's), and "(long
 * form, SF)" (ours: "a tone (the conditioned stimulus, CS)").
 * - The short form (SF) is 2–10 characters, has at least one letter, and
 *   starts with a letter or digit; in "SF (long form)" it also has a capital.
 * - The long form is found right to left: each letter or digit of the SF, from
 *   the last, is matched to a character of the text before the bracket
 *   (case-insensitively), the SF's first character at the start of a word,
 *   within min(|SF| + 5, 2·|SF|) words (|SF| its length in characters; words
 *   split at spaces and hyphens);
 *   the long form starts at the word where that first character matched.
 * - Rejected as in the paper: a long form shorter than its SF, containing the
 *   SF as a word, or longer than the word limit.
 *
 * Additions over the paper, each for a failure seen in full-text articles
 * (the paper worked on abstracts); each has a unit test:
 * - the bracket must follow a space ("5-HT(3)" is a name, not a definition),
 *   and nested brackets pair properly ("(PAG; see (3))" → PAG);
 * - the bracketed text is cut at the first ", ", "; ", " (" or " [" (also as in
 *   the paper), and a long form never reaches back across a sentence start,
 *   a bracket, ";", ":" or ", ";
 * - citations are not short forms: a title-case word in a bracket holding a
 *   year or "et al" ("(Franken, 2003)"); brackets that open with Fig., Table,
 *   see, e.g., i.e., p <, n = … are skipped;
 * - a long form has more letters than its SF, contains no clause words (is,
 *   was, were, has, which, that, we …), and a SF holds no formula characters
 *   (_ = < > ^ …);
 * - in "long form (SF)", a long form whose words start with the SF's letters
 *   is preferred to the paper's nearest match ("chronic constriction injury
 *   (CCI)", not "constriction injury");
 * - Greek letters match their Latin initials (γ-aminobutyric acid, GABA), and
 *   a first match just after a hyphen starts the long form there;
 * - a short form with fewer than two capitals or digits and more than three
 *   characters ("left", "Smith") must match word initials only, as chance
 *   letter matches are likely for such words;
 * - "SF (long form)" needs the long form to start at the first word inside
 *   the bracket (after "the", "a" or "an").
 *
 * Linear time: brackets are paired with one stack pass, and every candidate
 * looks at a bounded stretch of text (MAX_BRACKET, MAX_LONG_FORM_CHARS).
 */
import { spanIndexAt, type Span } from './sentences';

export interface AbbreviationPair {
  shortForm: string;
  longForm: string;
  /** Offsets in the text (end exclusive). */
  shortStart: number;
  shortEnd: number;
  longStart: number;
  longEnd: number;
  /** The whole definition, from the first form to the closing bracket. */
  start: number;
  end: number;
  pattern: 'long (short)' | 'short (long)' | '(long, short)';
}

/** Brackets whose content is longer than this are never a definition. */
const MAX_BRACKET = 200;
/** The stretch of text before a bracket searched for a long form. */
const MAX_LONG_FORM_CHARS = 240;
const MIN_SHORT = 2;
const MAX_SHORT = 10;

const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;
const SPACE = /\s/;

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && ALNUM.test(ch);
}

/** Where the bracketed text is cut (as in the paper, plus brackets). */
const CONTENT_CUT = /, |; | \(| \[/;
/** Brackets that hold a reference to a figure, table, citation or statistic. */
const NOT_A_DEFINITION =
  /^(?:fig(?:ure)?s?\b|tables?\b|suppl|supplementary\b|see\b|e\.g\.|i\.e\.|eq\b|eqs?\.|cf\b|ref\b|respectively\b|p\s*[<=>≤≥]|n\s*[=<>])/i;
/** A year ("2003", "2003a") or "et al": the bracket is a citation when its first word is a name. */
const CITATION = /\b(?:19|20)\d\d[a-z]?\b|\bet al\b/;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const LEADING_DETERMINER = /^(?:the|a|an)\s+/i;
/** Characters a long form never reaches back across (and ", " and ". "). */
const STOPS = new Set([';', ':', '(', ')', '[', ']']);

/** Where a long form ending at `end` may start at the earliest: after the nearest stop, scanning back to `from`. */
function lastStop(text: string, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) {
    const ch = text[i];
    if (STOPS.has(ch)) return i + 1;
    if ((ch === ',' || ch === '.') && text[i + 1] === ' ' && i + 1 < end) return i + 2;
  }
  return from;
}

/** The number of words (split at whitespace and hyphens) in `text`. */
function wordCount(text: string): number {
  return text.split(/[\s-]+/).filter(Boolean).length;
}

function maxWords(shortForm: string): number {
  return Math.min(shortForm.length + 5, 2 * shortForm.length);
}

export function isValidShortForm(sf: string): boolean {
  return sf.length >= MIN_SHORT && sf.length <= MAX_SHORT && LETTER.test(sf) && isAlnum(sf[0]) && !NOT_IN_SHORT_FORM.test(sf);
}

/** A short form whose letters could match by chance: they must all be word initials. */
function needsInitials(sf: string): boolean {
  let strong = 0;
  for (const ch of sf) if (UPPER_OR_DIGIT.test(ch)) strong++;
  return strong < 2 && sf.length > 3;
}

/** Greek letters match their Latin initials, both ways (γ-aminobutyric acid, GABA). */
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'b',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  µ: 'm',
  σ: 's',
  τ: 't',
  ω: 'o',
};

/** A character with Greek letters read as their Latin initials. */
function latin(ch: string): string {
  const lower = ch.toLowerCase();
  return GREEK[lower] ?? lower;
}

/**
 * The paper's findBestLongForm: the index in `candidate` where the long form
 * starts, or -1. `initials`: every character must start a word.
 *
 * The long form starts at the space-delimited word holding the first match,
 * except that a match just after a hyphen starts it there ("Amygdala-
 * orbitofrontal cortical (OFC)" → "orbitofrontal cortical").
 */
export function bestLongFormStart(sf: string, candidate: string, initials = false): number {
  let l = candidate.length - 1;
  for (let s = sf.length - 1; s >= 0; s--) {
    if (!isAlnum(sf[s])) continue;
    const ch = latin(sf[s]);
    const atStart = s === 0 || initials;
    while (l >= 0 && (latin(candidate[l]) !== ch || (atStart && l > 0 && isAlnum(candidate[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
  }
  const first = l + 1;
  if (first > 0 && candidate[first - 1] === '-') return first;
  while (l >= 0 && !SPACE.test(candidate[l])) l--;
  return l + 1;
}

/** Words a long form does not contain: it names a thing, it is not a clause. */
const CLAUSE_WORD = /\b(?:is|are|was|were|been|has|have|had|which|that|we|our)\b/i;
/** Characters a short form does not contain (formulas, file names, statistics). */
const NOT_IN_SHORT_FORM = /[_=<>^~@#$%*|\\]/;

function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (LETTER.test(ch)) n++;
  return n;
}

/** Whether `longForm` passes the paper's checks against `shortForm`, and ours. */
function acceptable(shortForm: string, longForm: string): boolean {
  if (longForm.length < shortForm.length) return false;
  if (letterCount(longForm) <= letterCount(shortForm)) return false;
  if (wordCount(longForm) > maxWords(shortForm)) return false;
  if (CLAUSE_WORD.test(longForm)) return false;
  // The SF (or, for a two-word SF, either word) as a word inside its own long form.
  for (const part of [shortForm, ...shortForm.split(' ')]) {
    for (let at = longForm.indexOf(part); at >= 0; at = longForm.indexOf(part, at + 1)) {
      if (!isAlnum(longForm[at - 1]) && !isAlnum(longForm[at + part.length])) return false;
    }
  }
  return true;
}

/** Pairs each "(" with its ")", nesting respected; unbalanced ones are dropped. */
function bracketPairs(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const stack: number[] = [];
  for (let i = text.indexOf('('), j = text.indexOf(')'); i >= 0 || j >= 0; ) {
    if (i >= 0 && (j < 0 || i < j)) {
      stack.push(i);
      i = text.indexOf('(', i + 1);
    } else {
      const open = stack.pop();
      if (open !== undefined && j - open - 1 <= MAX_BRACKET) pairs.push([open, j]);
      j = text.indexOf(')', j + 1);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** The trimmed content of a bracket, cut as the paper does: [start, end) in the text. */
function contentOf(text: string, open: number, close: number): [number, number] | undefined {
  let start = open + 1;
  let end = close;
  const cut = CONTENT_CUT.exec(text.slice(start, end));
  if (cut) end = start + cut.index;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return end > start ? [start, end] : undefined;
}

export interface FindOptions {
  /** Sentence spans of the text; a long form never reaches into an earlier sentence. */
  sentences?: readonly Span[];
}

/** Every abbreviation defined in `text` (normalised: one space between words), in order. */
export function findAbbreviations(text: string, options: FindOptions = {}): AbbreviationPair[] {
  const found: AbbreviationPair[] = [];
  for (const [open, close] of bracketPairs(text)) {
    if (open === 0 || !SPACE.test(text[open - 1])) continue;
    const content = contentOf(text, open, close);
    if (!content) continue;
    const inner = text.slice(content[0], content[1]);
    if (NOT_A_DEFINITION.test(text.slice(open + 1, close).trimStart())) continue;
    const sentenceStart = sentenceStartAt(options.sentences, open);
    const pair =
      longShort(text, open, close, content, inner, sentenceStart) ??
      shortLong(text, open, close, content, inner, sentenceStart) ??
      insideBracket(text, open, close);
    if (pair) found.push(pair);
  }
  return found;
}

function sentenceStartAt(sentences: readonly Span[] | undefined, offset: number): number {
  if (!sentences?.length) return 0;
  const i = spanIndexAt(sentences, offset);
  return i >= 0 ? sentences[i].start : 0;
}

/** "long form (SF)". */
function longShort(
  text: string,
  open: number,
  close: number,
  [sfStart, sfEnd]: [number, number],
  sf: string,
  sentenceStart: number,
): AbbreviationPair | undefined {
  if (sf.split(/\s+/).length > 2 || !isValidShortForm(sf)) return undefined;
  if (TITLE_CASE_WORD.test(sf) && CITATION.test(text.slice(sfEnd, close))) return undefined;
  // The text before the bracket, back to the sentence start or a stop, at most
  // MAX_LONG_FORM_CHARS and the word limit.
  const end = open - 1;
  const from = lastStop(text, Math.max(sentenceStart, end - MAX_LONG_FORM_CHARS), end);
  const candidate = limitWords(text.slice(from, end), maxWords(sf));
  const offset = end - candidate.length;
  // Word initials first ("chronic constriction injury (CCI)", where the
  // paper's nearest match gives "constriction injury"), then the paper's match.
  let at = bestLongFormStart(sf, candidate, true);
  if (at < 0 || !acceptable(sf, candidate.slice(at))) at = needsInitials(sf) ? -1 : bestLongFormStart(sf, candidate, false);
  if (at < 0) return undefined;
  const longForm = candidate.slice(at);
  if (!acceptable(sf, longForm)) return undefined;
  return {
    shortForm: sf,
    longForm,
    shortStart: sfStart,
    shortEnd: sfEnd,
    longStart: offset + at,
    longEnd: end,
    start: offset + at,
    end: close + 1,
    pattern: 'long (short)',
  };
}

/** The last `words` words of `text` (words split at whitespace and hyphens). */
function limitWords(text: string, words: number): string {
  let count = 0;
  let i = text.length;
  while (i > 0) {
    // Skip separators, then a word.
    while (i > 0 && /[\s-]/.test(text[i - 1])) i--;
    if (i === 0) break;
    if (count === words) break;
    while (i > 0 && !/[\s-]/.test(text[i - 1])) i--;
    count++;
  }
  return text.slice(i).trimStart();
}

/** "SF (long form)". */
function shortLong(
  text: string,
  open: number,
  close: number,
  [lfStart, lfEnd]: [number, number],
  inner: string,
  sentenceStart: number,
): AbbreviationPair | undefined {
  // The SF is the space-delimited word before the bracket.
  const sfEnd = open - 1;
  let sfStart = sfEnd;
  while (sfStart > sentenceStart && !SPACE.test(text[sfStart - 1])) sfStart--;
  const sf = text.slice(sfStart, sfEnd);
  if (!isValidShortForm(sf) || !CAPITAL.test(sf) || /[,;:.]$/.test(sf)) return undefined;
  if (sfEnd - sfStart > MAX_SHORT) return undefined;
  const determiner = LEADING_DETERMINER.exec(inner);
  const lfFrom = lfStart + (determiner ? determiner[0].length : 0);
  const candidate = text.slice(lfFrom, lfEnd);
  if (/:\/\/|www\./.test(candidate)) return undefined;
  const at = bestLongFormStart(sf, candidate, needsInitials(sf));
  if (at !== 0) return undefined;
  if (!acceptable(sf, candidate)) return undefined;
  return {
    shortForm: sf,
    longForm: candidate,
    shortStart: sfStart,
    shortEnd: sfEnd,
    longStart: lfFrom,
    longEnd: lfEnd,
    start: sfStart,
    end: close + 1,
    pattern: 'short (long)',
  };
}

/** "(long form, SF)": both inside the bracket, the SF last ("the conditioned stimulus, CS"). */
function insideBracket(text: string, open: number, close: number): AbbreviationPair | undefined {
  // Searches stay inside the bracket (at most MAX_BRACKET long): linear overall.
  const bracket = text.slice(open, close);
  const at = bracket.lastIndexOf(', ');
  if (at <= 0) return undefined;
  const comma = open + at;
  const sfStart = comma + 2;
  const sf = text.slice(sfStart, close).trim();
  if (/\s/.test(sf) || !isValidShortForm(sf) || !CAPITAL.test(sf)) return undefined;
  // The long form: the item before the SF (after "(" or the previous ", " / "; ").
  let lfStart = open + 1;
  const previous = Math.max(bracket.lastIndexOf(', ', at - 1), bracket.lastIndexOf('; ', at - 1));
  if (previous > 0) lfStart = open + previous + 2;
  const determiner = LEADING_DETERMINER.exec(text.slice(lfStart, comma));
  if (determiner) lfStart += determiner[0].length;
  const candidate = text.slice(lfStart, comma);
  if (bestLongFormStart(sf, candidate, needsInitials(sf)) !== 0 || !acceptable(sf, candidate)) return undefined;
  return {
    shortForm: sf,
    longForm: candidate,
    shortStart: sfStart,
    shortEnd: sfStart + sf.length,
    longStart: lfStart,
    longEnd: comma,
    start: open,
    end: close + 1,
    pattern: '(long, short)',
  };
}

/**
 * Every string `findAbbreviations` could return as a short form in `text`,
 * and more: the candidates at each bracket it examines, before any long
 * form is looked for or any check made — the bracket's content (cut as
 * `contentOf` cuts it), the last item of a bracket ("(long form, SF)"),
 * and every ending of the word before " (" (in "SF (long form)", a
 * sentence start may cut the word). The reading uses it to know, without
 * finding the article's definitions, that a form can be defined nowhere in
 * it (lib/annotate/early.ts); a unit test checks that it holds every short
 * form found on the saved pages.
 */
export function potentialShortForms(text: string, into: Set<string> = new Set()): Set<string> {
  for (const [open, close] of bracketPairs(text)) {
    if (open === 0 || !SPACE.test(text[open - 1])) continue;
    const content = contentOf(text, open, close);
    if (content && content[1] - content[0] <= MAX_SHORT) into.add(text.slice(content[0], content[1]));
    const comma = text.lastIndexOf(', ', close);
    if (comma > open) {
      const last = text.slice(comma + 2, close).trim();
      if (last.length <= MAX_SHORT) into.add(last);
    }
    let start = open - 1;
    while (start > 0 && !SPACE.test(text[start - 1]) && open - 1 - start < MAX_SHORT) start--;
    for (let s = start; s <= open - 1 - MIN_SHORT; s++) into.add(text.slice(s, open - 1));
  }
  return into;
}
