/**
 * Links out of Glossa: only https PubMed, PMC and doi.org, built from
 * verified identifiers. "Open the related review" prefers PMC full text
 * (open access) over PubMed over the DOI; where a claim has a checked
 * passage (data/passages.json) the link opens the page the passage was
 * checked on (PMC or PubMed) with a URL text fragment (#:~:text=…,
 * lib/text-fragments.ts), so the browser scrolls to the supporting sentence
 * and highlights it. "Find reviews on PubMed" is a PubMed search restricted
 * to reviews. Nothing here fetches anything.
 */
import type { Claim, Passage, PassagePage, Reference, Term } from './glossary/schema';
import { withTextFragment } from './text-fragments';

export { encodeTextDirectivePart, textFragment, withTextFragment } from './text-fragments';

/** The only hosts Glossa links to. */
export const LINK_HOSTS = ['pmc.ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'doi.org'] as const;

/** Passages by claim id. */
export type Passages = ReadonlyMap<string, Passage>;

const NO_PASSAGES: Passages = new Map();

/** The record's PMC article page or PubMed abstract page, when it has that identifier. */
export function pageUrl(ref: Reference, page: PassagePage): string | undefined {
  if (page === 'pmc') return ref.pmcid ? `https://pmc.ncbi.nlm.nih.gov/articles/${encodeURIComponent(ref.pmcid)}/` : undefined;
  return ref.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(ref.pmid)}/` : undefined;
}

export function referenceUrl(ref: Reference): string | undefined {
  const ncbi = pageUrl(ref, 'pmc') ?? pageUrl(ref, 'pubmed');
  if (ncbi) return ncbi;
  if (ref.doi) return `https://doi.org/${ref.doi.split('/').map(encodeURIComponent).join('/')}`;
  return undefined;
}

/** The link to a passage: its page with the text fragment; undefined when the record lacks that page's identifier. */
export function passageUrl(ref: Reference, passage: Passage): string | undefined {
  const url = pageUrl(ref, passage.page);
  return url && withTextFragment(url, passage);
}

/** Whether a URL is one Glossa may open: https on PMC, PubMed or doi.org. */
export function isAllowedLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (LINK_HOSTS as readonly string[]).includes(u.hostname);
  } catch {
    return false;
  }
}

/** Short citation: "Aby F et al. 2022, J Neurosci". */
export function citationLabel(ref: Reference): string {
  const first = ref.authors?.split(/[,;]/)[0]?.trim();
  const authors = first ? (ref.authors!.includes(',') || ref.authors!.includes(';') ? `${first} et al.` : first) : undefined;
  return [authors, ref.year, ref.journal].filter(Boolean).join(', ') || ref.title || ref.id;
}

export interface ReviewLink {
  ref: Reference;
  url: string;
  /** Whether the URL carries a text fragment for a checked passage. */
  passage: boolean;
}

/** The claim's passage as a link, when its reference is known and has the page's identifier. */
function passageLink(claim: Claim, refs: ReadonlyMap<string, Reference>, passages: Passages): ReviewLink | undefined {
  const passage = passages.get(claim.id);
  const ref = passage && claim.references.includes(passage.ref) ? refs.get(passage.ref) : undefined;
  const url = ref && passageUrl(ref, passage!);
  return ref && url ? { ref, url, passage: true } : undefined;
}

