/**
 * A glossary card: the tooltip's content and the side panel's term details.
 * Three parts, so a reader never scrolls to reach what matters:
 * - a compact head: the name in the reading language, the other language's
 *   name once under it (never a repeat), the category;
 * - the body: the plain-language explanation first (or the expert
 *   definition first, by the reader's option); only the body scrolls when
 *   the card is short of room;
 * - the foot: related terms and the actions (review, language, close),
 *   always in view.
 * For an abbreviation the paper defines itself the body is the paper's
 * definition and the foot its jump: no empty sections.
 * Render only: all data and actions come in as props.
 */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../lib/i18n';
import type { CardOrder } from '../lib/settings';

export interface TermCardProps {
  lang: Lang;
  /** The language the reader can switch to. */
  otherLang: Lang;
  /** The name in the reading language. */
  name: string;
  /** The name in the other language, shown once under the name; left out when it is the same. */
  otherName?: string;
  category: string;
  /** The expert definition (data-glossa-part="definition"). */
  definition: string;
  /** The plain-language explanation (data-glossa-part="plain"); absent for the paper's own abbreviations. */
  plain?: string;
  /** Which of the two comes first. */
  order: CardOrder;
  related: Array<{ id: string; name: string }>;
  /** "Related claims: 3"; left out when there are none. */
  claims?: string;
  /** The claims section: the kinds of evidence behind the term's claims and the legend (components/Evidence.tsx TermEvidence). */
  evidence?: ComponentChildren;
  review?: { url: string; label: string };
  pinned: boolean;
  labels: {
    definition: string;
    plain: string;
    related: string;
    openReview: string;
    switchLang: string;
    close: string;
    goToDefinition?: string;
  };
  /** Switches the card's language; absent where both languages would say the same. */
  onSwitchLang?: () => void;
  onRelated: (id: string) => void;
  onClose: () => void;
  /** For an abbreviation the paper defines: shows where. */
  onGoToDefinition?: () => void;
}

export function TermCard(props: TermCardProps) {
  const { labels } = props;
  const other = props.otherName && props.otherName !== props.name ? props.otherName : undefined;
  const plain = props.plain ? (
    <p class="plain" data-glossa-part="plain" key="plain">
      <span class="label">{labels.plain}</span> {props.plain}
    </p>
  ) : null;
  const definition = (
    <p class="definition" data-glossa-part="definition" key="definition">
      <span class="label">{labels.definition}</span> {props.definition}
    </p>
  );
  return (
    <div class="card" lang={props.lang} data-order={props.order}>
      <div class="head">
        <div class="names">
          <div class="name">{props.name}</div>
          {other ? (
            <div class="other" lang={props.otherLang}>
              {other}
            </div>
          ) : null}
        </div>
        <span class="category">{props.category}</span>
      </div>
      <div class="body">
        {props.order === 'expert-first' ? [definition, plain] : [plain, definition]}
        {props.evidence}
      </div>
      <div class="foot">
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
        <div class="actions">
          {props.onGoToDefinition ? (
            <button type="button" class="lang goto-definition" onClick={props.onGoToDefinition}>
              {labels.goToDefinition}
            </button>
          ) : null}
          {props.review ? (
            <a class="review" href={props.review.url} target="_blank" rel="noopener noreferrer" title={props.review.label}>
              {labels.openReview}
            </a>
          ) : null}
          {props.onSwitchLang ? (
            <button type="button" class="lang switch-lang" lang={props.otherLang} onClick={props.onSwitchLang}>
              {labels.switchLang}
            </button>
          ) : null}
          {props.claims ? <span class="claims">{props.claims}</span> : null}
          {props.pinned ? (
            <button type="button" class="close" aria-label={labels.close} title={labels.close} onClick={props.onClose}>
              ×
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
