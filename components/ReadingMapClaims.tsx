/**
 * "Related claims": the curated claims about the terms on the page, each
 * with its direction, evidence kind, conditions, citations and "Open the
 * review"; a filter by term; "show all" after the first few. Also exports
 * the pieces a claim is drawn with, reused by the paper-claims comparison.
 * Render only: data and actions are props.
 */
export interface PopupCitation {
  label: string;
  url?: string;
}

export interface PopupClaim {
  id: string;
  statement: string;
  direction: string;
  evidence: string;
  /** The evidence kind's id, for styling. */
  evidenceKind: string;
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
}

export interface ClaimsLabels extends ClaimLabels {
  heading: string;
  none: string;
  showAll: string;
  filter: string;
  filterAll: string;
}

export interface ReadingMapClaimsProps {
  claims: PopupClaim[];
  /** How many claims to show before "show all". */
  limit: number;
  /** Terms to filter by: id and name. */
  filterTerms: Array<{ id: string; name: string }>;
  /** The selected term id, or "" for all. */
  filter: string;
  labels: ClaimsLabels;
  onFilter: (termId: string) => void;
  onShowAll: () => void;
}

export function Citations({ citations }: { citations: PopupCitation[] }) {
  return (
    <p class="citations">
      {citations.map((c, i) =>
        c.url ? (
          <a key={i} href={c.url} target="_blank" rel="noopener noreferrer">
            {c.label}
          </a>
        ) : (
          <span key={i}>{c.label}</span>
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
      <p class="meta">
        <span class="direction">{claim.direction}</span>
        <span class={`evidence evidence-${claim.evidenceKind}`}>{claim.evidence}</span>
        {claim.conditions.map((name) => (
          <span key={name} class="condition">
            {labels.condition(name)}
          </span>
        ))}
      </p>
      <Citations citations={claim.citations} />
      <ReviewLink review={claim.review} labels={labels} />
    </>
  );
}

export function ReadingMapClaims(props: ReadingMapClaimsProps) {
  const { labels, claims } = props;
  return (
    <section id="map-claims" class="map-section" aria-labelledby="claims-heading">
      <h2 id="claims-heading">
        {labels.heading} <span class="count">{claims.length}</span>
      </h2>
      {props.filterTerms.length > 1 ? (
        <label class="filter">
          {labels.filter}
          <select data-claims-filter="" value={props.filter} onChange={(e) => props.onFilter((e.currentTarget as HTMLSelectElement).value)}>
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
        <ul class="claims">
          {claims.slice(0, props.limit).map((claim) => (
            <li key={claim.id} class="claim" data-claim={claim.id}>
              <ClaimBody claim={claim} labels={labels} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{labels.none}</p>
      )}
      {claims.length > props.limit ? (
        <button type="button" class="show-all" onClick={props.onShowAll}>
          {labels.showAll}
        </button>
      ) : null}
    </section>
  );
}
