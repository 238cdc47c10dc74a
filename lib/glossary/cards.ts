/**
 * The data of a term's card (tooltip, side panel), built where the whole
 * glossary is loaded (the background, extension pages) and sent to the
 * content script on demand, so the page's bundle carries only match data.
 */
import type { Bilingual, Category } from './schema';
import type { GlossaryIndex } from './index';
import { citationLabel, termReview } from '../links';

export interface TermCardData {
  id: string;
  category: Category;
  name: Bilingual;
  definition: Bilingual;
  plain: Bilingual;
  related: Array<{ id: string; name: Bilingual }>;
  claimCount: number;
  review?: { url: string; label: string };
  /**
   * Set for an abbreviation the paper defines that our glossary lacks
   * (data-glossa-term="paper:<short form>"): its long form as the paper wrote it.
   */
  paper?: { shortForm: string; longForm: string };
}

/** A card for an abbreviation defined by the paper, not by us (the texts come from _locales). */
export function paperCard(
  id: string,
  shortForm: string,
  longForm: string,
  texts: { definition: Bilingual; plain: Bilingual },
): TermCardData {
  return {
    id,
    category: 'mechanism',
    name: { en: shortForm, ja: shortForm },
    definition: texts.definition,
    plain: texts.plain,
    related: [],
    claimCount: 0,
    paper: { shortForm, longForm },
  };
}

export function termCard(glossary: GlossaryIndex, termId: string): TermCardData | undefined {
  const term = glossary.terms.get(termId);
  if (!term) return undefined;
  const claims = glossary.claimsByTerm.get(term.id) ?? [];
  // The tooltip's "Open the related review": at a checked passage when one of the term's claims quotes it.
  const review = termReview(term, claims, glossary.references, glossary.passages);
  return {
    id: term.id,
    category: term.category,
    name: term.name,
    definition: term.definition,
    plain: term.plain,
    related: term.related.flatMap((id) => {
      const r = glossary.terms.get(id);
      return r ? [{ id, name: r.name }] : [];
    }),
    claimCount: claims.length,
    review: review ? { url: review.url, label: citationLabel(review.ref) } : undefined,
  };
}
