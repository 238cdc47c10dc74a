/**
 * The kind of evidence behind an edge, which sets how it is drawn: solid
 * when any of its claims comes from people, dashed when its primary evidence
 * is from animals (or cells) only, dotted when it rests on reviews alone
 * (which summarise people and animals without saying which here).
 */
import type { Claim, Evidence } from '../glossary/schema';

export const EVIDENCE_CLASSES = ['human', 'animal', 'review'] as const;
export type EvidenceClass = (typeof EVIDENCE_CLASSES)[number];

const HUMAN: readonly Evidence[] = ['human-clinical', 'human-experimental'];
const ANIMAL: readonly Evidence[] = ['animal-model', 'in-vitro'];

export function evidenceClass(claims: readonly Claim[]): EvidenceClass {
  if (claims.some((c) => HUMAN.includes(c.evidence))) return 'human';
  if (claims.some((c) => ANIMAL.includes(c.evidence))) return 'animal';
  return 'review';
}
