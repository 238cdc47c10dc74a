/**
 * Links out of Glossa: only https PubMed, PMC and doi.org, built from
 * verified identifiers. "Open the related review" prefers PMC full text
 * (open access) over PubMed over the DOI.
 */
import type { Claim, Reference, Term } from './glossary/schema';

export function referenceUrl(ref: Reference): string | undefined {
  if (ref.pmcid) return `https://pmc.ncbi.nlm.nih.gov/articles/${encodeURIComponent(ref.pmcid)}/`;
  if (ref.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(ref.pmid)}/`;
  if (ref.doi) return `https://doi.org/${ref.doi.split('/').map(encodeURIComponent).join('/')}`;
  return undefined;
}

/** Short citation: "Aby F et al. 2022, J Neurosci". */
export function citationLabel(ref: Reference): string {
  const first = ref.authors?.split(/[,;]/)[0]?.trim();
  const authors = first ? (ref.authors!.includes(',') || ref.authors!.includes(';') ? `${first} et al.` : first) : undefined;
  return [authors, ref.year, ref.journal].filter(Boolean).join(', ') || ref.title || ref.id;
}

/**
 * The review to open for a term: the first linkable one it lists; else,
 * among the reviews in its references and its claims' references, one with
 * a PMCID (open on PMC) before one without.
 */
export function relatedReview(term: Term, claims: readonly Claim[], refs: ReadonlyMap<string, Reference>): Reference | undefined {
  const linkable = (id: string) => {
    const ref = refs.get(id);
    return ref && referenceUrl(ref) ? ref : undefined;
  };
  // The author's own order of reviews is by relevance: keep it.
  const listed = (term.reviews ?? []).map(linkable).find(Boolean);
  if (listed) return listed;
  const ids = [
    ...term.references,
    ...claims.filter((c) => c.terms.includes(term.id)).flatMap((c) => c.references),
  ];
  const candidates = ids.map(linkable).filter((r): r is Reference => !!r);
  const reviews = candidates.filter((r) => r.kind === 'review');
  const pool = reviews.length ? reviews : candidates;
  return pool.find((r) => r.pmcid) ?? pool[0];
}
