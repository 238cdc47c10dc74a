/**
 * Glossa's content script on PubMed and PMC article pages (the manifest's
 * matches) and on the publisher sites the reader enabled or asked to read
 * once (registered and injected by entrypoints/background/sites.ts): finds
 * glossary terms in the article (site adapter roots), wraps them, shows the
 * tooltip, annotates content that arrives late, answers the popup, and
 * undoes everything when annotation is turned off, when the reader removes
 * the site, and when a newer copy of the script takes over the page.
 *
 * Test URLs: https://pubmed.ncbi.nlm.nih.gov/35895817/
 *            https://pmc.ncbi.nlm.nih.gov/articles/PMC2633119/
 *            https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5220672/
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ARTICLE_MATCHES, CONTENT_MARK, matchesPattern } from '../../lib/sites/hosts';
import type {} from '../../lib/sites/protocol';
import { pickNcbiAdapter } from '../../lib/sites/ncbi';
import type { SiteAdapter } from '../../lib/sites/types';
import { Annotator, MATCH_ATTR, STATE_ATTR, TERM_ATTR } from '../../lib/annotate/annotator';
import { addPageStyle } from '../../lib/annotate/page-style';
import { LateContent } from '../../lib/annotate/late-content';
import { visibleFirst } from '../../lib/annotate/viewport';
import { Matcher } from '../../lib/match/matcher';
import { loadMatchData } from './match-file';
import { TooltipController } from '../../lib/tooltip/controller';
import { notifyViews, onMessages, sendToBackground, type PageTerms } from '../../lib/messaging';
import { enabledItem, readOptions, siteEnabled, watchOptions, type Options } from '../../lib/settings';
import { CATEGORIES, type Category } from '../../lib/glossary/categories';
import type {} from '../../lib/claims/protocol';
import { pageSegments } from '../../lib/claims/page-text';
import { revealText } from '../../lib/claims/reveal';
import { regionCounts } from '../../lib/claims/regions';
import { LazyTooltipView } from './lazy-tooltip';
import { loadUi } from './ui';
import { paperCard, type TermCardData } from '../../lib/glossary/cards';
import type { PaperDefinition } from '../../lib/match/pipeline';
import { bootHighlights } from './highlights-boot';
import { pdfLinkOf } from '../../lib/pdf/link';
import { TooltipHold } from './tooltip-hold';

/** Term ids of abbreviations the paper defines itself (lib/match/pipeline.ts). */
const PAPER_PREFIX = 'paper:';

export default defineContentScript({
  matches: ARTICLE_MATCHES,
  runAt: 'document_idle',
  // The UI (entrypoints/content-ui) brings its own stylesheet; nothing is injected into the page.
  cssInjectionMode: 'manual',
  main: (ctx) => reader.main(ctx, pickNcbiAdapter),
});

/**
 * What both content scripts run: this one (NCBI's article hosts, NCBI
 * adapters only) and entrypoints/publisher.content.ts (the sites the reader
 * enabled or asked to read once, with the publisher adapters), and Glossa's
 * PDF reader too (entrypoints/pdf, an extension page whose adapter reads its
 * text layers): the same reading, each with its own choice of adapter.
 */
