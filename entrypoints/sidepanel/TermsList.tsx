/**
 * The side panel's simple list of the terms found on the page, most frequent
 * first, marking those that are on the mechanism map. Its own component so
 * that the fuller "reading map" can replace it. Render only.
 */
export interface ListedTerm {
  id: string;
  name: string;
  count: number;
  onMap: boolean;
}

export interface TermsListProps {
  terms: ListedTerm[];
  labels: { heading: string; none: string; onMap: string };
  onSelect: (termId: string) => void;
}

export function TermsList(props: TermsListProps) {
  return (
    <details class="page-terms" open>
      <summary>
        {props.labels.heading} <span class="count">{props.terms.length}</span>
      </summary>
      {props.terms.length ? (
        <ul>
          {props.terms.map((term) => (
            <li key={term.id}>
              <button
                type="button"
                class={`chip${term.onMap ? ' on-map' : ''}`}
                data-term={term.id}
                onClick={() => props.onSelect(term.id)}
              >
                {term.name} <span class="count">× {term.count}</span>
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
      ) : (
        <p class="empty">{props.labels.none}</p>
      )}
    </details>
  );
}
