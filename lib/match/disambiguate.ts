/**
 * Ambiguous abbreviations (ACC, CPM, CS, NE, PAG …) mean other things in
 * other fields. Policy: an ambiguous form is given to a term only when the
 * article also uses one of that term's full names or one of its context cues;
 * when several terms qualify, the one with the most evidence wins; when none
 * does, the form is left unannotated. (Issue #4 adds the paper's own
 * definitions, which will take precedence.)
 */
import type { MatchTerm } from '../glossary/schema';
import type { CompiledForm, Matcher } from './matcher';
import { lowerSameLength } from './normalize';

function countWord(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
    const before = haystack[i - 1];
    const after = haystack[i + needle.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) count++;
  }
  return count;
}

export type Resolver = (form: CompiledForm) => string | undefined;

/**
 * Builds a resolver for one article. `articleText` is the normalised text of
 * all annotation roots; `matches` are the unambiguous matches found in it.
 */
export function resolverFor(terms: ReadonlyMap<string, MatchTerm>, matcher: Matcher, articleText: string): Resolver {
  const lowered = lowerSameLength(articleText);
  const evidence = new Map<string, number>();
  for (const match of matcher.find(articleText)) {
    if (match.form.ambiguous || match.form.termIds.length !== 1) continue;
    const id = match.form.termIds[0];
    evidence.set(id, (evidence.get(id) ?? 0) + 1);
  }
  const score = (id: string): number => {
    let total = evidence.get(id) ?? 0;
    for (const cue of terms.get(id)?.cues ?? []) total += countWord(lowered, lowerSameLength(cue));
    return total;
  };
  const cache = new Map<CompiledForm, string | undefined>();
  return (form) => {
    if (!form.ambiguous && form.termIds.length === 1) return form.termIds[0];
    if (cache.has(form)) return cache.get(form);
    let best: string | undefined;
    let bestScore = 0;
    for (const id of form.termIds) {
      const s = score(id);
      if (s > bestScore) [best, bestScore] = [id, s];
    }
    cache.set(form, best);
    return best;
  };
}
