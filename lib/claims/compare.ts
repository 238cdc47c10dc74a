/**
 * Agreement and conflict between a claim found in the paper and the
 * curated claims: a curated claim is compared when it links the same two
 * terms (its subject and object, in either order). Then
 * - same direction → agrees; increases vs decreases → conflicts;
 * - a negated paper claim conflicts with a curated claim of its direction
 *   ("X does not reduce Y" vs "X reduces Y");
 * - anything else about the same two terms (e.g. "associated", or the roles
 *   reversed for a directional claim) is related: shown, without a verdict.
 * Pure: no compromise, no DOM.
 */
import type { Claim, Direction } from '../glossary/schema';

export type Verdict = 'agrees' | 'conflicts' | 'related';

/** The parts of a paper claim the comparison reads. */
export interface ComparableClaim {
  subject: string;
  object: string;
  direction: Direction;
  negated: boolean;
}

export interface Comparison {
  claim: Claim;
  verdict: Verdict;
}

const OPPOSITE: Partial<Record<Direction, Direction>> = { increases: 'decreases', decreases: 'increases' };
const ORDER: Record<Verdict, number> = { conflicts: 0, agrees: 1, related: 2 };

export function sameTerms(a: { subject: string; object: string }, b: { subject: string; object: string }): boolean {
  return (a.subject === b.subject && a.object === b.object) || (a.subject === b.object && a.object === b.subject);
}

export function verdict(paper: ComparableClaim, curated: Claim): Verdict {
  const sameOrder = paper.subject === curated.subject && paper.object === curated.object;
  // Direction compares only with the same roles, except for plain associations, which are symmetric.
  const symmetric = paper.direction === 'associated' && curated.direction === 'associated';
  if (!sameOrder && !symmetric) return 'related';
  if (paper.negated) return paper.direction === curated.direction ? 'conflicts' : 'related';
  if (paper.direction === curated.direction) return 'agrees';
  if (OPPOSITE[paper.direction] === curated.direction) return 'conflicts';
  return 'related';
}

/** Curated claims about the same two terms, conflicts first, then agreements, then related ones. */
export function compareWithCurated(paper: ComparableClaim, curated: readonly Claim[]): Comparison[] {
  return curated
    .filter((c) => sameTerms(paper, c))
    .map((claim) => ({ claim, verdict: verdict(paper, claim) }))
    .sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
}
