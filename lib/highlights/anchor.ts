/**
 * Selectors → a place in the normalised text, or nothing. The chain follows
 * Hypothesis (anchoring/match-quote.ts) with a confidence threshold added so
 * that a highlight is never placed where it does not belong:
 *   1. position: accepted only if the text there equals the quote and its
 *      context agrees;
 *   2. exact quote: near the stored position first (an occurrence with its
 *      whole context and section intact is taken at once), else every
 *      occurrence scored on prefix, suffix, section and closeness to the
 *      stored position; accepted when the context agrees, or when the quote
 *      is long and occurs once;
 *   3. approximate quote (approx-string-match, Myers' bit-parallel
 *      algorithm; long quotes located by their head and tail first):
 *      candidates scored on quote, prefix, suffix and position; accepted
 *      only above QUOTE_MIN and SCORE_MIN.
 * Pure string work: the DOM side is text.ts.
 */
import search from 'approx-string-match';
import type { Selectors } from './model';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: how sure we are. */
  score: number;
}

/** Weights of quote, prefix, suffix and position (Hypothesis: 50, 20, 20, 2). */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;
const W_SECTION = 4;

/** Context (mean of prefix and suffix similarity) needed to trust a position or a repeated quote. */
const CONTEXT_MIN = 0.5;
/** A quote this long that occurs once is accepted whatever its context. */
const UNIQUE_QUOTE_MIN = 12;
/** Approximate matches: the quote must be at least this similar… */
const QUOTE_MIN = 0.8;
/** …and the weighted score at least this high. */
const SCORE_MIN = 0.75;
/** Quotes shorter than this are never matched approximately: too many near matches. */
const FUZZY_MIN_LENGTH = 10;
/** Error budget of the approximate search, as a share of the quote (capped as in Hypothesis). */
const MAX_ERROR_RATE = 1 - QUOTE_MIN;
const MAX_ERRORS_CAP = 256;
/** Around the stored position, an exact occurrence with its context intact is taken without scanning the whole text. */
const HINT_WINDOW = 4000;
/** Exact occurrences scored at most (a very common short quote). */
const MAX_OCCURRENCES = 2000;

/** Levenshtein distance (two rows); strings here are at most a few dozen characters. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 for equal strings, 0 for nothing in common; an empty stored context contradicts nothing. */
function similarity(stored: string, actual: string): number {
  if (!stored.length) return 1;
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}

/** Length of the head and tail probes of a long quote, and the errors a probe may have. */
const PROBE = 32;
const PROBE_ERRORS = 8;

/**
 * Approximate matches of `exact` in `text`. A long quote is not searched
 * through the whole text at once (Myers' algorithm costs a pass per 32
 * characters of pattern): its first and last 32 characters are, which is
 * cheap, and the whole quote only in windows around where either probe
 * matched. A match of the whole quote that both probes miss would need more
 * than PROBE_ERRORS edits at each end: not the light edit this step is for.
 */
export function approximateMatches(text: string, exact: string, maxErrors: number): Array<{ start: number; end: number; errors: number }> {
  if (exact.length <= 2 * PROBE) return search(text, exact, maxErrors);
  const windows: Array<[number, number]> = [];
  for (const m of search(text, exact.slice(0, PROBE), PROBE_ERRORS))
    windows.push([m.start - maxErrors, m.start + exact.length + maxErrors]);
  for (const m of search(text, exact.slice(-PROBE), PROBE_ERRORS)) windows.push([m.end - exact.length - maxErrors, m.end + maxErrors]);
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of windows) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const out: Array<{ start: number; end: number; errors: number }> = [];
  for (const [from, to] of merged) {
    const start = Math.max(0, from);
    for (const m of search(text.slice(start, Math.min(text.length, to)), exact, maxErrors))
      out.push({ start: m.start + start, end: m.end + start, errors: m.errors });
  }
  return out;
}

export interface AnchorOptions {
  /** The section heading in force at an offset (a hint only). */
  sectionAt?: (offset: number) => string | undefined;
  /** Whether to try the approximate search (default true); the content script runs it later, in its own tasks. */
  fuzzy?: boolean;
}

class Scorer {
  constructor(
    private readonly text: string,
    private readonly sel: Selectors,
    private readonly hint: number | undefined,
    private readonly options: AnchorOptions,
  ) {}

  prefix(start: number): number {
    const p = this.sel.quote.prefix;
    return similarity(p, this.text.slice(Math.max(0, start - p.length), start));
  }

  suffix(end: number): number {
    const s = this.sel.quote.suffix;
    return similarity(s, this.text.slice(end, end + s.length));
  }

