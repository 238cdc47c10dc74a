/**
 * "Terms on this page", grouped by category: each term jumps to its next
 * occurrence (the term button itself, as before) or its previous one, and
 * links to its review and to a PubMed search for reviews. Arrow keys move
 * between the terms. Each group folds (a native <details>): on a page with
 * many terms the groups start folded, each showing its count and the first
 * names, so the popup stays short. Counts read as counts ("4 times").
 * Render only: data and actions are props.
 */
import type { TargetedKeyboardEvent } from 'preact';

export interface PopupTerm {
  id: string;
  name: string;
  otherName: string;
  category: string;
  count: number;
  /** "2 / 5" after the reader has jumped to an occurrence. */
  position?: string;
  /** "Open the review" for the term (PMC first; with a text fragment when a passage is known). */
  review?: { url: string; label: string };
  /** PubMed search for reviews about the term. */
  pubmedUrl: string;
}

export interface TermGroup {
  /** Category id, for styling and tests. */
  id: string;
  label: string;
  terms: PopupTerm[];
}

export interface TermsLabels {
  heading: string;
  none: string;
  reveal: string;
  /** Functions of the term's name, already translated. */
  previous: (name: string) => string;
  next: (name: string) => string;
  /** "4 times", shown on each term. */
  occurrences: (count: number) => string;
  reviewOf: (name: string, citation: string) => string;
  reviewShort: string;
  findReviewsFor: (name: string) => string;
  searchShort: string;
}

export interface ReadingMapTermsProps {
  groups: TermGroup[];
  /** Groups start open when the page has at most this many terms. */
  openUpTo?: number;
  labels: TermsLabels;
  onReveal: (termId: string) => void;
  onPrevious: (termId: string) => void;
}

/** Up/Down (and Home/End) move between the term buttons. */
function onListKey(e: TargetedKeyboardEvent<HTMLElement>) {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.term')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
  if (next < 0 || next >= buttons.length) return;
  e.preventDefault();
  buttons[next].focus();
}

/** Above this many terms, the groups start folded. */
const OPEN_UP_TO = 10;

export function ReadingMapTerms({ groups, labels, onReveal, onPrevious, openUpTo = OPEN_UP_TO }: ReadingMapTermsProps) {
  const total = groups.reduce((n, g) => n + g.terms.length, 0);
  const open = total <= openUpTo;
  return (
    <section id="map-terms" class="map-section" aria-labelledby="terms-heading" onKeyDown={onListKey}>
      <h2 id="terms-heading">
        {labels.heading} <span class="count">{total}</span>
      </h2>
      {total ? (
        <ul class="groups">
          {groups.map((group) => (
            <li key={group.id} class="group" data-category={group.id}>
              <details open={open}>
                <summary>
                  <h3 id={`group-${group.id}`}>
                    {group.label} <span class="count">{group.terms.length}</span>
                  </h3>
                  <span class="preview" aria-hidden="true">
                    {group.terms.map((term) => term.name).join(', ')}
                  </span>
                </summary>
                <ul class="terms" aria-labelledby={`group-${group.id}`}>
                  {group.terms.map((term) => (
                    <li key={term.id} class="term-row">
                      <button type="button" class="term" data-term={term.id} title={labels.reveal} onClick={() => onReveal(term.id)}>
                        <span class="term-name">{term.name}</span>
                        <span class="term-other">{term.otherName}</span>
                        <span class="term-count">{term.position ?? labels.occurrences(term.count)}</span>
                      </button>
                      <span class="term-actions">
                        <button
                          type="button"
                          class="step previous"
                          aria-label={labels.previous(term.name)}
                          title={labels.previous(term.name)}
                          onClick={() => onPrevious(term.id)}
                        >
                          ‹
                        </button>
                        <button
                          type="button"
                          class="step next"
                          aria-label={labels.next(term.name)}
                          title={labels.next(term.name)}
                          onClick={() => onReveal(term.id)}
                        >
                          ›
                        </button>
                        {term.review ? (
                          <a
                            class="term-review"
                            href={term.review.url}
                            target="_blank"
                            rel="noopener noreferrer"
                            aria-label={labels.reviewOf(term.name, term.review.label)}
                            title={labels.reviewOf(term.name, term.review.label)}
                          >
                            {labels.reviewShort}
                          </a>
                        ) : null}
                        <a
                          class={term.review ? 'find-reviews' : 'find-reviews alone'}
                          href={term.pubmedUrl}
                          target="_blank"
                          rel="noopener noreferrer"
                          aria-label={labels.findReviewsFor(term.name)}
                          title={labels.findReviewsFor(term.name)}
                        >
                          {labels.searchShort}
                        </a>
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{labels.none}</p>
      )}
    </section>
  );
}