export const reader = {
  async main(ctx: ContentScriptContext, pick: (url: URL) => SiteAdapter | undefined) {
    // Marks read by `npm run bench` (the performance timeline is shared with the page): glossa:start, glossa:settings
    // (settings read), glossa:data (match data ready), glossa:first-viewport, glossa:viewport-complete, glossa:pass.
    performance.mark('glossa:start');
    // Before any await: the background checks this mark before injecting the script (one copy per page).
    (globalThis as Record<string, unknown>)[CONTENT_MARK] = true;
    ctx.onInvalidated(() => delete (globalThis as Record<string, unknown>)[CONTENT_MARK]);
    let firstPassDone: () => void = () => {};
    const read = new Promise<void>((resolve) => (firstPassDone = resolve));
    // Answered from the start, so the popup can wait for the first pass of a page it just asked to read.
    onMessages({ 'page:whenRead': () => read });
    const adapter = pick(new URL(location.href));
    // The match data is fetched while the settings are read.
    if (adapter?.isArticle(document)) void loadMatchData().catch(() => {});
    // Both settings in one round trip: the first viewport waits for them.
    const [initialOptions, initiallyEnabled] = await Promise.all([readOptions(), enabledItem.getValue()]);
    performance.mark('glossa:settings');
    let options = initialOptions;
    const pageLife = new AbortController();
    ctx.onInvalidated(() => pageLife.abort());
    // Term tooltips stay closed while the reader selects text to highlight or uses the highlight bar.
    const tooltipHold = new TooltipHold(
      document,
      (range) => !!adapter?.roots(document).some((r) => range.intersectsNode(r)),
      pageLife.signal,
    );
    const session = new Session(ctx, adapter, () => options, tooltipHold);
    const article = () => !!adapter && adapter.isArticle(document);
    onMessages({
      'page:getTerms': () => session.pageTerms(),
      'page:revealTerm': ({ termId }) => session.reveal(termId),
      'page:revealTermPrevious': ({ termId }) => session.reveal(termId, -1),
      'page:getText': () => ({ segments: article() ? pageSegments(adapter!.roots(document), adapter!.exclude, adapter!.segments) : [] }),
      'page:revealText': ({ text }) =>
        article() ? revealText(document, adapter!.roots(document), adapter!.exclude, text, adapter!.segments) : { found: false },
      'page:toggle': async () => {
        if (ctx.isInvalid) return { enabled: false };
        if (session.isRunning) session.stop();
        else await session.start();
        return { enabled: session.isRunning };
      },
      // The reader removed this site: give the page back as it was.
      'page:siteRemoved': ({ patterns }) => {
        if (!patterns.some((p) => matchesPattern(p, location.href))) return { stopped: false };
        session.stop();
        pageLife.abort();
        ctx.abort('site removed');
        return { stopped: true };
      },
    });
    // Invalidated (the extension reloaded, or a newer copy of this script started here): undo this copy's marks.
    ctx.onInvalidated(() => session.stop());
    let restarts: Promise<void> = Promise.resolve();
    /** On when the switch is on and the options allow this site. */
    const wanted = async () => (await enabledItem.getValue()) && siteEnabled(options, adapter?.id);
    enabledItem.watch((enabled) => {
      if (!ctx.isInvalid) void (enabled && siteEnabled(options, adapter?.id) ? session.start() : session.stop());
    });
    watchOptions((next) => {
      if (ctx.isInvalid) return;
      const previous = options;
      options = next;
      // Site and categories change what is annotated: redo the pass. Trigger, text size and order are read live;
      // the tooltip follows the language itself (lib/i18n.ts).
      const redo =
        siteEnabled(previous, adapter?.id) !== siteEnabled(next, adapter?.id) || previous.categories.join() !== next.categories.join();
      if (!redo) return;
      // One restart at a time: a quick series of changes must not interleave two passes.
      restarts = restarts.then(async () => {
        session.stop();
        if (await wanted()) await session.start();
      });
    });
    const firstPass = initiallyEnabled && siteEnabled(options, adapter?.id) ? session.start() : undefined;
    if (!firstPass) document.documentElement.setAttribute(STATE_ATTR, 'off');
    // Highlights start once the first pass is under way (its first slice, the visible region, goes first).
    if (adapter?.isArticle(document))
      bootHighlights({ ctx, adapter, signal: pageLife.signal, onBarChange: (open) => tooltipHold.setBarOpen(open) });
    try {
      await firstPass;
    } finally {
      firstPassDone();
    }
  },
};

