/**
 * Links out of Glossa: only https PubMed, PMC and doi.org, built from
 * verified identifiers. "Open the related review" prefers PMC full text
 * (open access) over PubMed over the DOI, and, where the data names a
 * supporting passage, adds a URL text fragment (#:~:text=…) so the browser
 * scrolls to the passage and highlights it. "Find reviews on PubMed" is a
 * PubMed search restricted to reviews. Nothing here fetches anything.
 */
import type { Claim, Reference, Term } from './glossary/schema';

/** The only hosts Glossa links to. */
export const LINK_HOSTS = ['pmc.ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'doi.org'] as const;

/** Passages longer than this many words are linked by their first and last words (textStart,textEnd). */
const FRAGMENT_MAX_WORDS = 10;
/** Words kept at each end of a long passage. */
const FRAGMENT_EDGE_WORDS = 5;

export function referenceUrl(ref: Reference): string | undefined {
  if (ref.pmcid) return `https://pmc.ncbi.nlm.nih.gov/articles/${encodeURIComponent(ref.pmcid)}/`;
  if (ref.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(ref.pmid)}/`;
  if (ref.doi) return `https://doi.org/${ref.doi.split('/').map(encodeURIComponent).join('/')}`;
  return undefined;
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
  const ids = [...term.references, ...claims.filter((c) => c.terms.includes(term.id)).flatMap((c) => c.references)];
  const candidates = ids.map(linkable).filter((r): r is Reference => !!r);
  const reviews = candidates.filter((r) => r.kind === 'review');
  const pool = reviews.length ? reviews : candidates;
  return pool.find((r) => r.pmcid) ?? pool[0];
}

/**
 * Percent-encodes one part of a text directive (Text Fragments spec,
 * §3.3.1): everything encodeURIComponent encodes, and also "-", which the
 * directive syntax uses for prefix-/-suffix. "&" and "," are encoded by
 * encodeURIComponent already; the characters it leaves (letters, digits and
 * ! ' ( ) * . _ ~) are all allowed unencoded by the spec's grammar.
 */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The fragment that scrolls to and highlights `passage`: "#:~:text=start"
 * for a short passage, "#:~:text=first%20words,last%20words" for a long one
 * (a range matches even when the middle differs slightly from the page, e.g.
 * by an inline citation). Whitespace is collapsed as browsers do when
 * matching. Returns "" for an empty passage.
 */
export function textFragment(passage: string): string {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  if (words.length <= FRAGMENT_MAX_WORDS) return `#:~:text=${encodeTextDirectivePart(words.join(' '))}`;
  const start = words.slice(0, FRAGMENT_EDGE_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_EDGE_WORDS).join(' ');
  return `#:~:text=${encodeTextDirectivePart(start)},${encodeTextDirectivePart(end)}`;
}

/** `url` with a text fragment for `passage` (replacing any fragment it had); `url` unchanged without a passage. */
export function withTextFragment(url: string, passage: string | undefined): string {
  const fragment = passage ? textFragment(passage) : '';
  return fragment ? url.split('#')[0] + fragment : url;
}

export interface ReviewLink {
  ref: Reference;
  url: string;
  /** Whether the URL carries a text fragment for the claim's passage. */
  passage: boolean;
}

/** PMC before PubMed before DOI only; then reviews before other kinds. */
function linkRank(ref: Reference): number {
  const where = ref.pmcid ? 0 : ref.pmid ? 1 : 2;
  return where * 2 + (ref.kind === 'review' ? 0 : 1);
}

/**
 * "Open the review" for a curated claim. The claim's passage quotes its
 * first reference, so when a passage exists and the first reference is
 * linkable, that reference is opened at the passage. Otherwise the best of
 * its references: PMC full text first, then PubMed, then the DOI; a review
 * before a primary study at the same place.
 */
export function claimReview(claim: Claim, refs: ReadonlyMap<string, Reference>): ReviewLink | undefined {
  const first = refs.get(claim.references[0]);
  const firstUrl = first && referenceUrl(first);
  if (claim.passage && first && firstUrl) return { ref: first, url: withTextFragment(firstUrl, claim.passage), passage: true };
  const linkable = claim.references.map((id) => refs.get(id)).filter((r): r is Reference => !!r && !!referenceUrl(r));
  const best = linkable.map((ref, i) => ({ ref, i })).sort((a, b) => linkRank(a.ref) - linkRank(b.ref) || a.i - b.i)[0]?.ref;
  return best ? { ref: best, url: referenceUrl(best)!, passage: false } : undefined;
}

/**
 * "Open the review" for a term (tooltip, popup): the term's related review
 * (relatedReview), opened at a supporting passage when one of the term's
 * claims quotes that review as its first reference.
 */
export function termReview(term: Term, claims: readonly Claim[], refs: ReadonlyMap<string, Reference>): ReviewLink | undefined {
  const ref = relatedReview(term, claims, refs);
  const url = ref && referenceUrl(ref);
  if (!ref || !url) return undefined;
  const quoting = claims.find((c) => c.terms.includes(term.id) && c.passage && c.references[0] === ref.id);
  return { ref, url: withTextFragment(url, quoting?.passage), passage: !!quoting };
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