/** The claims of a term, those naming it as subject or object first. */
function claimsOf(term: Term, claims: readonly Claim[]): Claim[] {
  const about = claims.filter((c) => c.terms.includes(term.id));
  const central = (c: Claim) => (c.subject === term.id || c.object === term.id ? 0 : 1);
  return about
    .map((c, i) => ({ c, i }))
    .sort((a, b) => central(a.c) - central(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/**
 * The review to open for a term: the first linkable one it lists; else,
 * among the reviews in its references and its claims' references, one that
 * one of its claims quotes a checked passage of, then one with a PMCID (open
 * on PMC), then any.
 */
export function relatedReview(
  term: Term,
  claims: readonly Claim[],
  refs: ReadonlyMap<string, Reference>,
  passages: Passages = NO_PASSAGES,
): Reference | undefined {
  const linkable = (id: string) => {
    const ref = refs.get(id);
    return ref && referenceUrl(ref) ? ref : undefined;
  };
  // The author's own order of reviews is by relevance: keep it.
  const listed = (term.reviews ?? []).map(linkable).find(Boolean);
  if (listed) return listed;
  const about = claimsOf(term, claims);
  const ids = [...term.references, ...about.flatMap((c) => c.references)];
  const candidates = ids.map(linkable).filter((r): r is Reference => !!r);
  const reviews = candidates.filter((r) => r.kind === 'review');
  const pool = reviews.length ? reviews : candidates;
  const quoted = new Set(about.filter((c) => passageLink(c, refs, passages)).map((c) => passages.get(c.id)!.ref));
  return pool.find((r) => quoted.has(r.id)) ?? pool.find((r) => r.pmcid) ?? pool[0];
}

/** PMC before PubMed before DOI only; then reviews before other kinds. */
function linkRank(ref: Reference): number {
  const where = ref.pmcid ? 0 : ref.pmid ? 1 : 2;
  return where * 2 + (ref.kind === 'review' ? 0 : 1);
}

/**
 * "Open the review" for a curated claim: at its checked passage when it has
 * one (the page the passage was checked on, PMC or PubMed); otherwise the best
 * of its references: PMC full text first, then PubMed, then the DOI; a review
 * before a primary study at the same place.
 */
export function claimReview(claim: Claim, refs: ReadonlyMap<string, Reference>, passages: Passages = NO_PASSAGES): ReviewLink | undefined {
  const atPassage = passageLink(claim, refs, passages);
  if (atPassage) return atPassage;
  const linkable = claim.references.map((id) => refs.get(id)).filter((r): r is Reference => !!r && !!referenceUrl(r));
  const best = linkable.map((ref, i) => ({ ref, i })).sort((a, b) => linkRank(a.ref) - linkRank(b.ref) || a.i - b.i)[0]?.ref;
  return best ? { ref: best, url: referenceUrl(best)!, passage: false } : undefined;
}

/**
 * "Open the review" for a term (tooltip, popup): the term's related review
 * (relatedReview), opened at the checked passage of one of the term's claims
 * that quotes that review (a claim naming the term as subject or object
 * first).
 */
export function termReview(
  term: Term,
  claims: readonly Claim[],
  refs: ReadonlyMap<string, Reference>,
  passages: Passages = NO_PASSAGES,
): ReviewLink | undefined {
  const ref = relatedReview(term, claims, refs, passages);
  const url = ref && referenceUrl(ref);
  if (!ref || !url) return undefined;
  for (const claim of claimsOf(term, claims)) {
    const link = passages.get(claim.id)?.ref === ref.id ? passageLink(claim, refs, passages) : undefined;
    if (link) return link;
  }
  return { ref, url, passage: false };
}

/** A PubMed phrase: quoted unless it is one plain word (quotes turn off automatic term mapping only where needed). */
function pubmedPhrase(text: string): string {
  const clean = text.replace(/["\u201c\u201d]/g, '').trim();
  return /^[\p{L}\p{N}]+$/u.test(clean) ? clean : `"${clean}"`;
}

/**
 * The PubMed search for a term restricted to reviews: its first full name
 * (or its display name without the parenthesis) OR its first unambiguous
 * abbreviation, with PubMed's own article-type filter `filter=pubt.review`
 * (the parameter PubMed's "Review" checkbox adds to the address).
 */
export function pubmedReviewSearchUrl(term: Term): string {
  const name = term.variants[0] ?? term.name.en.replace(/\s*\([^)]*\)\s*$/, '');
  const abbreviation = term.abbreviations.find((a) => !a.ambiguous)?.text;
  const parts = [...new Set([name, abbreviation].filter((p): p is string => !!p).map(pubmedPhrase))];
  const params = new URLSearchParams({ term: parts.join(' OR '), filter: 'pubt.review' });
  return `https://pubmed.ncbi.nlm.nih.gov/?${params.toString()}`;
}
