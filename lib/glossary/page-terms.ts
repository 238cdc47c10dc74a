/**
 * The terms of a page as every reading surface lists and counts them (the
 * popup's reading map, the side panel): the glossary terms the content
 * script found, then the abbreviations the paper defines itself
 * ("paper:<short form>", with the paper's long form). One list, so the
 * popup and the side panel always show the same number of terms; ids the
 * glossary does not know (a newer content script) are left out of both.
 */
import type { PageTerms } from '../messaging';
import type { GlossaryIndex } from './index';
import type { Category, Term } from './schema';

export const PAPER_PREFIX = 'paper:';

export type PageTerm =
  | { kind: 'glossary'; id: string; count: number; term: Term; category: Category }
  | { kind: 'paper'; id: string; count: number; shortForm: string; definedAs: string };

export function pageTermList(found: PageTerms['terms'], glossary: Pick<GlossaryIndex, 'terms'>): PageTerm[] {
  const ours: PageTerm[] = [];
  const papers: PageTerm[] = [];
  for (const { id, count, definedAs } of found) {
    const term = glossary.terms.get(id);
    if (term) ours.push({ kind: 'glossary', id, count, term, category: term.category });
    else if (id.startsWith(PAPER_PREFIX) && definedAs)
      papers.push({ kind: 'paper', id, count, shortForm: id.slice(PAPER_PREFIX.length), definedAs });
  }
  return [...ours, ...papers];
}
