/**
 * The surface forms a term is matched by: its variants (case-insensitive)
 * with their inflected forms, generated at build time by
 * scripts/build-forms.mjs (compromise) and passed in by the caller, and
 * its abbreviations (case-sensitive unless marked) with an optional plural "s".
 */
import { normalizeText } from '../match/normalize';
import type { MatchTerm } from './schema';

export function normalizeForm(text: string): string {
  return normalizeText(text.trim());
}

export interface Form {
  /** Normalised surface form. */
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
}

/** `inflected`: the term's generated forms (lib/glossary/inflections.ts for the bundled data). */
export function formsOf(term: MatchTerm, inflected: readonly string[] = []): Form[] {
  const forms: Form[] = [];
  const seen = new Set<string>();
  const add = (text: string, caseSensitive: boolean, ambiguous: boolean) => {
    const norm = normalizeForm(text);
    const key = `${caseSensitive ? 'C' : 'i'}${caseSensitive ? norm : norm.toLowerCase()}`;
    if (!norm || seen.has(key)) return;
    seen.add(key);
    forms.push({ text: norm, caseSensitive, ambiguous });
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
