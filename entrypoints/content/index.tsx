/**
 * Glossa's content script on PubMed and PMC article pages: finds glossary
 * terms in the article (site adapter roots), wraps them, shows the tooltip,
 * annotates content that arrives late, answers the popup, and undoes
 * everything when annotation is turned off.
 *
 * Test URLs: https://pubmed.ncbi.nlm.nih.gov/35895817/
 *            https://pmc.ncbi.nlm.nih.gov/articles/PMC2633119/
 *            https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5220672/
 */
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ARTICLE_MATCHES } from '../../lib/sites/hosts';
import { pickAdapter } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import { Annotator, MATCH_ATTR, STATE_ATTR, TERM_ATTR } from '../../lib/annotate/annotator';
import { addPageStyle } from '../../lib/annotate/page-style';
import { LateContent } from '../../lib/annotate/late-content';
import { visibleFirst } from '../../lib/annotate/viewport';
import { matchTerms, noInflections } from '../../lib/glossary/match-data';
import { TooltipController } from '../../lib/tooltip/controller';
import { onMessages, sendToBackground, type PageTerms } from '../../lib/messaging';
import { enabledItem } from '../../lib/settings';
import { uiLang } from '../../lib/i18n';
import { ShadowTooltipView } from './tooltip-view';
import { startHighlights } from './highlights';

export default defineContentScript({
  matches: ARTICLE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Marks read by `npm run bench` (the performance timeline is shared with the page).
    performance.mark('glossa:start');
    const adapter = pickAdapter(new URL(location.href));
    const session = new Session(ctx, adapter);
    onMessages({
      'page:getTerms': () => session.pageTerms(),
      'page:revealTerm': ({ termId }) => session.reveal(termId),
      'page:toggle': async () => {
        if (session.isRunning) session.stop();
        else await session.start();
        return { enabled: session.isRunning };
      },
    });
    if (adapter?.isArticle(document)) {
      const pageLife = new AbortController();
      ctx.onInvalidated(() => pageLife.abort());
      startHighlights({ ctx, adapter, signal: pageLife.signal });
    }
    enabledItem.watch((enabled) => void (enabled ? session.start() : session.stop()));
    if (await enabledItem.getValue()) await session.start();
    else document.documentElement.setAttribute(STATE_ATTR, 'off');
  },
});

/** One page's annotation state, from start() to stop(). */
class Session {
  private annotator: Annotator | undefined;
  private running: AbortController | undefined;
  private view: ShadowTooltipView | undefined;
  private style: HTMLStyleElement | undefined;
  private readonly revealed = new Map<string, number>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter | undefined,
  ) {}

  private get article(): boolean {
    return !!this.adapter && this.adapter.isArticle(document);
  }

  async start(): Promise<void> {
    if (this.running) return;
    const running = new AbortController();
    this.running = running;
    this.ctx.onInvalidated(() => running.abort());
    const adapter = this.adapter;
    if (!adapter || !this.article) {
      // Not an article (e.g. a search result list): nothing to annotate.
      document.documentElement.setAttribute(STATE_ATTR, 'ready');
      return;
    }
    const annotator = new Annotator({ terms: matchTerms, inflected: noInflections, exclude: adapter.exclude });
    this.annotator = annotator;
    this.style = addPageStyle(document);
    const view = new ShadowTooltipView(this.ctx, (termId) => sendToBackground('bg:getCard', { termId }), uiLang());
    this.view = view;
    const controller = new TooltipController(document, view, running.signal);
    view.onClose = () => controller.close();
    const late = new LateContent(document, adapter, annotator, running.signal);
    late.firstPass = {
      prioritize: (segments) => visibleFirst(segments, window.innerHeight),
      onVisibleDone: () => performance.mark('glossa:first-viewport'),
    };
    late.onPass = () => {
      performance.mark('glossa:pass');
      void sendToBackground('bg:setBadge', { count: annotator.counts().size }).catch(() => {});
    };
    await late.annotateAll();
  }

  get isRunning(): boolean {
    return !!this.running;
  }

  stop(): void {
    if (this.running) void sendToBackground('bg:setBadge', { count: 0 }).catch(() => {});
    this.running?.abort();
    this.running = undefined;
    this.annotator?.clear(document);
    this.annotator = undefined;
    this.view?.destroy();
    this.view = undefined;
    this.style?.remove();
    this.style = undefined;
    this.revealed.clear();
    document.documentElement.setAttribute(STATE_ATTR, 'off');
  }

  pageTerms(): PageTerms {
    const counts = this.annotator?.counts() ?? new Map<string, number>();
    return {
      supported: !!this.adapter,
      article: this.article,
      enabled: !!this.running,
      site: this.adapter?.id,
      identity: this.adapter && this.article ? this.adapter.identity(document) : undefined,
      terms: [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    };
  }

  /** Scrolls to the next occurrence of a term and flashes it. */
  reveal(termId: string): { index: number; total: number } {
    const firsts = [...document.querySelectorAll<HTMLElement>(`[${TERM_ATTR}="${CSS.escape(termId)}"]`)].filter(
      (el, i, all) => i === 0 || all[i - 1].getAttribute(MATCH_ATTR) !== el.getAttribute(MATCH_ATTR),
    );
    if (!firsts.length) return { index: 0, total: 0 };
    const index = ((this.revealed.get(termId) ?? -1) + 1) % firsts.length;
    this.revealed.set(termId, index);
    const el = firsts[index];
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const pieces = document.querySelectorAll<HTMLElement>(`[${MATCH_ATTR}="${el.getAttribute(MATCH_ATTR)}"]`);
    pieces.forEach((p) => p.setAttribute('data-glossa-flash', ''));
    this.ctx.setTimeout(() => pieces.forEach((p) => p.removeAttribute('data-glossa-flash')), 1600);
    return { index: index + 1, total: firsts.length };
  }
}
