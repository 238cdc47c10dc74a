/**
 * The surface forms a term is matched by: its variants (case-insensitive)
 * with their inflected forms, generated at build time by
 * scripts/build-forms.mjs (compromise) and passed in by the caller, and
 * its abbreviations (case-sensitive unless marked) with an optional plural
 * "s"; each in every spelling of ./spellings.ts (Greek letters, spaced
 * subtype numbers).
 */
import { normalizeText } from '../match/normalize';
import type { MatchTerm } from './schema';
import { spellingsOf, subtypeStems } from './spellings';

export function normalizeForm(text: string): string {
  return normalizeText(text.trim());
}

export interface Form {
  /** Normalised surface form. */
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
}

/** The stems of subtype families among `terms` (./spellings.ts), for formsOf. */
export function stemsOf(terms: readonly Pick<MatchTerm, 'variants' | 'abbreviations'>[]): string[] {
  const abbreviations = terms.flatMap((t) => t.abbreviations.map((a) => normalizeForm(a.text)));
  const forms = terms.flatMap((t) => [...t.variants, ...t.abbreviations.map((a) => a.text)].map(normalizeForm));
  return subtypeStems([...new Set(abbreviations)], forms);
}

/**
 * `inflected`: the term's generated forms (lib/glossary/inflections.ts for
 * the bundled data); `stems`: the glossary's subtype stems (stemsOf).
 */
export function formsOf(term: MatchTerm, inflected: readonly string[] = [], stems: readonly string[] = []): Form[] {
  const forms: Form[] = [];
  const seen = new Set<string>();
  const add = (text: string, caseSensitive: boolean, ambiguous: boolean) => {
    for (const spelling of spellingsOf(normalizeForm(text), stems)) {
      const key = `${caseSensitive ? 'C' : 'i'}${caseSensitive ? spelling : spelling.toLowerCase()}`;
      if (!spelling || seen.has(key)) continue;
      seen.add(key);
      forms.push({ text: spelling, caseSensitive, ambiguous });
    }
  };
  for (const variant of [...term.variants, ...inflected]) add(variant, false, false);
  for (const abbr of term.abbreviations) {
    const sensitive = !abbr.caseInsensitive;
    add(abbr.text, sensitive, !!abbr.ambiguous);
    // "SNRIs", "5-HT3Rs": a plural s after an abbreviation ending in a capital or digit.
    if (/[A-Z0-9]$/.test(abbr.text)) add(`${abbr.text}s`, sensitive, !!abbr.ambiguous);
  }
  return forms;
}
