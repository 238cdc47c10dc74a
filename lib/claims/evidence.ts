/**
 * The evidence scale: the kinds of evidence a curated claim can rest on
 * (`Evidence` in lib/glossary/schema.ts), ordered by how directly they speak
 * about people, as one small scale that every view draws the same way (a
 * chip with the same number of filled steps, the same words, the same
 * explanation on hover and focus, and a legend that lists them in this order).
 *
 * Studies in patients (trials, clinical studies, their meta-analyses) come
 * first; laboratory studies in people next; then animal studies; then
 * studies of cells; a review that summarises mechanisms last, because it
 * tells the reader that experts read the studies, not which kind they were.
 * Pure data and functions: the views get their words from _locales by the
 * keys named here.
 */
import type { Evidence } from '../glossary/schema';

/** Steps drawn for the strongest kind; every kind fills 1…STEPS of them. */
export const EVIDENCE_STEPS = 4;

export interface EvidenceLevel {
  kind: Evidence;
  /** Filled steps out of EVIDENCE_STEPS: more is more direct evidence about people. */
  steps: number;
  /** Position on the scale, 0 = strongest. */
  order: number;
}

/** The scale, strongest first. */
export const EVIDENCE_SCALE: readonly EvidenceLevel[] = (
  [
    ['human-clinical', 4],
    ['human-experimental', 3],
    ['animal-model', 2],
    ['in-vitro', 1],
    ['review', 1],
  ] as const
).map(([kind, steps], order) => ({ kind, steps, order }));

const BY_KIND = new Map(EVIDENCE_SCALE.map((level) => [level.kind, level]));

export function evidenceLevel(kind: Evidence): EvidenceLevel {
  const level = BY_KIND.get(kind);
  if (!level) throw new Error(`unknown evidence kind "${kind}"`);
  return level;
}

/** The _locales key stem of a kind: "human-clinical" → "human_clinical". */
export const evidenceKey = (kind: Evidence): string => kind.replace(/-/g, '_');

/** Message keys of a kind's chip label and its explanation. */
export const evidenceLabelKey = (kind: Evidence): string => `evidence_${evidenceKey(kind)}`;
export const evidenceExplainKey = (kind: Evidence): string => `evidence_explain_${evidenceKey(kind)}`;

/** Sorts by the scale, strongest first; stable for equal kinds. */
export function byEvidence<T>(items: readonly T[], kindOf: (item: T) => Evidence): T[] {
  return items
    .map((item, i) => ({ item, i, order: evidenceLevel(kindOf(item)).order }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map(({ item }) => item);
}

/** How many claims rest on each kind (given each claim's kind), strongest kind first; kinds with none left out. */
export function evidenceCounts(kinds: readonly Evidence[]): Array<{ kind: Evidence; count: number }> {
  return EVIDENCE_SCALE.flatMap(({ kind }) => {
    const count = kinds.filter((k) => k === kind).length;
    return count ? [{ kind, count }] : [];
  });
}
