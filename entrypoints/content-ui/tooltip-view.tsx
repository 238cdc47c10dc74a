/**
 * The tooltip's view: a Preact TermCard in an open shadow root (WXT
 * createShadowRootUi), mounted on first use, positioned by @floating-ui/dom
 * (flip and shift keep it inside the viewport; autoUpdate follows scrolling).
 * Host: <glossa-tooltip id="glossa-tooltip" data-glossa-ui="tooltip">, and
 * the card sits in an element with role="tooltip". The card speaks the
 * language of the language service (lib/i18n.ts) and follows its changes;
 * its own switch shows the other language until the option changes. The
 * text size scales the whole box, not only the text.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TermCard } from '../../components/TermCard';
import { TermEvidence } from '../../components/Evidence';
import { termEvidence } from '../../lib/claims/view';
import { ShadowLayer } from './shadow-layer';
import { HOST_ID } from './bridge';
import type { Anchor, TooltipView } from '../../lib/tooltip/controller';
import { currentLang, onLanguageChange, otherLang, pick, t, translatorFor, type Lang, type Translate } from '../../lib/i18n';
import type { TermCardData } from '../../lib/glossary/cards';
import type { CardOrder } from '../../lib/settings';

/** The tooltip is never taller than this (times the text size), nor than the room on its side of the term. */
const MAX_HEIGHT_PX = 520;
const MIN_HEIGHT_PX = 140;

/** Fetches a term's card (from the background, which holds the glossary). */
export type CardSource = (termId: string) => Promise<TermCardData | null>;

/** What the reader's options say about the card, read at every draw. */
export interface CardLook {
  /** Text size as a factor (options: 0.9 … 1.3). */
  scale: number;
  order: CardOrder;
}

export { HOST_ID } from './bridge';

const FOCUSABLE = 'button:not([disabled]), a[href], summary, [tabindex]:not([tabindex="-1"])';

export class ShadowTooltipView implements TooltipView {
  readonly hostId = HOST_ID;
  private stopAutoUpdate: (() => void) | undefined;
  /** The language the reader switched this tooltip to (until the option changes). */
  private switched: { lang: Lang; t: Translate } | undefined;
  private state: { termId: string; anchor: Anchor; pinned: boolean; text: string } | undefined;
  private drawn: TermCardData | undefined;
  /** Bumped on every show/hide so a slow mount does not show a stale card. */
  private version = 0;
  onClose: () => void = () => {};
  /** Shows where the paper defines an abbreviation (set by the content script). */
  onGoToDefinition: (termId: string) => void = () => {};
  private readonly cards = new Map<string, Promise<TermCardData | null>>();
  private readonly cardSource: CardSource;
  private readonly layer: ShadowLayer;
  private readonly stopLanguage: () => void;

  constructor(
    ctx: ContentScriptContext,
    cardSource: CardSource,
    /** The reader's options for the card, read at every draw. */
    private readonly look: () => CardLook = () => ({ scale: 1, order: 'plain-first' }),
  ) {
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
    // The option changed: drop the tooltip's own switch and redraw an open card in the new language.
    this.stopLanguage = onLanguageChange(() => {
      this.switched = undefined;
      if (this.drawn && this.state) this.draw(this.drawn);
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

  private focusables(): HTMLElement[] {
    const box = this.box;
    if (!box || box.hidden) return [];
    return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  }

  focusFirst(): boolean {
    const first = this.focusables()[0];
    first?.focus();
    return !!first;
  }

  focusPosition(): 'first' | 'last' | 'only' | 'middle' | undefined {
    const active = this.box?.getRootNode() instanceof ShadowRoot ? (this.box.getRootNode() as ShadowRoot).activeElement : null;
    const list = this.focusables();
    const at = active ? list.indexOf(active as HTMLElement) : -1;
    if (at < 0) return undefined;
    if (list.length === 1) return 'only';
    return at === 0 ? 'first' : at === list.length - 1 ? 'last' : 'middle';
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
    this.drawn = undefined;
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
    this.stopLanguage();
    this.layer.remove();
  }

  private draw(term: TermCardData): void {
    const box = this.box;
    const state = this.state;
    if (!box || !state) return;
    this.drawn = term;
    const lang = this.switched?.lang ?? currentLang();
    const tr = this.switched?.t ?? t;
    const other = otherLang(lang);
    const look = this.look();
    const paper = term.paper;
    render(
      <TermCard
        lang={lang}
        otherLang={other}
        name={pick(term.name, lang)}
        otherName={paper ? undefined : pick(term.name, other)}
        category={paper ? tr('tooltip_paperCategory') : tr(`category_${term.category}`)}
        definition={paper ? tr('tooltip_paperDefinedAs', [paper.shortForm, paper.longForm]) : pick(term.definition, lang)}
        plain={paper ? undefined : pick(term.plain, lang)}
        order={look.order}
        related={term.related.map((r) => ({ id: r.id, name: pick(r.name, lang) }))}
        claims={term.claimCount ? tr('tooltipClaims', String(term.claimCount)) : undefined}
        evidence={paper ? undefined : <TermEvidence data={termEvidence(term.claimEvidence, tr)} />}
        review={term.review}
        pinned={state.pinned}
        labels={{
          definition: paper ? tr('tooltip_paperDefinitionLabel') : tr('tooltipDefinition'),
          plain: tr('tooltipPlain'),
          related: tr('tooltipRelated'),
          openReview: tr('tooltipOpenReview'),
          switchLang: tr(other === 'ja' ? 'switchToJapanese' : 'switchToEnglish'),
          close: tr('tooltipClose'),
          goToDefinition: tr('paperGoToDefinition'),
        }}
        onSwitchLang={
          paper
            ? undefined
            : () => {
                void translatorFor(other).then((translate) => {
                  this.switched = { lang: other, t: translate };
                  if (this.state === state) this.draw(term);
                  // Keep the keyboard on the switch, which now offers the way back.
                  box.querySelector<HTMLElement>('button.switch-lang')?.focus();
                });
              }
        }
        onRelated={(id) => {
          this.state = { ...state, termId: id, text: '' };
          const version = ++this.version;
          void this.card(id).then((card) => {
            if (version === this.version && card) this.draw(card);
          });
        }}
        onClose={() => this.onClose()}
        onGoToDefinition={paper ? () => this.onGoToDefinition(term.id) : undefined}
      />,
      box,
    );
    box.hidden = false;
    box.dataset.pinned = String(state.pinned);
    box.style.setProperty('--glossa-text-scale', String(look.scale));
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
              box.style.maxHeight = `${Math.max(MIN_HEIGHT_PX, Math.min(MAX_HEIGHT_PX * look.scale, availableHeight))}px`;
            },
          }),
          // A term scrolled out of view takes its tooltip with it (instead of leaving it stuck to the edge, over other terms).
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        box.style.left = `${x}px`;
        box.style.top = `${y}px`;
        box.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
        // The body scrolls when it is short of room: then the keyboard can reach and scroll it too.
        const body = box.querySelector<HTMLElement>('.body');
        if (body) body.tabIndex = body.scrollHeight > body.clientHeight + 1 ? 0 : -1;
      });
    });
  }
}
