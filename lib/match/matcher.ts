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
import { isWordCode } from './chars';
import { finish } from '../steps';
import { lowerSameLength } from './normalize';
import { compileTerms, REF_AMBIGUOUS, type CompiledData, type CompiledTerm } from './compiled';
import { FORM_CASE, FORM_WORD_END, PackedMatchData, packSteps } from './packed';
import type { MatchTerm } from '../glossary/schema';
import type { Category } from '../glossary/categories';

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

/** Which terms a matcher matches: all, those a predicate picks, or those of some categories (and those without one). */
export type TermFilter = ((term: CompiledTerm) => boolean) | { categories: ReadonlySet<Category> };

/** Per term: 1 when matched; undefined when every term is. */
function enabledTerms(packed: PackedMatchData, filter: TermFilter | undefined): Uint8Array | undefined {
  if (!filter) return undefined;
  const on = new Uint8Array(packed.terms);
  for (let t = 0; t < packed.terms; t++) {
    if (typeof filter === 'function') on[t] = filter(packed.term(t)) ? 1 : 0;
    else {
      const category = packed.category(t);
      on[t] = !category || filter.categories.has(category) ? 1 : 0;
    }
  }
  return on.every(Boolean) ? undefined : on;
}

/** Packed data from terms or compiled data, in steps (the trie's build yields). */
function* packedOf(
  source: readonly MatchTerm[] | CompiledData | PackedMatchData,
  inflected?: (term: MatchTerm) => readonly string[],
): Generator<void, PackedMatchData> {
  if (source instanceof PackedMatchData) return source;
  const data = 'forms' in source ? source : compileTerms(source, inflected);
  return new PackedMatchData(yield* packSteps(data));
}

export class Matcher {
  /** The glossary's forms and terms (lib/match/packed.ts): form p is the trie's pattern p. */
  private readonly packed: PackedMatchData;
  /** Per term, 1 if matched; undefined when all are. */
  private readonly enabled: Uint8Array | undefined;
  /** Per form, when some terms are not matched: 0 not known yet, 1 matched (one of its terms is), 2 not. */
  private readonly live: Uint8Array | undefined;
  /** Forms made on first use (a large glossary's are mostly never matched). */
  private readonly made: (CompiledForm | undefined)[];
  /** Term index by id, for the ids this matcher has handed out. */
  private readonly indexOfId = new Map<string, number>();

  /**
   * From terms: `inflected(term)` gives a term's generated inflected forms
   * (for `bundled.terms`, lib/glossary/inflections.ts; none by default).
   * From compiled data (lib/match/compiled.ts) or packed data (what the
   * content script loads, lib/match/packed.ts): `enabled` picks the terms to
   * match (all by default), exactly as if the data had been compiled from
   * those terms alone.
   */
  constructor(
    source: readonly MatchTerm[] | CompiledData | PackedMatchData,
    inflected?: (term: MatchTerm) => readonly string[],
    enabled?: TermFilter,
  ) {
    this.packed = finish(packedOf(source, inflected));
    this.enabled = enabledTerms(this.packed, enabled);
    this.live = this.enabled ? new Uint8Array(this.packed.forms) : undefined;
    this.made = new Array(this.packed.forms);
  }

  /**
   * The same matcher built in steps (a few thousand forms each), for a caller
   * that yields to the page in between: a large glossary's build never holds
   * the page up for long. (Packed data needs no build.)
   */
  static *build(
    source: readonly MatchTerm[] | CompiledData | PackedMatchData,
    inflected?: (term: MatchTerm) => readonly string[],
    enabled?: TermFilter,
  ): Generator<void, Matcher> {
    return new Matcher(yield* packedOf(source, inflected), undefined, enabled);
  }

  /** Whether form p is matched: one of its terms is. */
  private isLive(p: number): boolean {
    const live = this.live;
    if (!live) return true;
    if (live[p] === 0) {
      live[p] = 2;
      for (const ref of this.packed.refs(p)) if (this.enabled![ref >> 2]) live[p] = 1;
    }
    return live[p] === 1;
  }

