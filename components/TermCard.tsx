/**
 * A glossary card: the tooltip's content (and, later, the side panel's).
 * Render only: all data and actions come in as props.
 */
import type { Lang } from '../lib/i18n';

export interface TermCardProps {
  lang: Lang;
  /** The language the reader can switch to. */
  otherLang: Lang;
  name: string;
  /** The name in the other language, shown small. */
  otherName: string;
  /** The full name when the page wrote an abbreviation (e.g. "5-HT3" → "5-HT3 receptor"). */
  expansion?: string;
  category: string;
  definition: string;
  plain: string;
  related: Array<{ id: string; name: string }>;
  claimCount: number;
  review?: { url: string; label: string };
  pinned: boolean;
  labels: {
    definition: string;
    plain: string;
    related: string;
    claims: string;
    openReview: string;
    switchLang: string;
    close: string;
  };
  onSwitchLang: () => void;
  onRelated: (id: string) => void;
  onClose: () => void;
  /** For an abbreviation the paper defines: shows where ("Go to the definition"). */
  onGoToDefinition?: () => void;
  goToDefinitionLabel?: string;
}

export function TermCard(props: TermCardProps) {
  const { labels } = props;
  return (
    <div class="card" lang={props.lang}>
      <div class="head">
        <div>
          <div class="name">{props.name}</div>
          <div class="sub">
            {props.expansion ? <span class="expansion">{props.expansion} · </span> : null}
            <span class="other" lang={props.otherLang}>
              {props.otherName}
            </span>
          </div>
        </div>
        <span class="category">{props.category}</span>
      </div>
      <p class="definition" data-glossa-part="definition">
        <span class="label">{labels.definition}</span> {props.definition}
      </p>
      <p class="plain" data-glossa-part="plain">
        <span class="label">{labels.plain}</span> {props.plain}
      </p>
      {props.related.length ? (
        <div class="related">
          <span class="label">{labels.related}</span>{' '}
          {props.related.map((r) => (
            <button type="button" class="chip" key={r.id} data-term={r.id} onClick={() => props.onRelated(r.id)}>
              {r.name}
            </button>
          ))}
        </div>
      ) : null}
      <div class="foot">
        <span class="claims">{labels.claims}</span>
        {props.onGoToDefinition ? (
          <button type="button" class="lang goto-definition" onClick={props.onGoToDefinition}>
            {props.goToDefinitionLabel}
          </button>
        ) : null}
        {props.review ? (
          <a class="review" href={props.review.url} target="_blank" rel="noopener noreferrer" title={props.review.label}>
            {labels.openReview}
          </a>
        ) : null}
        <button type="button" class="lang" onClick={props.onSwitchLang}>
          {labels.switchLang}
        </button>
        {props.pinned ? (
          <button type="button" class="close" aria-label={labels.close} onClick={props.onClose}>
            ×
          </button>
        ) : null}
      </div>
    </div>
  );
}
