/**
 * What backs the map: the claims of an edge with their citations, the review
 * to open for an edge (at the checked passage of one of its claims when
 * there is one), and the numbered list of sources of the whole figure for
 * the export. Links come only from lib/links.ts (PMC, PubMed, doi.org, from
 * verified identifiers).
 */
import type { Claim, Passage, Reference } from '../glossary/schema';
import { citationLabel, claimReview, referenceUrl } from '../links';

export interface Citation {
  label: string;
  url?: string;
}

export interface ClaimSource {
  claim: Claim;
  citations: Citation[];
}

export interface SourceIndex {
  claims: ReadonlyMap<string, Claim>;
  references: ReadonlyMap<string, Reference>;
  passages: ReadonlyMap<string, Passage>;
}

/** Look-ups by id over the glossary's claims, references and checked passages. */
export function sourceIndex(glossary: {
  claims: readonly Claim[];
  references: ReadonlyMap<string, Reference>;
  passages?: ReadonlyMap<string, Passage>;
}): SourceIndex {
  return {
    claims: new Map(glossary.claims.map((c) => [c.id, c])),
    references: glossary.references,
    passages: glossary.passages ?? new Map(),
  };
}

export function citation(ref: Reference): Citation {
  return { label: citationLabel(ref), url: referenceUrl(ref) };
}

export function claimSources(claimIds: readonly string[], index: SourceIndex): ClaimSource[] {
  return claimIds.flatMap((id) => {
    const claim = index.claims.get(id);
    if (!claim) return [];
    const citations = claim.references.flatMap((rid) => {
      const ref = index.references.get(rid);
      return ref ? [citation(ref)] : [];
    });
    return [{ claim, citations }];
  });
}

/**
 * The review to open for a set of claims: one opening at a checked passage
 * (lib/links.ts claimReview) first, in the claims' order; else the first
 * linkable review among their references, PMC full text first; else the
 * first linkable reference.
 */
export function reviewFor(claimIds: readonly string[], index: SourceIndex): Citation | undefined {
  const claims = claimIds.flatMap((id) => index.claims.get(id) ?? []);
  const atPassage = claims.map((c) => claimReview(c, index.references, index.passages)).find((link) => link?.passage);
  if (atPassage) return { label: citationLabel(atPassage.ref), url: atPassage.url };
  const candidates = claims.flatMap((claim) =>
    claim.references.flatMap((rid) => {
      const ref = index.references.get(rid);
      const url = ref && referenceUrl(ref);
      return ref && url ? [{ ref, url }] : [];
    }),
  );
  const reviews = candidates.filter((c) => c.ref.kind === 'review');
  const pool = reviews.length ? reviews : candidates;
  const best = pool.find((c) => c.ref.pmcid) ?? pool[0];
  return best && { label: citationLabel(best.ref), url: best.url };
}

/** The figure's sources: every reference of the claims behind the edges, numbered in order of first use. */
export function figureSources(edges: ReadonlyArray<{ claims: readonly string[] }>, index: SourceIndex): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const edge of edges) {
    for (const id of edge.claims) {
      for (const rid of index.claims.get(id)?.references ?? []) {
        const ref = index.references.get(rid);
        if (!ref || seen.has(rid)) continue;
        seen.add(rid);
        out.push(citation(ref));
      }
    }
  }
  return out;
}
