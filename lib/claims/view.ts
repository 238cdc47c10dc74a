/**
 * The texts of the evidence pieces (components/Evidence.tsx) for one claim,
 * one term, or the legend, in the reading language: built here once so the
 * popup, the side panel, the map's link details and the tooltip say the
 * same thing the same way. `t` is the view's translator (_locales keys
 * prefixed evidence_), `lang` picks the glossary's names.
 */
import type { Claim, Direction, Evidence, Reference } from '../glossary/schema';
import type { GlossaryIndex } from '../glossary/index';
import { pick, type Lang } from '../i18n';
import { citationLabel, claimReview, referenceUrl } from '../links';
import { EVIDENCE_SCALE, EVIDENCE_STEPS, evidenceCounts, evidenceExplainKey, evidenceLabelKey, evidenceLevel } from './evidence';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface EvidenceChipText {
  kind: Evidence;
  label: string;
  explanation: string;
  steps: number;
  total: number;
}

export interface DirectionChipText {
  direction: Direction;
  subject: string;
  verb: string;
  object: string;
  explanation: string;
}

export interface CitationText {
  label: string;
  /** Absent when the record has no verified identifier: it is then shown as not verified. */
  url?: string;
}

export function evidenceChip(kind: Evidence, t: Translate): EvidenceChipText {
  const { steps } = evidenceLevel(kind);
  const label = t(evidenceLabelKey(kind));
  return {
    kind,
    label,
    explanation: `${t('evidence_level', [String(steps), String(EVIDENCE_STEPS)])} ${t(evidenceExplainKey(kind))}`,
    steps,
    total: EVIDENCE_STEPS,
  };
}

/** A term's name in the reading language (the id when unknown, which validation forbids). */
function termName(glossary: GlossaryIndex, id: string, lang: Lang): string {
  const term = glossary.terms.get(id);
  return term ? pick(term.name, lang) : id;
}

export function directionChip(claim: Claim, glossary: GlossaryIndex, lang: Lang, t: Translate): DirectionChipText {
  const subject = termName(glossary, claim.subject, lang);
  const object = termName(glossary, claim.object, lang);
  return {
    direction: claim.direction,
    subject,
    verb: t(`evidence_dir_${claim.direction}`),
    object,
    explanation: t(`evidence_dir_explain_${claim.direction}`, [subject, object]),
  };
}

export function claimChips(claim: Claim, glossary: GlossaryIndex, lang: Lang, t: Translate) {
  return { direction: directionChip(claim, glossary, lang, t), evidence: evidenceChip(claim.evidence, t) };
}

/** Citations of a claim: verified ones link out; the others carry no URL and are marked not verified. */
export function claimCitations(claim: Claim, references: ReadonlyMap<string, Reference>): CitationText[] {
  return claim.references.flatMap((id) => {
    const ref = references.get(id);
    return ref ? [{ label: citationLabel(ref), url: referenceUrl(ref) }] : [];
  });
}

export interface LegendText {
  title: string;
  claim: string;
  intro: string;
  items: EvidenceChipText[];
}

export function evidenceLegend(t: Translate): LegendText {
  return {
    title: t('evidence_legend'),
    claim: t('evidence_what_claim'),
    intro: t('evidence_legend_intro'),
    items: EVIDENCE_SCALE.map(({ kind }) => evidenceChip(kind, t)),
  };
}

/** The tooltip's claims section: how many of a term's claims rest on each kind of evidence, strongest first. */
export function termEvidence(kinds: readonly Evidence[], t: Translate) {
  return {
    heading: t('evidence_term_heading', String(kinds.length)),
    counts: evidenceCounts(kinds).map(({ kind, count }) => {
      const evidence = evidenceChip(kind, t);
      return { evidence, count: { text: `×${count}`, label: t('evidence_count', String(count)) } };
    }),
    legend: evidenceLegend(t),
  };
}

export function unverifiedMark(t: Translate) {
  return { label: t('evidence_unverified'), explanation: t('evidence_unverified_explain') };
}

/** Everything a claims list draws of one claim (components/ReadingMapClaims.tsx PopupClaim). */
export interface ClaimView {
  id: string;
  statement: string;
  chips: { direction: DirectionChipText; evidence: EvidenceChipText };
  conditions: string[];
  citations: CitationText[];
  review?: { url: string; passage: boolean };
}

export function claimView(claim: Claim, glossary: GlossaryIndex, lang: Lang, t: Translate): ClaimView {
  const review = claimReview(claim, glossary.references, glossary.passages);
  return {
    id: claim.id,
    statement: pick(claim.statement, lang),
    chips: claimChips(claim, glossary, lang, t),
    conditions: (claim.conditions ?? []).flatMap((id) => {
      const term = glossary.terms.get(id);
      return term ? [pick(term.name, lang)] : [];
    }),
    citations: claimCitations(claim, glossary.references),
    review: review ? { url: review.url, passage: review.passage } : undefined,
  };
}

/** The evidence texts of a related-claims list (popup, side panel); `filtered` when the reader picked a term. */
export function claimListLabels(t: Translate, filtered: boolean) {
  return {
    unverified: unverifiedMark(t),
    intro: t('evidence_what_claim'),
    ranked: t('evidence_ranked'),
    legend: evidenceLegend(t),
    more: (n: number) => t(filtered ? 'evidence_more_filtered' : 'evidence_more', String(n)),
    fewer: t('evidence_fewer'),
    moreShown: (n: number) => t('evidence_more_shown', String(n)),
    noneCentral: (n: number) => t('evidence_none_central', String(n)),
  };
}
