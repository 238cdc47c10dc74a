/**
 * The term matcher: every form of every term (compiled and sorted at build
 * time, lib/match/compiled.ts) in one trie over normalised, lower-cased
 * text (lib/match/trie.ts), walked from each place a word can start.
 *
 * Rules (each has a unit test in tests/lib/match/matcher.test.ts):
 * - text is normalised first (lib/match/normalize.ts), so 5-HT₃ and 5‐HT3
 *   are 5-HT3;
 * - word boundaries: a form whose first (last) character is a letter or
 *   digit matches only where the text has no letter or digit just before
 *   (after) it — KCC2 is not found in KCC2a or xKCC2; punctuation is a
 *   boundary, so 5-HT3 is found in "5-HT3-mediated";
 * - the leftmost, then longest match wins; matches never overlap;
 * - abbreviations are case-sensitive (unless marked), full names are not;
 * - a subtype after a slash names its own form: in "5-HT1B/1D" and
 *   "5-HT2A/2C", "1D" and "2C" are matches of 5-HT1D and 5-HT2C (the
 *   match's text with its last characters replaced by as many of the same
 *   kind: digits for digits, letters for letters).
 */
import { Trie } from './trie';
import { isWordCode } from './chars';
import { finish } from '../steps';
import { lowerSameLength } from './normalize';
import { compileTerms, REF_AMBIGUOUS, type CompiledData, type CompiledFormRow, type CompiledTerm } from './compiled';
import type { MatchTerm } from '../glossary/schema';

export interface CompiledForm {
  /** Normalised form in its original case. */
  text: string;
  caseSensitive: boolean;
  /** Terms this form can mean (more than one only for ambiguous forms). */
  termIds: string[];
  ambiguous: boolean;
}

/** Whether a form always means its one term (not ambiguous, not shared): no context needed to decide it. */
export function meansOneTerm(form: CompiledForm): boolean {
  return !form.ambiguous && form.termIds.length === 1;
}

export interface TextMatch {
  start: number;
  end: number;
  form: CompiledForm;
}

/** Flags per pattern: case-sensitive, ends with a letter or digit. */
const CASE = 1;
const WORD_END = 2;
/** Forms per step of a stepwise build. */
const STEP = 8192;

/** The refs of a row's enabled terms. */
function enabledRefs(row: CompiledFormRow, enabled: readonly boolean[]): number[] {
  const refs: number[] = [];
  for (let i = 2; i < row.length; i++) if (enabled[(row[i] as number) >> 2]) refs.push(row[i] as number);
  return refs;
}

/** What a matcher is made of, built in steps. */
class MatcherParts {
  constructor(
    readonly data: CompiledData,
    readonly enabled: readonly boolean[],
    readonly rowOf: Int32Array,
    readonly flags: Uint8Array,
    readonly trie: Trie,
  ) {}
}

function* matcherParts(
  source: readonly MatchTerm[] | CompiledData,
  inflected?: (term: MatchTerm) => readonly string[],
  enabled?: (term: CompiledTerm) => boolean,
): Generator<void, MatcherParts> {
  const data = 'forms' in source ? source : compileTerms(source, inflected);
  const on = data.terms.map((t) => !enabled || enabled(t));
  const all = on.every(Boolean);
  const rows = data.forms;
  const rowOf = new Int32Array(rows.length);
  const flags = new Uint8Array(rows.length);
  const texts: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (r % STEP === STEP - 1) yield;
    if (!all && !enabledRefs(row, on).length) continue;
    const text = row[0];
    rowOf[texts.length] = r;
    flags[texts.length] = (row[1] === 1 ? CASE : 0) | (isWordCode(text.charCodeAt(text.length - 1)) ? WORD_END : 0);
    texts.push(text);
  }
  // Lower-cased in one call (forms never contain a line break); one by one if a character changes length.
  const joined = texts.join('\n');
  const lower = joined.toLowerCase();
  const patterns = !texts.length ? [] : lower.length === joined.length ? lower.split('\n') : texts.map(lowerSameLength);
  if (patterns.length !== texts.length) throw new Error('Matcher: a form contains a line break');
  yield;
  const trie = yield* Trie.build(patterns);
  return new MatcherParts(data, on, rowOf.subarray(0, patterns.length), flags.subarray(0, patterns.length), trie);
}

