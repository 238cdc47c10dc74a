/**
 * The side panel's list of the terms found on the page (its "Terms" tab),
 * most frequent first, then the paper's own abbreviations, marking those
 * that are on the mechanism map. The same list as the popup's
 * (lib/glossary/page-terms.ts). Render only.
 */
export interface ListedTerm {
  id: string;
  name: string;
  count: number;
  onMap: boolean;
}

export interface TermsListProps {
  terms: ListedTerm[];
  labels: { none: string; onMap: string; occurrences: (count: number) => string };
  onSelect: (termId: string) => void;
}

export function TermsList(props: TermsListProps) {
  if (!props.terms.length) return <p class="empty">{props.labels.none}</p>;
  return (
    <ul class="page-terms">
      {props.terms.map((term) => (
        <li key={term.id}>
          <button type="button" class={`chip${term.onMap ? ' on-map' : ''}`} data-term={term.id} onClick={() => props.onSelect(term.id)}>
            <span class="chip-name">{term.name}</span> <span class="count">{props.labels.occurrences(term.count)}</span>
            {term.onMap ? (
              <span class="on-map-tag" title={props.labels.onMap}>
                {' '}
                <span aria-hidden="true">◆</span>
                <span class="visually-hidden">{props.labels.onMap}</span>
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