/** One page's annotation state, from start() to stop(). */
class Session {
  private annotator: Annotator | undefined;
  private running: AbortController | undefined;
  private view: LazyTooltipView | undefined;
  private style: HTMLStyleElement | undefined;
  private readonly revealed = new Map<string, number>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter | undefined,
    private readonly options: () => Options,
    private readonly tooltipHold: TooltipHold,
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
    const categories = new Set<Category>(this.options().categories);
    // Read in place from the packed file (its trie is prebuilt): nothing to parse or build.
    const data = await loadMatchData();
    performance.mark('glossa:data');
    if (this.running !== running) return;
    const matcher = new Matcher(data, undefined, CATEGORIES.every((c) => categories.has(c)) ? undefined : { categories });
    const annotator = new Annotator({ matcher, exclude: adapter.exclude, segments: adapter.segments });
    this.annotator = annotator;
    this.style = addPageStyle(document);
    const view = new LazyTooltipView(async () => {
      const { ShadowTooltipView } = await loadUi();
      return new ShadowTooltipView(
        this.ctx,
        (termId) =>
          termId.startsWith(PAPER_PREFIX) ? Promise.resolve(this.paperCard(termId)) : sendToBackground('bg:getCard', { termId }),
        () => ({ scale: this.options().textSize / 100, order: this.options().cardOrder }),
      );
    });
    this.view = view;
    const controller = new TooltipController(document, view, running.signal, {
      trigger: () => ({ mode: this.options().trigger, modifierKey: this.options().modifierKey }),
      suppressed: () => this.tooltipHold.held,
    });
    running.signal.addEventListener(
      'abort',
      this.tooltipHold.onHold(() => controller.close()),
    );
    view.onClose = () => controller.close();
    view.onGoToDefinition = (termId) => this.goToDefinition(termId);
    const late = new LateContent(document, adapter, annotator, running.signal);
    late.firstPass = {
      prioritize: (segments) => visibleFirst(segments, window.innerHeight),
      // What nothing in the article can change is marked at once; the rest of the visible region once the article is read.
      onFirstViewport: () => performance.mark('glossa:first-viewport'),
      onVisibleDone: () => performance.mark('glossa:viewport-complete'),
    };
    late.onPass = () => {
      performance.mark('glossa:pass');
      void sendToBackground('bg:setBadge', { count: annotator.counts().size }).catch(() => {});
      notifyViews('views:pageChanged', { enabled: true });
    };
    await late.annotateAll();
  }

  get isRunning(): boolean {
    return !!this.running;
  }

  stop(): void {
    const wasRunning = !!this.running;
    try {
      if (wasRunning) void sendToBackground('bg:setBadge', { count: 0 }).catch(() => {});
    } catch {
      // The extension was reloaded (no runtime left): the page is restored all the same.
    }
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
    if (wasRunning) notifyViews('views:pageChanged', { enabled: false });
  }

  pageTerms(): PageTerms {
    const counts = this.annotator?.counts() ?? new Map<string, number>();
    const where = regionCounts(this.annotator?.found ?? []);
    return {
      supported: !!this.adapter,
      article: this.article,
      enabled: !!this.running,
      site: this.adapter?.id,
      identity: this.adapter && this.article ? this.adapter.identity(document) : undefined,
      pdf: this.adapter && this.article ? pdfLinkOf(document) : undefined,
      terms: [...counts]
        .map(([id, count]) => ({ id, count, ...where.get(id), definedAs: this.paperDefinition(id)?.longForm }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    };
  }

  /** The paper's own definition of a "paper:" abbreviation. */
  private paperDefinition(termId: string): PaperDefinition | undefined {
    if (!termId.startsWith(PAPER_PREFIX)) return undefined;
    return this.annotator?.found.find((o) => o.termId === termId && o.definition)?.definition;
  }

  /** The tooltip card of an abbreviation the paper defines and our glossary lacks. */
  private paperCard(termId: string): TermCardData | null {
    const definition = this.paperDefinition(termId);
    if (!definition) return null;
    // The tooltip words it in the reader's language (entrypoints/content-ui/tooltip-view.tsx).
    return paperCard(termId, definition.shortForm, definition.longForm);
  }

  /** Scrolls to the sentence where the paper defines an abbreviation and highlights it for a moment. */
  private goToDefinition(termId: string): void {
    const definition = this.paperDefinition(termId);
    const range = definition && this.annotator?.definitionRange(definition);
    if (!range || !this.adapter) return;
    revealText(document, this.adapter.roots(document), this.adapter.exclude, range.toString(), this.adapter.segments);
  }

  /** Scrolls to the next (step 1) or previous (step -1) occurrence of a term and flashes it. */
  reveal(termId: string, step: 1 | -1 = 1): { index: number; total: number } {
    const firsts = [...document.querySelectorAll<HTMLElement>(`[${TERM_ATTR}="${CSS.escape(termId)}"]`)].filter(
      (el, i, all) => i === 0 || all[i - 1].getAttribute(MATCH_ATTR) !== el.getAttribute(MATCH_ATTR),
    );
    if (!firsts.length) return { index: 0, total: 0 };
    const last = this.revealed.get(termId);
    const index = last === undefined ? (step > 0 ? 0 : firsts.length - 1) : (last + step + firsts.length) % firsts.length;
    this.revealed.set(termId, index);
    const el = firsts[index];
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const pieces = document.querySelectorAll<HTMLElement>(`[${MATCH_ATTR}="${el.getAttribute(MATCH_ATTR)}"]`);
    for (const p of pieces) p.setAttribute('data-glossa-flash', '');
    this.ctx.setTimeout(() => {
      for (const p of pieces) p.removeAttribute('data-glossa-flash');
    }, 1600);
    return { index: index + 1, total: firsts.length };
  }
}
