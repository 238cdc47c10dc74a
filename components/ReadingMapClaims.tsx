/**
 * "Related claims": the curated claims about the terms on the page, ranked
 * by how central their terms are to it (lib/claims/related.ts); the
 * strongest few first and the rest folded behind "more". Each claim has its
 * direction chip (subject → verb → object) and evidence chip, both explained
 * on hover and focus (components/Evidence.tsx), its conditions, citations
 * (those without a verified identifier marked) and "Open the review"; above
 * the list, what a claim is and the legend of the evidence scale; a filter by
 * term. Also exports the pieces a claim is drawn with, reused by the
 * paper-claims comparison and the side panel. Render only: data and actions
 * are props.
 */
import { useState } from 'preact/hooks';
import { ClaimChips, ClaimIntro, EvidenceLegend, UnverifiedMark, type ClaimChipsData, type EvidenceLegendData } from './Evidence';

export interface PopupCitation {
  label: string;
  /** Absent for a record without a verified identifier, which is then marked "not verified". */
  url?: string;
}

export interface PopupClaim {
  id: string;
  statement: string;
  /** The direction chip (subject → verb → object) and the evidence chip, with their explanations. */
  chips: ClaimChipsData;
  /** Names of the conditions the claim concerns. */
  conditions: string[];
  citations: PopupCitation[];
  /** "Open the review": PMC first; `passage` when the URL carries a text fragment. */
  review?: { url: string; passage: boolean };
}

export interface ClaimLabels {
  condition: (name: string) => string;
  openReview: string;
  openReviewAt: string;
  /** The mark and explanation of a citation without a verified identifier. */
  unverified: { label: string; explanation: string };
}

export interface ClaimsLabels extends ClaimLabels {
  heading: string;
  none: string;
  filter: string;
  filterAll: string;
  /** What a claim is, in one plain sentence. */
  intro: string;
  /** How the list is ordered. */
  ranked: string;
  legend: EvidenceLegendData;
  /** "Show N more claims, less central to this page" */
  more: (n: number) => string;
  fewer: string;
  /** Announced when the folded claims appear. */
  moreShown: (n: number) => string;
  /** Shown when no claim is central to the page. */
  noneCentral: (n: number) => string;
}

export interface ReadingMapClaimsProps {
  /** Ranked, most central first. */
  claims: PopupClaim[];
  /** How many claims to show before "more" (the central ones, at most a few). */
  shown: number;
  /** Terms to filter by: id and name. */
  filterTerms: Array<{ id: string; name: string }>;
  /** The selected term id, or "" for all. */
  filter: string;
  labels: ClaimsLabels;
  onFilter: (termId: string) => void;
  /** The section's id (the popup's index links to #map-claims). */
  sectionId?: string;
}

export function Citations({ citations, unverified }: { citations: PopupCitation[]; unverified: ClaimLabels['unverified'] }) {
  return (
    <p class="citations">
      {citations.map((c, i) =>
        c.url ? (
          <a key={i} href={c.url} target="_blank" rel="noopener noreferrer">
            {c.label}
          </a>
        ) : (
          <span key={i} class="citation-unverified">
            <span>{c.label}</span> <UnverifiedMark label={unverified.label} explanation={unverified.explanation} />
          </span>
        ),
      )}
    </p>
  );
}

export function ReviewLink({ review, labels }: { review: PopupClaim['review']; labels: ClaimLabels }) {
  if (!review) return null;
  return (
    <p class="review">
      <a class="open-review" href={review.url} target="_blank" rel="noopener noreferrer" data-passage={review.passage ? 'true' : 'false'}>
        {review.passage ? labels.openReviewAt : labels.openReview}
      </a>
    </p>
  );
}

/** One curated claim's body: statement, chips, citations, review link. */
export function ClaimBody({ claim, labels }: { claim: PopupClaim; labels: ClaimLabels }) {
  return (
    <>
      <p class="statement">{claim.statement}</p>
      <ClaimChips chips={claim.chips}>
        {claim.conditions.map((name) => (
          <span key={name} class="condition">
            {labels.condition(name)}
          </span>
        ))}
      </ClaimChips>
      <Citations citations={claim.citations} unverified={labels.unverified} />
      <ReviewLink review={claim.review} labels={labels} />
    </>
  );
}

export function ReadingMapClaims(props: ReadingMapClaimsProps) {
  const { labels, claims } = props;
  const [expanded, setExpanded] = useState(false);
  const sectionId = props.sectionId ?? 'map-claims';
  const first = claims.slice(0, props.shown);
  const rest = claims.slice(props.shown);
  const item = (claim: PopupClaim) => (
    <li key={claim.id} class="claim" data-claim={claim.id}>
      <ClaimBody claim={claim} labels={labels} />
    </li>
  );
  return (
    <section id={sectionId} class="map-section" aria-labelledby={`${sectionId}-heading`}>
      <h2 id={`${sectionId}-heading`}>
        {labels.heading} <span class="count">{claims.length}</span>
      </h2>
      <ClaimIntro text={labels.intro} />
      <EvidenceLegend legend={{ ...labels.legend, claim: undefined }} />
      {props.filterTerms.length > 1 ? (
        <label class="filter">
          {labels.filter}
          <select
            data-claims-filter=""
            value={props.filter}
            onChange={(e) => {
              setExpanded(false);
              props.onFilter((e.currentTarget as HTMLSelectElement).value);
            }}
          >
            <option value="">{labels.filterAll}</option>
            {props.filterTerms.map((term) => (
              <option key={term.id} value={term.id}>
                {term.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {claims.length ? (
        <>
          {claims.length > 1 ? <p class="gl-ranked">{labels.ranked}</p> : null}
          {first.length ? <ul class="claims">{first.map(item)}</ul> : <p class="gl-none-central">{labels.noneCentral(claims.length)}</p>}
          {rest.length ? (
            <>
              <button
                type="button"
                class="show-all gl-more"
                aria-expanded={expanded}
                aria-controls={`${sectionId}-more`}
                data-claims-more=""
                onClick={() => setExpanded(!expanded)}
              >
                {expanded ? labels.fewer : labels.more(rest.length)}
              </button>
              <ul class="claims gl-more-claims" id={`${sectionId}-more`} hidden={!expanded}>
                {expanded ? rest.map(item) : null}
              </ul>
            </>
          ) : null}
          <p class="gl-sr-only" aria-live="polite" data-claims-announce="">
            {expanded && rest.length ? labels.moreShown(rest.length) : ''}
          </p>
        </>
      ) : (
        <p class="empty">{labels.none}</p>
      )}
    </section>
  );
}
