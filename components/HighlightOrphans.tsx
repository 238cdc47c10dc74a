/**
 * The page's "not found on this page" panel: highlights of this article
 * that could not be placed, with their quotes and notes, so nothing is
 * silently lost. Collapsed to one line until opened. Render only.
 */
import type { ColourName } from '../lib/highlights/model';
import type { HighlightView } from '../lib/highlights/view';
import { HighlightList } from './HighlightList';

export interface HighlightOrphansProps {
  items: HighlightView[];
  open: boolean;
  labels: { title: string; explain: string; close: string; note: string; notFound: string; colours: Record<ColourName, string> };
  onToggle: () => void;
  onClose: () => void;
}

export function HighlightOrphans(props: HighlightOrphansProps) {
  const { labels } = props;
  return (
    <section class="gl-orphans" aria-label={labels.title} data-glossa-orphans={props.items.length}>
      <div class="gl-row">
        <button type="button" class="gl-action" aria-expanded={props.open} onClick={props.onToggle}>
          {labels.title}
        </button>
        <button type="button" class="gl-close" aria-label={labels.close} title={labels.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      {props.open ? (
        <div class="gl-orphans-body">
          <p class="gl-explain">{labels.explain}</p>
          <HighlightList
            items={props.items}
            labels={{ empty: '', notFound: labels.notFound, note: labels.note, reveal: '', colours: labels.colours }}
          />
        </div>
      ) : null}
    </section>
  );
}