  context(start: number, end: number): number {
    return (this.prefix(start) + this.suffix(end)) / 2;
  }

  position(start: number): number {
    if (this.hint === undefined || !this.text.length) return 0.5;
    return 1 - Math.min(1, Math.abs(start - this.hint) / this.text.length);
  }

  section(start: number): number {
    const wanted = this.sel.section;
    const at = this.options.sectionAt;
    if (!wanted || !at) return 0.5;
    return at(start)?.toLowerCase() === wanted.toLowerCase() ? 1 : 0;
  }

  /** Weighted score in 0..1. */
  total(start: number, end: number, quote: number): number {
    const sum =
      W_QUOTE * quote +
      W_PREFIX * this.prefix(start) +
      W_SUFFIX * this.suffix(end) +
      W_POSITION * this.position(start) +
      W_SECTION * this.section(start);
    return sum / (W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION + W_SECTION);
  }
}

/**
 * Where the selectors point in `text`, or undefined when no place is
 * trustworthy. The stored position is used only when `samePositions` (the
 * text comes from the layout the position was taken on).
 */
export function anchor(text: string, sel: Selectors, samePositions: boolean, options: AnchorOptions = {}): Anchored | undefined {
  const exact = sel.quote.exact;
  if (!exact) return undefined;
  // Offsets taken on another layout (PubMed vs PMC) say nothing about this text.
  const pos = samePositions ? sel.position : undefined;
  const hint = pos ? pos.start : undefined;
  const score = new Scorer(text, sel, hint, options);

  // 1. Position.
  if (pos && pos.end - pos.start === exact.length && text.slice(pos.start, pos.end) === exact) {
    if (score.context(pos.start, pos.end) >= CONTEXT_MIN) {
      return { start: pos.start, end: pos.end, method: 'position', score: score.total(pos.start, pos.end, 1) };
    }
  }

  // 2. Exact quote: first near the stored position (the text moved a
  // little). An occurrence there with its whole context and section intact,
  // the nearest one if several, is what the full search below would choose.
  if (hint !== undefined) {
    let best = -1;
    for (
      let at = text.indexOf(exact, Math.max(0, hint - HINT_WINDOW));
      at >= 0 && at <= hint + HINT_WINDOW;
      at = text.indexOf(exact, at + 1)
    ) {
      if (
        score.context(at, at + exact.length) === 1 &&
        score.section(at) !== 0 &&
        (best < 0 || Math.abs(at - hint) < Math.abs(best - hint))
      )
        best = at;
    }
    if (best >= 0) return { start: best, end: best + exact.length, method: 'quote', score: score.total(best, best + exact.length, 1) };
  }
  // …then everywhere.
  const occurrences: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && occurrences.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1))
    occurrences.push(at);
  if (occurrences.length) {
    let best = -1;
    let bestScore = -1;
    for (const at of occurrences) {
      const s = score.total(at, at + exact.length, 1);
      if (s > bestScore) {
        bestScore = s;
        best = at;
      }
    }
    const end = best + exact.length;
    const trusted = score.context(best, end) >= CONTEXT_MIN || (occurrences.length === 1 && exact.length >= UNIQUE_QUOTE_MIN);
    if (trusted) return { start: best, end, method: 'quote', score: bestScore };
    // Occurrences exist but none in a context we recognise: an approximate
    // match elsewhere would be no better grounded.
    if (exact.length < UNIQUE_QUOTE_MIN) return undefined;
  }

  // 3. Approximate quote.
  if (options.fuzzy === false || exact.length < FUZZY_MIN_LENGTH) return undefined;
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(exact.length * MAX_ERROR_RATE));
  const matches = approximateMatches(text, exact, maxErrors);
  if (!matches.length) return undefined;
  let fewest = Infinity;
  for (const m of matches) fewest = Math.min(fewest, m.errors);
  let found: Anchored | undefined;
  for (const m of matches) {
    // Only near-best candidates: the rest are shifted copies of the same region.
    if (m.errors > fewest + 2) continue;
    const quote = 1 - m.errors / exact.length;
    if (quote < QUOTE_MIN) continue;
    const total = score.total(m.start, m.end, quote);
    if (!found || total > found.score) found = { start: m.start, end: m.end, method: 'fuzzy', score: total };
  }
  if (!found || found.score < SCORE_MIN) return undefined;
  // Never start or end on a space.
  while (found.start < found.end && text[found.start] === ' ') found.start++;
  while (found.end > found.start && text[found.end - 1] === ' ') found.end--;
  return found.end > found.start ? found : undefined;
}