export class Matcher {
  /** The compiled data and which of its terms are matched (for namesOf). */
  readonly data: CompiledData;
  readonly enabled: readonly boolean[];
  private readonly trie: Trie;
  /** The row of `data.forms` of each pattern of the trie. */
  private readonly rowOf: Int32Array;
  private readonly flags: Uint8Array;
  /** Forms made on first use (a large glossary's are mostly never matched). */
  private readonly made: (CompiledForm | undefined)[];

  /**
   * From terms: `inflected(term)` gives a term's generated inflected forms
   * (for `bundled.terms`, lib/glossary/inflections.ts; none by default).
   * From compiled data (lib/match/compiled.ts, what the content script
   * carries): `enabled` picks the terms to match (all by default), exactly as
   * if the data had been compiled from those terms alone.
   */
  constructor(
    source: readonly MatchTerm[] | CompiledData | MatcherParts,
    inflected?: (term: MatchTerm) => readonly string[],
    enabled?: (term: CompiledTerm) => boolean,
  ) {
    const parts = source instanceof MatcherParts ? source : finish(matcherParts(source, inflected, enabled));
    this.data = parts.data;
    this.enabled = parts.enabled;
    this.rowOf = parts.rowOf;
    this.flags = parts.flags;
    this.trie = parts.trie;
    this.made = new Array(parts.rowOf.length);
  }

  /**
   * The same matcher built in steps (a few thousand forms each), for a caller
   * that yields to the page in between: a large glossary's build never holds
   * the page up for long.
   */
  static *build(
    source: readonly MatchTerm[] | CompiledData,
    inflected?: (term: MatchTerm) => readonly string[],
    enabled?: (term: CompiledTerm) => boolean,
  ): Generator<void, Matcher> {
    return new Matcher(yield* matcherParts(source, inflected, enabled));
  }

  /** The form of pattern `p`. */
  private form(p: number): CompiledForm {
    let form = this.made[p];
    if (!form) {
      const row = this.data.forms[this.rowOf[p]];
      const refs = enabledRefs(row, this.enabled);
      form = this.made[p] = {
        text: row[0],
        caseSensitive: row[1] === 1,
        termIds: refs.map((ref) => this.data.terms[ref >> 2].id),
        ambiguous: refs.some((ref) => (ref & REF_AMBIGUOUS) !== 0),
      };
    }
    return form;
  }

  /** Every form matched (made on demand: reading them all costs as much as the glossary is large). */
  get forms(): CompiledForm[] {
    const forms: CompiledForm[] = [];
    for (let p = 0; p < this.rowOf.length; p++) forms.push(this.form(p));
    return forms;
  }

  /** The terms some ambiguous form or form shared by several terms may mean. */
  ambiguousTermIds(): Set<string> {
    const ids = new Set<string>();
    for (let p = 0; p < this.rowOf.length; p++) {
      const row = this.data.forms[this.rowOf[p]];
      // Most rows have one term and no ambiguity mark: skip them without allocating.
      if (row.length === 3 && ((row[2] as number) & REF_AMBIGUOUS) === 0) continue;
      const refs = enabledRefs(row, this.enabled);
      if (refs.length > 1 || refs.some((ref) => (ref & REF_AMBIGUOUS) !== 0)) for (const ref of refs) ids.add(this.data.terms[ref >> 2].id);
    }
    return ids;
  }

  /** States of the matcher's trie (benchmark figure). */
  get states(): number {
    return this.trie.states;
  }

