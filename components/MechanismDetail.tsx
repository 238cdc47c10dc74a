/**
 * The details of a link on the mechanism map: what it does, the kind of
 * evidence, and the curated claims behind it with their citations and the
 * review to open. (A node's details are the glossary card, components/
 * TermCard.tsx.) Render only: data and actions are props.
 */
import type { Lang } from '../lib/i18n';
import { Citations, type ClaimLabels, type PopupCitation } from './ReadingMapClaims';
import { ClaimChips, EvidenceLegend, type ClaimChipsData, type EvidenceLegendData } from './Evidence';

export interface EdgeDetailClaim {
  id: string;
  statement: string;
  /** Direction (subject → verb → object) and evidence chips, explained on hover and focus. */
  chips: ClaimChipsData;
  citations: PopupCitation[];
}

export interface EdgeDetailProps {
  lang: Lang;
  edgeId: string;
  /** "Periaqueductal gray (PAG) → Rostral ventromedial medulla (RVM)" */
  title: string;
  label: string;
  /** e.g. "dampens pain · evidence from animals only · weaker in chronic pain" */
  summary: string;
  claims: EdgeDetailClaim[];
  review?: { url: string; label: string };
  labels: { claims: string; openReview: string; close: string; unverified: ClaimLabels['unverified']; legend: EvidenceLegendData };
  onClose: () => void;
}

export function MechanismEdgeDetail(props: EdgeDetailProps) {
  const { labels } = props;
  return (
    <div class="card edge-card" lang={props.lang} data-glossa-edge-detail={props.edgeId}>
      <div class="head">
        <div class="name">{props.title}</div>
        <button type="button" class="close" aria-label={labels.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="edge-label">{props.label}</p>
      <p class="edge-summary">{props.summary}</p>
      <h3 class="claims-heading">{labels.claims}</h3>
      <ul class="claims">
        {props.claims.map((claim) => (
          <li key={claim.id} class="claim" data-claim={claim.id}>
            <p class="statement">{claim.statement}</p>
            <ClaimChips chips={claim.chips} />
            <Citations citations={claim.citations} unverified={labels.unverified} />
          </li>
        ))}
      </ul>
      <EvidenceLegend legend={labels.legend} />
      {props.review ? (
        <p class="foot">
          <a class="review" href={props.review.url} target="_blank" rel="noopener noreferrer" title={props.review.label}>
            {labels.openReview}
          </a>{' '}
          <span class="review-label">{props.review.label}</span>
        </p>
      ) : null}
    </div>
  );
}
