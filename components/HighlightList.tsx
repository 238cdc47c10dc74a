/**
 * A list of highlights: colour, quote, note, tags and section; those not
 * found on the page are marked so. Clicking a found one calls onSelect
 * (scroll to it). Used by the popup ("Highlights of this article") and by
 * the page's "not found on this page" panel. Render only.
 */
import { PALETTE, type ColourName } from '../lib/highlights/model';
import type { HighlightView } from '../lib/highlights/view';

export interface HighlightListProps {
  items: HighlightView[];
  labels: { empty: string; notFound: string; note: string; reveal: string; colours: Record<ColourName, string> };
  /** Quotes longer than this are shortened (with an ellipsis). */
  maxQuote?: number;
  onSelect?: (id: string) => void;
}

const DEFAULT_MAX_QUOTE = 220;

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function HighlightList(props: HighlightListProps) {
  const { labels } = props;
  if (!props.items.length) return <p class="gl-empty">{labels.empty}</p>;
  const max = props.maxQuote ?? DEFAULT_MAX_QUOTE;
  return (
    <ul class="gl-list" data-glossa-list="highlights">
      {props.items.map((item) => {
        const body = (
          <>
            <span
              class="gl-dot"
              style={{ background: PALETTE[item.colour].background }}
              title={labels.colours[item.colour]}
              aria-label={labels.colours[item.colour]}
              role="img"
            />
            <span class="gl-item-text">
              <q class="gl-quote">{shorten(item.exact, max)}</q>
              {item.note ? (
                <span class="gl-note">
                  <span class="gl-visually-hidden">{labels.note}: </span>
                  {item.note}
                </span>
              ) : null}
              <span class="gl-meta">
                {item.section ? <span class="gl-section">{item.section}</span> : null}
                {item.tags.map((tag) => (
                  <span key={tag} class="gl-tag">
                    #{tag}
                  </span>
                ))}
                {!item.found ? <span class="gl-notfound">{labels.notFound}</span> : null}
              </span>
            </span>
          </>
        );
        return (
          <li key={item.id} data-highlight={item.id} data-found={String(item.found)}>
            {item.found && props.onSelect ? (
              <button type="button" class="gl-item" title={labels.reveal} onClick={() => props.onSelect!(item.id)}>
                {body}
              </button>
            ) : (
              <div class="gl-item">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
