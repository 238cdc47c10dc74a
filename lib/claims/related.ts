/** Curated claims related to a set of terms, most relevant first. */
import type { Claim } from '../glossary/schema';
import type { GlossaryIndex } from '../glossary/index';

/**
 * Claims that link any of `termIds`, ordered by how many of those terms
 * they link (a claim about two terms on the page beats one about one), then
 * by the order of the terms (most frequent on the page first).
 */
export function relatedClaims(glossary: GlossaryIndex, termIds: readonly string[]): Claim[] {
  const rank = new Map(termIds.map((id, i) => [id, i]));
  const scored = new Map<Claim, { hits: number; first: number }>();
  for (const id of termIds) {
    for (const claim of glossary.claimsByTerm.get(id) ?? []) {
      const entry = scored.get(claim) ?? { hits: 0, first: rank.get(id)! };
      entry.hits++;
      scored.set(claim, entry);
    }
  }
  return [...scored].sort(([, a], [, b]) => b.hits - a.hits || a.first - b.first).map(([claim]) => claim);
}
