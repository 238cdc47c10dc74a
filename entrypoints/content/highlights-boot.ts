/**
 * Starts highlights (entrypoints/content-ui/highlights.ts, loaded lazily)
 * when there is something to do: the article has saved highlights, one is
 * saved for it elsewhere (another tab, the library), the reader selects
 * text, or the popup or a command asks. Until then the page carries only
 * these listeners. The popup's messages are answered here and forwarded.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/sites/types';
import { onMessages } from '../../lib/messaging';
import { articleOfPage, pageUrl, sameArticle } from '../../lib/highlights/article';
import { highlightsOf, watchHighlights } from '../../lib/highlights/store';
import type { HighlightsApi } from '../content-ui/highlights';
import { loadUi } from './ui';

export interface HighlightsBoot {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** Aborted when the page goes away or the extension is reloaded. */
  signal: AbortSignal;
  /** Told when the highlight action bar opens and closes. */
  onBarChange?: (open: boolean) => void;
}

export function bootHighlights(context: HighlightsBoot): void {
  const { signal } = context;
  const waiting = new AbortController();
  signal.addEventListener('abort', () => waiting.abort());
  let api: Promise<HighlightsApi> | undefined;
  const started = (): Promise<HighlightsApi> => {
    waiting.abort();
    api ??= loadUi().then((ui) => ui.startHighlights(context));
    return api;
  };

  const removeHandlers = onMessages({
    'page:listHighlights': async () => (await started()).list(),
    'page:scrollToHighlight': async ({ id }) => (await started()).scrollTo(id),
    'page:highlightSelection': async (data) => (await started()).highlightSelection(data?.colour),
  });
  signal.addEventListener('abort', removeHandlers);

  const article = articleOfPage(context.adapter.identity(document), document, pageUrl(location));
  // The PDF reader: once every page's text is there, so a saved highlight is never "not found" for a page still laid out.
  Promise.resolve(context.adapter.settled?.())
    .then(() => highlightsOf(article))
    .then(
      (saved) => {
        if (saved.length && !signal.aborted) void started();
      },
      () => {}, // storage unavailable (extension reloaded): nothing to show
    );
  const stopWatching = watchHighlights((changes) => {
    if (changes.some((c) => c.record && sameArticle(c.record.article, article))) void started();
  });
  waiting.signal.addEventListener('abort', stopWatching);

  // A selection with text loads the action bar, which then acts on it (once the pointer is up).
  let pointerDown = false;
  const onSelection = () => {
    if (pointerDown) return;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.toString().trim()) return;
    // Only a selection in the article (not the search box, not our own UI).
    const anchor = selection.anchorNode;
    if (!anchor || !context.adapter.roots(document).some((root) => root.contains(anchor) || root.contains(selection.focusNode))) return;
    void started().then((highlights) => highlights.checkSelection());
  };
  const options = { capture: true, signal: waiting.signal };
  document.addEventListener('pointerdown', () => (pointerDown = true), options);
  document.addEventListener(
    'pointerup',
    () => {
      pointerDown = false;
      onSelection();
    },
    options,
  );
  document.addEventListener('keyup', (e) => (e.shiftKey || e.key === 'Shift' ? onSelection() : undefined), options);
  document.addEventListener('selectionchange', onSelection, { signal: waiting.signal });
}
