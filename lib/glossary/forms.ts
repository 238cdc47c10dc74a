/**
 * The surface forms a term is matched by: its variants (case-insensitive)
 * with generated regular plurals, and its abbreviations (case-sensitive
 * unless marked) with an optional plural "s".
 */
import { normalize } from '../match/normalize';
import type { Term } from './schema';

export function normalizeForm(text: string): string {
  return normalize(text.trim()).text;
}

const IRREGULAR: Record<string, string> = {
  nucleus: 'nuclei',
  ganglion: 'ganglia',
  axis: 'axes',
  analysis: 'analyses',
  criterion: 'criteria',
  phenomenon: 'phenomena',
  stimulus: 'stimuli',
  locus: 'loci',
  matrix: 'matrices',
  cortex: 'cortices',
  syndrome: 'syndromes',
};

/** Words whose plural is not formed (mass nouns, adjectives, already plural). */
const NO_PLURAL = /(?:ia|ics|ness|ity|tion|sion|ism|ing|al|ic|ous|ive|ed|ae|i|glia|data|pain)$/;

/** English plural of the last word of a phrase ("5-HT3 receptor" → "5-HT3 receptors"). */
export function pluralize(phrase: string): string | undefined {
  const m = /^(.*?)([A-Za-z]+)$/.exec(phrase);
  if (!m) return undefined;
  const [, head, word] = m;
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return head + IRREGULAR[lower];
  if (NO_PLURAL.test(lower) || word.length < 3) return undefined;
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${head}${word}es`;
  if (/[^aeiou]y$/.test(lower)) return `${head}${word.slice(0, -1)}ies`;
  if (/fe$/.test(lower)) return `${head}${word.slice(0, -2)}ves`;
  return `${head}${word}s`;
}

export interface Form {
  /** Normalised surface form. */
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
}

export function formsOf(term: Term): Form[] {
  const forms: Form[] = [];
  const seen = new Set<string>();
  const add = (text: string, caseSensitive: boolean, ambiguous: boolean) => {
    const norm = normalizeForm(text);
    const key = `${caseSensitive ? 'C' : 'i'}${caseSensitive ? norm : norm.toLowerCase()}`;
    if (!norm || seen.has(key)) return;
    seen.add(key);
    forms.push({ text: norm, caseSensitive, ambiguous });
  };
  for (const variant of term.variants) {
    add(variant, false, false);
    const plural = pluralize(normalizeForm(variant));
    if (plural) add(plural, false, false);
  }
  for (const abbr of term.abbreviations) {
    const sensitive = !abbr.caseInsensitive;
    add(abbr.text, sensitive, !!abbr.ambiguous);
    // "SNRIs", "5-HT3Rs": a plural s after an abbreviation ending in a capital or digit.
    if (/[A-Z0-9]$/.test(abbr.text)) add(`${abbr.text}s`, sensitive, !!abbr.ambiguous);
  }
  return forms;
}
