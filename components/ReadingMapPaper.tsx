/**
 * "Claims in this paper": sentences of the article that relate two
 * glossary terms, found automatically (lib/claims/extract.ts), each with a
 * jump to it in the article and, where curated claims are about the same
 * two terms, the two side by side with a verdict (agrees, conflicts, same
 * terms). Render only: data and actions are props.
 */
import { ClaimBody, type ClaimLabels, type PopupClaim } from './ReadingMapClaims';

export type PaperState = 'loading' | 'ready' | 'error';
export type PaperVerdict = 'agrees' | 'conflicts' | 'related';

export interface PopupPaperClaim {
  key: string;
  /** The sentence in pieces, the subject and object marked. */
  pieces: Array<{ text: string; mark?: 'subject' | 'object' }>;
  /** The sentence as found, for "show in the article". */
  sentence: string;
  subject: string;
  object: string;
  /** "5-HT3 receptor → increases → descending facilitation", in the reader's language. */
  summary: string;
  /** Direction id, for styling and tests. */
  direction: string;
  negated: boolean;
  comparisons: Array<{ verdict: PaperVerdict; verdictLabel: string; claim: PopupClaim }>;
}

export interface PaperLabels extends ClaimLabels {
  heading: string;
  loading: string;
  none: string;
  error: string;
  note: string;
  showSentence: string;
  thisPaper: string;
  curated: string;
  showAll: string;
}

export interface ReadingMapPaperProps {
  state: PaperState;
  claims: PopupPaperClaim[];
  limit: number;
  /** A message about the last action (e.g. the sentence was not found), announced politely. */
  message?: string;
  labels: PaperLabels;
  onShowSentence: (claim: PopupPaperClaim) => void;
  onShowAll: () => void;
}

export function ReadingMapPaper(props: ReadingMapPaperProps) {
  const { labels, claims, state } = props;
  return (
    <section id="map-paper" class="map-section" aria-labelledby="paper-heading" aria-busy={state === 'loading'}>
      <h2 id="paper-heading">
        {labels.heading} {state === 'ready' ? <span class="count">{claims.length}</span> : null}
      </h2>
      <p class="paper-state empty" aria-live="polite">
        {state === 'loading' ? labels.loading : null}
        {state === 'error' ? labels.error : null}
        {state === 'ready' && !claims.length ? labels.none : null}
        {props.message ?? null}
      </p>
      {state === 'ready' && claims.length ? (
        <>
          <p class="note">{labels.note}</p>
          <ul class="paper-claims">
            {claims.slice(0, props.limit).map((claim) => (
              <li
                key={claim.key}
                class="paper-claim"
                data-subject={claim.subject}
                data-object={claim.object}
                data-direction={claim.direction}
                data-negated={claim.negated ? 'true' : 'false'}
              >
                <blockquote class="sentence">
                  {claim.pieces.map((piece, i) =>
                    piece.mark ? (
                      <mark key={i} class={piece.mark}>
                        {piece.text}
                      </mark>
                    ) : (
                      piece.text
                    ),
                  )}
                </blockquote>
                <p class="meta">
                  <span class={`direction${claim.negated ? ' negated' : ''}`}>{claim.summary}</span>
                  <button type="button" class="show-sentence" onClick={() => props.onShowSentence(claim)}>
                    {labels.showSentence}
                  </button>
                </p>
                {claim.comparisons.map(({ verdict, verdictLabel, claim: curated }) => (
                  <div key={curated.id} class={`comparison verdict-${verdict}`} data-verdict={verdict} data-claim-ref={curated.id}>
                    <p class="verdict">{verdictLabel}</p>
                    <div class="sides">
                      <div class="side paper-side">
                        <p class="side-label">{labels.thisPaper}</p>
                        <p>{claim.summary}</p>
                      </div>
                      <div class="side curated-side">
                        <p class="side-label">{labels.curated}</p>
                        <ClaimBody claim={curated} labels={labels} />
                      </div>
                    </div>
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {claims.length > props.limit ? (
            <button type="button" class="show-all-paper" onClick={props.onShowAll}>
              {labels.showAll}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
