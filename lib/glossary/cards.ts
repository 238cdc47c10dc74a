/**
 * The data of a term's card (tooltip, side panel), built where the whole
 * glossary is loaded (the background, extension pages) and sent to the
 * content script on demand, so the page's bundle carries only match data.
 */
import type { Bilingual, Category, Evidence } from './schema';
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
  /** The kind of evidence of each of the term's claims, for the evidence summary (components/Evidence.tsx TermEvidence). */
  claimEvidence: Evidence[];
  review?: { url: string; label: string };
  /**
   * Set for an abbreviation the paper defines that our glossary lacks
   * (data-glossa-term="paper:<short form>"): its long form as the paper wrote it.
   */
  paper?: { shortForm: string; longForm: string };
}

/**
 * A card for an abbreviation defined by the paper, not by us: its texts are
 * the paper's long form; the tooltip words them in the reader's language.
 */
export function paperCard(id: string, shortForm: string, longForm: string): TermCardData {
  return {
    id,
    category: 'mechanism',
    name: { en: shortForm, ja: shortForm },
    definition: { en: longForm, ja: longForm },
    plain: { en: longForm, ja: longForm },
    related: [],
    claimCount: 0,
    claimEvidence: [],
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
    claimEvidence: claims.map((c) => c.evidence),
    review: review ? { url: review.url, label: citationLabel(review.ref) } : undefined,
  };
}
