/**
 * The matcher's data compiled ahead of time (scripts/build-forms.mjs writes
 * it to data/generated/match.json, the content script's only glossary
 * data): every form of every term, normalised, deduplicated and sorted by
 * its lower-cased text, so the page builds its trie in one linear pass
 * without computing forms or sorting them (lib/match/trie.ts).
 */
import { formsOf, normalizeForm, stemsOf } from '../glossary/forms';
import { lowerSameLength } from './normalize';
import type { Category, MatchTerm } from '../glossary/schema';

/**
 * A form: [text, 1 if case-sensitive else 0, ...term refs]; a ref is
 * 4 × the term's index in `terms`, + 1 when that term marks the form
 * ambiguous, + 2 when the form is one of the term's own names (a variant or
 * an abbreviation as the glossary writes it, not a generated inflection).
 */
export type CompiledFormRow = [string, 0 | 1, ...number[]];

export interface CompiledTerm {
  id: string;
  category?: Category;
  cues?: string[];
}

export const REF_AMBIGUOUS = 1;
export const REF_NAME = 2;

export interface CompiledData {
  terms: CompiledTerm[];
  /** Sorted by lowerSameLength(text) in code-unit order; equal texts keep the glossary's order. */
  forms: CompiledFormRow[];
}

/**
 * As stored in data/generated/match.json: a top-level array, which Vite
 * emits as one `JSON.parse` call (faster to load than an object literal, and
 * the one literal the benchmark swaps for a pack).
 */
export type CompiledFile = [CompiledTerm[], CompiledFormRow[]];

export const toFile = (data: CompiledData): CompiledFile => [data.terms, data.forms];
export const fromFile = ([terms, forms]: CompiledFile): CompiledData => ({ terms, forms });

/** `inflected(term)`: the term's generated inflected forms (already in the variants of match data). */
export function compileTerms(
  terms: readonly (MatchTerm & { category?: Category })[],
  inflected: (term: MatchTerm) => readonly string[] = () => [],
): CompiledData {
  interface Pending {
    text: string;
    caseSensitive: boolean;
    refs: number[];
    lower: string;
    order: number;
  }
  const byKey = new Map<string, Pending>();
  const keyOf = (text: string, caseSensitive: boolean) => `${caseSensitive ? 'C' : 'i'}${caseSensitive ? text : text.toLowerCase()}`;
  const stems = stemsOf(terms);
  terms.forEach((term, t) => {
    const names = new Set([
      ...term.variants.map((v) => keyOf(normalizeForm(v), false)),
      ...term.abbreviations.map((a) => keyOf(normalizeForm(a.text), !a.caseInsensitive)),
    ]);
    for (const form of formsOf(term, inflected(term), stems)) {
      const key = keyOf(form.text, form.caseSensitive);
      let pending = byKey.get(key);
      if (!pending)
        byKey.set(
          key,
          (pending = {
            text: form.text,
            caseSensitive: form.caseSensitive,
            refs: [],
            lower: lowerSameLength(form.text),
            order: byKey.size,
          }),
        );
      const ref = t * 4 + (form.ambiguous ? REF_AMBIGUOUS : 0) + (names.has(key) ? REF_NAME : 0);
      const existing = pending.refs.findIndex((r) => r >> 2 === t);
      if (existing < 0) pending.refs.push(ref);
      else pending.refs[existing] |= ref;
    }
  });
  const sorted = [...byKey.values()].sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : a.order - b.order));
  return {
    terms: terms.map((term) => ({
      id: term.id,
      ...(term.category ? { category: term.category } : {}),
      ...(term.cues?.length ? { cues: term.cues } : {}),
    })),
    forms: sorted.map((f): CompiledFormRow => [f.text, f.caseSensitive ? 1 : 0, ...f.refs]),
  };
}

/** Each term's own names (variants and abbreviations, normalised), by term id. */
export function namesOfCompiled(data: CompiledData, enabled?: readonly boolean[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const [text, , ...refs] of data.forms) {
    for (const ref of refs as number[]) {
      if ((ref & REF_NAME) === 0 || (enabled && !enabled[ref >> 2])) continue;
      const id = data.terms[ref >> 2].id;
      const list = names.get(id);
      if (list) list.push(text);
      else names.set(id, [text]);
    }
  }
  return names;
}