  /** The refs of form p's matched terms. */
  private refs(p: number): number[] {
    const refs: number[] = [];
    for (const ref of this.packed.refs(p)) if (!this.enabled || this.enabled[ref >> 2]) refs.push(ref);
    return refs;
  }

  private termId(t: number): string {
    const id = this.packed.termId(t);
    this.indexOfId.set(id, t);
    return id;
  }

  /** The form of pattern `p`. */
  private form(p: number): CompiledForm {
    let form = this.made[p];
    if (!form) {
      const refs = this.refs(p);
      form = this.made[p] = {
        text: this.packed.text(p),
        caseSensitive: (this.packed.flags[p] & FORM_CASE) !== 0,
        termIds: refs.map((ref) => this.termId(ref >> 2)),
        ambiguous: refs.some((ref) => (ref & REF_AMBIGUOUS) !== 0),
      };
    }
    return form;
  }

  /** Every form matched (made on demand: reading them all costs as much as the glossary is large). */
  get forms(): CompiledForm[] {
    const forms: CompiledForm[] = [];
    for (let p = 0; p < this.packed.forms; p++) if (this.isLive(p)) forms.push(this.form(p));
    return forms;
  }

  /** The terms some ambiguous form or form shared by several terms may mean. */
  ambiguousTermIds(): Set<string> {
    const ids = new Set<string>();
    // Only forms with several terms or an ambiguous one (the packed data lists them).
    for (const p of this.packed.shared) {
      const refs = this.refs(p);
      if (refs.length > 1 || refs.some((ref) => (ref & REF_AMBIGUOUS) !== 0)) for (const ref of refs) ids.add(this.termId(ref >> 2));
    }
    return ids;
  }

  /** A matched term's own names (variants and abbreviations, normalised), in form order; undefined for a term not matched. */
  namesOf(termId: string): string[] | undefined {
    let t = this.indexOfId.get(termId);
    if (t === undefined) {
      for (let i = 0; i < this.packed.terms && t === undefined; i++) if (this.packed.termId(i) === termId) t = i;
      if (t === undefined) return undefined;
      this.indexOfId.set(termId, t);
    }
    if (this.enabled && !this.enabled[t]) return undefined;
    const names = [...this.packed.names(t)].map((p) => this.packed.text(p));
    return names.length ? names : undefined;
  }

  /** The matched terms that have context cues. */
  cueTerms(): { id: string; cues: string[] }[] {
    const terms: { id: string; cues: string[] }[] = [];
    for (const [t, cues] of this.packed.cues) if (!this.enabled || this.enabled[t]) terms.push({ id: this.termId(t), cues });
    return terms;
  }

  /** States of the matcher's trie (benchmark figure). */
  get states(): number {
    return this.packed.trie.states;
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
    const packed = this.packed;
    const trie = packed.trie;
    const flagsOf = packed.flags;
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
          const flags = flagsOf[p];
          if ((flags & FORM_WORD_END) !== 0 && j + 1 < length && isWordCode(text.charCodeAt(j + 1))) continue;
          if ((flags & FORM_CASE) !== 0 && !packed.textAt(p, text, i)) continue;
          if (!this.isLive(p)) continue;
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
    if (q < 0 || q === p) return undefined;
    return { match: { start: slash + 1, end, form: this.form(q) }, form, pattern: q };
  }

  /** The pattern whose form is exactly `text` (case as the form requires), or -1. */
  private exact(text: string): number {
    const lowered = lowerSameLength(text);
    let state = 0;
    const { trie } = this.packed;
    for (let j = 0; j < lowered.length && (state = trie.child(state, lowered.charCodeAt(j))) !== 0; j++);
    if (state === 0) return -1;
    for (let p = trie.patternAt(state); p >= 0; p = trie.nextAt(p)) {
      const form = this.packed.text(p);
      if (form.length !== text.length || !this.isLive(p)) continue;
      if ((this.packed.flags[p] & FORM_CASE) !== 0 && form !== text) continue;
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