  /**
   * Matches in already-normalised text, leftmost-longest, non-overlapping.
   * A form that starts with a letter or digit can only start where the text
   * does not continue a word, and a form that starts otherwise cannot start
   * on a letter or digit, so only those places are tried; from each, the trie
   * is walked as far as the text follows it, keeping the longest form that
   * passes its case and end-boundary checks.
   */
  find(text: string): TextMatch[] {
    const lowered = lowerSameLength(text);
    const trie = this.trie;
    const chosen: TextMatch[] = [];
    const length = text.length;
    let previousWord = false;
    for (let i = 0; i < length; i++) {
      const isWord = isWordCode(lowered.charCodeAt(i));
      const canStart = !(isWord && previousWord);
      previousWord = isWord;
      if (!canStart) continue;
      let state = 0;
      let best = -1;
      let bestEnd = 0;
      for (let j = i; j < length; j++) {
        state = trie.child(state, lowered.charCodeAt(j));
        if (state === 0) break;
        for (let p = trie.patternAt(state); p >= 0; p = trie.nextAt(p)) {
          const flags = this.flags[p];
          if ((flags & WORD_END) !== 0 && j + 1 < length && isWordCode(text.charCodeAt(j + 1))) continue;
          if ((flags & CASE) !== 0 && !text.startsWith(this.data.forms[this.rowOf[p]][0], i)) continue;
          best = p;
          bestEnd = j + 1;
          break;
        }
      }
      if (best < 0) continue;
      chosen.push({ start: i, end: bestEnd, form: this.form(best) });
      // "5-HT1B/1D": the subtype after the slash is a match of its own form.
      for (let matched = text.slice(i, bestEnd), p = best; text.charCodeAt(bestEnd) === SLASH; ) {
        const next = this.slashedSubtype(text, matched, bestEnd, p);
        if (!next) break;
        chosen.push(next.match);
        [matched, p, bestEnd] = [next.form, next.pattern, next.match.end];
      }
      // Matches never overlap: go on after this one (previousWord for the next start).
      previousWord = isWordCode(lowered.charCodeAt(bestEnd - 1));
      i = bestEnd - 1;
    }
    return chosen;
  }

  /**
   * After `matched` (the text of a match of pattern `p`) and the slash at
   * `slash`: the subtype after the slash ("1D" in "5-HT1B/1D") as a match
   * of the form made of the match's stem and that subtype ("5-HT1D"), if the
   * glossary has it and it is another form; with that form's text, for a
   * chain ("5-HT1A/1B/1D").
   */
  private slashedSubtype(
    text: string,
    matched: string,
    slash: number,
    p: number,
  ): { match: TextMatch; form: string; pattern: number } | undefined {
    let end = slash + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) if (++end - slash - 1 > MAX_SUBTYPE) return undefined;
    const subtype = text.slice(slash + 1, end);
    const stemLength = matched.length - subtype.length;
    if (stemLength < 1 || !SUBTYPE.test(subtype) || !sameKinds(matched.slice(stemLength), subtype)) return undefined;
    const form = matched.slice(0, stemLength) + subtype;
    const q = this.exact(form);
    if (q < 0 || this.rowOf[q] === this.rowOf[p]) return undefined;
    return { match: { start: slash + 1, end, form: this.form(q) }, form, pattern: q };
  }

  /** The pattern whose form is exactly `text` (case as the form requires), or -1. */
  private exact(text: string): number {
    const lowered = lowerSameLength(text);
    let state = 0;
    for (let j = 0; j < lowered.length && (state = this.trie.child(state, lowered.charCodeAt(j))) !== 0; j++);
    if (state === 0) return -1;
    for (let p = this.trie.patternAt(state); p >= 0; p = this.trie.nextAt(p)) {
      if (this.data.forms[this.rowOf[p]][0].length !== text.length) continue;
      if ((this.flags[p] & CASE) !== 0 && this.data.forms[this.rowOf[p]][0] !== text) continue;
      return p;
    }
    return -1;
  }
}

const SLASH = 0x2f;
/** A subtype after a slash: "1D", "2C", "D", "3". */
const SUBTYPE = /^(?:\d{1,2}[A-Z]?|[A-Z])$/;
const MAX_SUBTYPE = 3;

/** Whether two strings have the same kinds of characters, place by place (digit or not). */
function sameKinds(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (/\d/.test(a[i]) !== /\d/.test(b[i])) return false;
  return true;
}
