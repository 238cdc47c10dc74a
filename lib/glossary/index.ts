/** Look-up tables over glossary data, built once per page or popup. */
import type { Claim, Passage, Reference, Term } from './schema';
import type { GlossaryData } from './data';

export interface GlossaryIndex {
  terms: Map<string, Term>;
  claims: Claim[];
  claimsByTerm: Map<string, Claim[]>;
  references: Map<string, Reference>;
  /** Checked supporting passages by claim id. */
  passages: Map<string, Passage>;
}

export function indexGlossary(data: GlossaryData): GlossaryIndex {
  const claimsByTerm = new Map<string, Claim[]>();
  for (const claim of data.claims) {
    for (const id of new Set(claim.terms)) {
      const list = claimsByTerm.get(id);
      if (list) list.push(claim);
      else claimsByTerm.set(id, [claim]);
    }
  }
  return {
    terms: new Map(data.terms.map((t) => [t.id, t])),
    claims: data.claims,
    claimsByTerm,
    references: new Map(data.references.map((r) => [r.id, r])),
    passages: new Map(Object.entries(data.passages ?? {})),
  };
}
