/**
 * Curated claims related to the terms of a page, ranked by how central
 * their terms are to the page, so the reading map shows the few claims the
 * paper is about first and folds the rest behind "more".
 *
 * A term's weight on the page grows with its occurrences and with where they
 * are: one in the title counts as TITLE_WEIGHT passing mentions, one in the
 * abstract as ABSTRACT_WEIGHT; the sum is log-damped, so a term named 50
 * times does not drown everything else. A claim's score is the weight of its
 * subject and object (what it is about) plus a quarter of the weight of its
 * other terms (what it mentions); a claim whose subject and object are both
 * on the page gets half as much again. A claim is *central* when its subject
 * or object is *prominent* on the page: in the title or abstract, or named at
 * least PROMINENT_MENTIONS times. Central claims come first; only they are
 * shown before "more".
 */
import type { Claim } from '../glossary/schema';
import type { GlossaryIndex } from '../glossary/index';

/** A term found on the page: all its occurrences, and how many of them are in the title and the abstract. */
export interface PageTermCount {
  id: string;
  count: number;
  title?: number;
  abstract?: number;
}

export const TITLE_WEIGHT = 6;
export const ABSTRACT_WEIGHT = 3;
/** Weight of a claim's other terms relative to its subject and object. */
export const CONTEXT_WEIGHT = 0.25;
/** Bonus factor when both the subject and the object are on the page. */
export const BOTH_ENDS_BONUS = 1.5;
/** Mentions in the body that make a term prominent without the title or abstract. */
export const PROMINENT_MENTIONS = 3;

/** How much a term weighs on the page (0 when absent). */
export function termWeight(term: PageTermCount | undefined): number {
  if (!term || term.count <= 0) return 0;
  const title = term.title ?? 0;
  const abstract = term.abstract ?? 0;
  const body = Math.max(0, term.count - title - abstract);
  return Math.log2(1 + body + ABSTRACT_WEIGHT * abstract + TITLE_WEIGHT * title);
}

/** Whether the paper is about a term: named in its title or abstract, or often. */
export function isProminent(term: PageTermCount | undefined): boolean {
  if (!term) return false;
  return (term.title ?? 0) > 0 || (term.abstract ?? 0) > 0 || term.count >= PROMINENT_MENTIONS;
}

export interface RankedClaim {
  claim: Claim;
  score: number;
  /** Its subject or object is prominent on the page. */
  central: boolean;
}

export function scoreClaim(claim: Claim, page: ReadonlyMap<string, PageTermCount>): RankedClaim {
  const ends = new Set([claim.subject, claim.object]);
  const endWeights = [...ends].map((id) => termWeight(page.get(id)));
  const bothOnPage = ends.size > 1 && endWeights.every((w) => w > 0);
  const context = [...new Set(claim.terms)].filter((id) => !ends.has(id)).reduce((sum, id) => sum + termWeight(page.get(id)), 0);
  const score = endWeights.reduce((a, b) => a + b, 0) * (bothOnPage ? BOTH_ENDS_BONUS : 1) + CONTEXT_WEIGHT * context;
  const central = [...ends].some((id) => isProminent(page.get(id)));
  return { claim, score, central };
}

/** The claims that link any term on the page, central ones first, then by score; ties keep the data's order. */
export function rankClaims(glossary: GlossaryIndex, terms: readonly PageTermCount[]): RankedClaim[] {
  const page = new Map(terms.map((t) => [t.id, t]));
  const linked = new Set<Claim>();
  for (const { id } of terms) for (const claim of glossary.claimsByTerm.get(id) ?? []) linked.add(claim);
  const order = new Map(glossary.claims.map((c, i) => [c, i]));
  return [...linked]
    .map((claim) => scoreClaim(claim, page))
    .sort((a, b) => Number(b.central) - Number(a.central) || b.score - a.score || order.get(a.claim)! - order.get(b.claim)!);
}

/**
 * How many ranked claims to show before "more": the central ones, at most
 * `max`. With a term filter the reader chose the subject, so the first `max`
 * are shown whatever their centrality.
 */
export function shownBeforeMore(ranked: readonly RankedClaim[], max: number, filtered = false): number {
  if (filtered) return Math.min(max, ranked.length);
  return Math.min(max, ranked.filter((r) => r.central).length);
}
