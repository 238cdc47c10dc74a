/**
 * The tooltip's view: a Preact TermCard in an open shadow root (WXT
 * createShadowRootUi), mounted on first use, positioned by @floating-ui/dom
 * (flip and shift keep it inside the viewport; autoUpdate follows scrolling).
 * Host: <glossa-tooltip id="glossa-tooltip" data-glossa-ui="tooltip">, and
 * the card sits in an element with role="tooltip".
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/** The tooltip is never taller than this, nor than the room on its side of the term. */
const MAX_HEIGHT_PX = 520;
const MIN_HEIGHT_PX = 120;
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TermCard } from '../../components/TermCard';
import { TermEvidence } from '../../components/Evidence';
import { termEvidence } from '../../lib/claims/view';
import { ShadowLayer } from './shadow-layer';
import { HOST_ID } from './bridge';
import type { Anchor, TooltipView } from '../../lib/tooltip/controller';
import { otherLang, pick, t, type Lang } from '../../lib/i18n';
import type { TermCardData } from '../../lib/glossary/cards';

/** Fetches a term's card (from the background, which holds the glossary). */
export type CardSource = (termId: string) => Promise<TermCardData | null>;

export { HOST_ID } from './bridge';

export class ShadowTooltipView implements TooltipView {
  readonly hostId = HOST_ID;
  private stopAutoUpdate: (() => void) | undefined;
  private lang: Lang;
  private state: { termId: string; anchor: Anchor; pinned: boolean; text: string } | undefined;
  /** Bumped on every show/hide so a slow mount does not show a stale card. */
  private version = 0;
  onClose: () => void = () => {};
  /** Shows where the paper defines an abbreviation (set by the content script). */
  onGoToDefinition: (termId: string) => void = () => {};
  private readonly cards = new Map<string, Promise<TermCardData | null>>();
  private readonly cardSource: CardSource;
  private readonly layer: ShadowLayer;

  constructor(
    ctx: ContentScriptContext,
    cardSource: CardSource,
    lang: Lang,
    /** Tooltip text size as a factor (options: 0.9 … 1.3), read at every draw. */
    private readonly textScale: () => number = () => 1,
  ) {
    this.lang = lang;
    this.cardSource = cardSource;
    this.layer = new ShadowLayer(ctx, {
      name: 'glossa-tooltip',
      ui: 'tooltip',
      hostId: HOST_ID,
      setup: (box) => {
        box.className = 'tooltip';
        box.setAttribute('role', 'tooltip');
        box.hidden = true;
      },
    });
  }

  /** Cards are fetched once per term and page. */
  private card(termId: string): Promise<TermCardData | null> {
    let card = this.cards.get(termId);
    if (!card) {
      card = this.cardSource(termId).catch(() => null);
      this.cards.set(termId, card);
    }
    return card;
  }

  /** The element the card renders into (role="tooltip"), while mounted. */
  private get box(): HTMLElement | undefined {
    return this.layer.element;
  }

  contains(target: EventTarget | null): boolean {
    return this.layer.contains(target);
  }

  show(termId: string, anchor: Anchor, state: { pinned: boolean; text: string }): void {
    this.state = { termId, anchor, ...state };
    const version = ++this.version;
    void Promise.all([this.layer.mount(), this.card(termId)]).then(([, card]) => {
      if (version === this.version && card) this.draw(card);
    });
  }

  hide(): void {
    this.version++;
    this.state = undefined;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.box) {
      this.box.hidden = true;
      render(null, this.box);
    }
  }

  /** Removes the UI from the page entirely (annotation turned off). */
  destroy(): void {
    this.hide();
    this.layer.remove();
  }

  private draw(term: TermCardData): void {
    const box = this.box;
    const state = this.state;
    if (!box || !state) return;
    const lang = this.lang;
    const other = otherLang(lang);
    const name = pick(term.name, lang);
    const written = state.text.trim();
    const expansion = written && written.toLowerCase() !== term.name.en.toLowerCase() ? term.name.en : undefined;
    render(
      <TermCard
        lang={lang}
        otherLang={other}
        name={lang === 'en' && expansion ? written : name}
        otherName={pick(term.name, other)}
        expansion={
          term.paper ? term.paper.longForm : lang === 'ja' ? (expansion ? `${written} = ${term.name.en}` : term.name.en) : expansion
        }
        category={term.paper ? t('paperDefinedCategory') : t(`category_${term.category}`)}
        definition={pick(term.definition, lang)}
        plain={pick(term.plain, lang)}
        related={term.related.map((r) => ({ id: r.id, name: pick(r.name, lang) }))}
        claimCount={term.claimCount}
        evidence={<TermEvidence data={termEvidence(term.claimEvidence, t)} />}
        review={term.review}
        pinned={state.pinned}
        labels={{
          definition: t('tooltipDefinition'),
          plain: t('tooltipPlain'),
          related: t('tooltipRelated'),
          claims: t('tooltipClaims', String(term.claimCount)),
          openReview: t('tooltipOpenReview'),
          switchLang: t(other === 'ja' ? 'switchToJapanese' : 'switchToEnglish'),
          close: t('tooltipClose'),
        }}
        onSwitchLang={() => {
          this.lang = other;
          this.draw(term);
        }}
        onRelated={(id) => {
          this.state = { ...state, termId: id, text: '' };
          const version = ++this.version;
          void this.card(id).then((card) => {
            if (version === this.version && card) this.draw(card);
          });
        }}
        onClose={() => this.onClose()}
        onGoToDefinition={term.paper ? () => this.onGoToDefinition(term.id) : undefined}
        goToDefinitionLabel={t('paperGoToDefinition')}
      />,
      box,
    );
    box.hidden = false;
    box.dataset.pinned = String(state.pinned);
    box.style.setProperty('--glossa-text-scale', String(this.textScale()));
    this.stopAutoUpdate?.();
    const anchor = state.anchor;
    this.stopAutoUpdate = autoUpdate(anchor as Element, box, () => {
      void computePosition(anchor as Element, box, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Fit the room left on the chosen side: the card scrolls inside instead of running off screen.
          size({
            padding: 8,
            apply({ availableHeight }) {
              box.style.maxHeight = `${Math.max(MIN_HEIGHT_PX, Math.min(MAX_HEIGHT_PX, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        box.style.left = `${x}px`;
        box.style.top = `${y}px`;
      });
    });
  }
}
