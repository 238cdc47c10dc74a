/**
 * The tooltip's view: a Preact TermCard in an open shadow root (WXT
 * createShadowRootUi), mounted on first use, positioned by @floating-ui/dom
 * (flip and shift keep it inside the viewport; autoUpdate follows scrolling).
 * Host: <glossa-tooltip id="glossa-tooltip" data-glossa-ui="tooltip">, and
 * the card sits in an element with role="tooltip".
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TermCard } from '../../components/TermCard';
import type { Anchor, TooltipView } from '../../lib/tooltip/controller';
import { otherLang, pick, t, type Lang } from '../../lib/i18n';
import { citationLabel, referenceUrl, relatedReview } from '../../lib/links';
import type { GlossaryIndex } from '../../lib/glossary/index';

export const HOST_ID = 'glossa-tooltip';

type ShadowUi = Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>>;

export class ShadowTooltipView implements TooltipView {
  readonly hostId = HOST_ID;
  private ui: ShadowUi | undefined;
  private mounting: Promise<ShadowUi> | undefined;
  private box: HTMLElement | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private lang: Lang;
  private state: { termId: string; anchor: Anchor; pinned: boolean; text: string } | undefined;
  /** Bumped on every show/hide so a slow mount does not show a stale card. */
  private version = 0;
  onClose: () => void = () => {};

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly glossary: GlossaryIndex,
    lang: Lang,
  ) {
    this.lang = lang;
  }

  private mount(): Promise<ShadowUi> {
    this.mounting ??= createShadowRootUi(this.ctx, {
      name: 'glossa-tooltip',
      position: 'inline',
      anchor: 'body',
      onMount: (container, _shadow, host) => {
        host.id = HOST_ID;
        host.setAttribute('data-glossa-ui', 'tooltip');
        const box = document.createElement('div');
        box.className = 'tooltip';
        box.setAttribute('role', 'tooltip');
        box.hidden = true;
        container.append(box);
        this.box = box;
        return box;
      },
      onRemove: (box) => {
        if (box) render(null, box);
        this.box = undefined;
      },
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.mounting;
  }

  contains(target: EventTarget | null): boolean {
    const host = this.ui?.shadowHost;
    return !!host && target instanceof Node && (target === host || host.contains(target));
  }

  show(termId: string, anchor: Anchor, state: { pinned: boolean; text: string }): void {
    this.state = { termId, anchor, ...state };
    const version = ++this.version;
    void this.mount().then(() => {
      if (version === this.version) this.draw();
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
    this.ui?.remove();
    this.ui = undefined;
    this.mounting = undefined;
  }

  private draw(): void {
    const box = this.box;
    const state = this.state;
    if (!box || !state) return;
    const term = this.glossary.terms.get(state.termId);
    if (!term) return;
    const lang = this.lang;
    const other = otherLang(lang);
    const claims = this.glossary.claimsByTerm.get(term.id) ?? [];
    const review = relatedReview(term, claims, this.glossary.references);
    const name = pick(term.name, lang);
    const written = state.text.trim();
    const expansion = written && written.toLowerCase() !== term.name.en.toLowerCase() ? term.name.en : undefined;
    render(
      <TermCard
        lang={lang}
        otherLang={other}
        name={lang === 'en' && expansion ? written : name}
        otherName={pick(term.name, other)}
        expansion={lang === 'ja' ? (expansion ? `${written} = ${term.name.en}` : term.name.en) : expansion}
        category={t(`category_${term.category}`)}
        definition={pick(term.definition, lang)}
        plain={pick(term.plain, lang)}
        related={term.related
          .map((id) => this.glossary.terms.get(id))
          .filter((r) => !!r)
          .map((r) => ({ id: r.id, name: pick(r.name, lang) }))}
        claimCount={claims.length}
        review={review ? { url: referenceUrl(review)!, label: citationLabel(review) } : undefined}
        pinned={state.pinned}
        labels={{
          definition: t('tooltipDefinition'),
          plain: t('tooltipPlain'),
          related: t('tooltipRelated'),
          claims: t('tooltipClaims', String(claims.length)),
          openReview: t('tooltipOpenReview'),
          switchLang: t(other === 'ja' ? 'switchToJapanese' : 'switchToEnglish'),
          close: t('tooltipClose'),
        }}
        onSwitchLang={() => {
          this.lang = other;
          this.draw();
        }}
        onRelated={(id) => {
          this.state = { ...state, termId: id, text: '' };
          this.draw();
        }}
        onClose={() => this.onClose()}
      />,
      box,
    );
    box.hidden = false;
    box.dataset.pinned = String(state.pinned);
    this.stopAutoUpdate?.();
    const anchor = state.anchor;
    this.stopAutoUpdate = autoUpdate(anchor as Element, box, () => {
      void computePosition(anchor as Element, box, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        box.style.left = `${x}px`;
        box.style.top = `${y}px`;
      });
    });
  }
}
