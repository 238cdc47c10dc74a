/**
 * The term matcher: every form of every term compiled once into one
 * Aho–Corasick automaton over normalised, lower-cased text.
 *
 * Rules (each has a unit test in tests/lib/match/matcher.test.ts):
 * - text is normalised first (lib/match/normalize.ts), so 5-HT₃ and 5‐HT3
 *   are 5-HT3;
 * - word boundaries: a form whose first (last) character is a letter or
 *   digit matches only where the text has no letter or digit just before
 *   (after) it — KCC2 is not found in KCC2a or xKCC2; punctuation is a
 *   boundary, so 5-HT3 is found in "5-HT3-mediated";
 * - the leftmost, then longest match wins; matches never overlap;
 * - abbreviations are case-sensitive (unless marked), full names are not.
 */
import { Automaton } from './automaton';
import { lowerSameLength } from './normalize';
import { formsOf } from '../glossary/forms';
import type { MatchTerm } from '../glossary/schema';

export interface CompiledForm {
  /** Normalised form in its original case. */
  text: string;
  caseSensitive: boolean;
  /** Terms this form can mean (more than one only for ambiguous forms). */
  termIds: string[];
  ambiguous: boolean;
}

export interface TextMatch {
  start: number;
  end: number;
  form: CompiledForm;
}

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

export class Matcher {
  readonly forms: CompiledForm[];
  private readonly automaton: Automaton;

  /**
   * `inflected(term)` gives a term's generated inflected forms: for
   * `bundled.terms`, lib/glossary/inflections.ts; none by default (the
   * content script's match data already includes them).
   */
  constructor(terms: readonly MatchTerm[], inflected?: (term: MatchTerm) => readonly string[]) {
    const byKey = new Map<string, CompiledForm>();
    for (const term of terms) {
      for (const form of formsOf(term, inflected ? inflected(term) : [])) {
        const key = `${form.caseSensitive ? 'C' : 'i'}${form.caseSensitive ? form.text : form.text.toLowerCase()}`;
        const existing = byKey.get(key);
        if (existing) {
          if (!existing.termIds.includes(term.id)) existing.termIds.push(term.id);
          existing.ambiguous ||= form.ambiguous;
        } else {
          byKey.set(key, { text: form.text, caseSensitive: form.caseSensitive, termIds: [term.id], ambiguous: form.ambiguous });
        }
      }
    }
    this.forms = [...byKey.values()];
    this.automaton = new Automaton(this.forms.map((f) => lowerSameLength(f.text)));
  }

  /** Matches in already-normalised text, leftmost-longest, non-overlapping. */
  find(text: string): TextMatch[] {
    const lowered = lowerSameLength(text);
    const candidates: TextMatch[] = [];
    for (const hit of this.automaton.search(lowered)) {
      const form = this.forms[hit.pattern];
      if (form.caseSensitive && text.slice(hit.start, hit.end) !== form.text) continue;
      if (isWordChar(form.text[0]) && isWordChar(text[hit.start - 1])) continue;
      if (isWordChar(form.text[form.text.length - 1]) && isWordChar(text[hit.end])) continue;
      candidates.push({ start: hit.start, end: hit.end, form });
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: TextMatch[] = [];
    let reach = 0;
    for (const match of candidates) {
      if (match.start < reach) continue;
      chosen.push(match);
      reach = match.end;
    }
    return chosen;
  }
}
