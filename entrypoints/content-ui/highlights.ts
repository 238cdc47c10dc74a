/**
 * Highlights on the article page, started by the content script when the
 * article has saved highlights, a selection is made in it, or a message
 * asks (entrypoints/content/highlights-boot.ts), independently of term
 * annotation. Part of the lazily loaded UI (entrypoints/content-ui). Nothing
 * is added to the page until there is a highlight to show or a selection to
 * act on. This file wires the parts and answers for the popup:
 * - highlight-page.ts: what the page knows (records, wrappers, not found);
 * - highlight-placement.ts: placing saved highlights, with retries for late
 *   content and a time-sliced approximate search;
 * - highlight-sync.ts: changes made elsewhere (other tabs, the library);
 * - highlight-bar.ts: the selection and the action bar;
 * - highlight-editing.ts: making, changing, deleting, copying;
 * - highlight-ui.tsx: the bar, toasts and "not found" panel in a shadow root.
 *
 * Only the anchoring code paths are imported here (approx-string-match is
 * the one library); validation, import and export live in the library page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/sites/types';
import { t } from '../../lib/i18n';
import { COLOURS, type ColourName } from '../../lib/highlights/model';
import { colourName, namedColours } from '../../lib/highlights/colour-names';
import type { HighlightSelectionResult, PageHighlights } from '../../lib/highlights/protocol';
import { highlightsOf } from '../../lib/highlights/store';
import { toView } from '../../lib/highlights/view';
import { marksOf } from '../../lib/highlights/wrap';
import { HighlightWriter } from '../../lib/highlights/writer';
import { SelectionBar } from './highlight-bar';
import { Editing } from './highlight-editing';
import { HighlightPage } from './highlight-page';
import { Placement } from './highlight-placement';
import { syncWithStorage } from './highlight-sync';
import { HighlightUi } from './highlight-ui';

export interface HighlightsContext {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** Aborted when the page goes away or the extension is reloaded. */
  signal: AbortSignal;
  /** Told when the action bar opens and closes (term tooltips stay closed while it is open). */
  onBarChange?: (open: boolean) => void;
}

/** How long a highlight flashes after "scroll to". */
const FLASH_MS = 1600;

/** What the content script calls once highlights are started (it owns the message handlers). */
export interface HighlightsApi {
  list(): PageHighlights;
  scrollTo(id: string): { found: boolean };
  highlightSelection(colour?: ColourName): Promise<HighlightSelectionResult>;
  /** Acts on the page's selection as if it had just settled (one made before highlights started). */
  checkSelection(): void;
}

/** Starts highlights on the page: saved ones placed, the selection bar armed. */
export async function startHighlights(context: HighlightsContext): Promise<HighlightsApi> {
  const { signal } = context;
  const page = new HighlightPage(context.adapter, signal);
  const writer = new HighlightWriter();
  let ui: HighlightUi | undefined;
  const getUi = (): HighlightUi => {
    ui ??= new HighlightUi(context.ctx, namedColours(), barLabels(), (open) => context.onBarChange?.(open));
    return ui;
  };
  const placement = new Placement(page, (items) => {
    if (items.length || ui) getUi().setOrphans(items);
  });
  // Highlights changed or gone (saved here, or changed elsewhere): the open bar and the drafts follow.
  const events = {
    changed: (id: string) => selectionBar.changed(id),
    forgotten: (id: string) => {
      editing.drafts.drop(id);
      selectionBar.forgotten(id);
    },
  };
  const editing = new Editing(page, placement, writer, getUi, events);
  const selectionBar = new SelectionBar(page, editing, getUi, () => ui);

  syncWithStorage(page, placement, writer, events);
  selectionBar.listen();
  signal.addEventListener('abort', () => {
    ui?.destroy();
    // The page is given back as it was (its site removed, the extension reloaded): no highlight marks left behind.
    for (const id of [...page.marks.keys()]) page.forget(id);
  });

  try {
    const saved = await highlightsOf(page.article);
    if (!signal.aborted) {
      for (const r of saved) page.records.set(r.id, r);
      if (saved.length) placement.placePending();
    }
  } catch {
    // storage unavailable (extension reloaded): nothing to show
  }

  return {
    list: () => list(page),
    scrollTo: (id) => scrollTo(page, id),
    highlightSelection: (colour) => selectionBar.highlightSelection(colour),
    checkSelection: () => selectionBar.settleSelection(undefined),
  };
}

function barLabels() {
  return {
    bar: t('highlight_bar'),
    toolbar: t('highlightToolbar'),
    highlightIn: Object.fromEntries(COLOURS.map((c) => [c, t('highlightIn', colourName(c))])) as Record<ColourName, string>,
    note: t('highlightAddNote'),
    editNote: t('highlight_editNote'),
    copy: t('highlightCopy'),
    remove: t('highlightDelete'),
    editor: t('highlight_editor'),
    noteField: t('highlightNote'),
    tagsField: t('highlightTags'),
    tagsHint: t('highlightTagsHint'),
    save: t('highlightSave'),
    cancel: t('highlightCancel'),
    close: t('highlightClose'),
    discardQuestion: t('highlight_discardQuestion'),
    keepEditing: t('highlight_keepEditing'),
    discard: t('highlight_discard'),
  };
}

/** The article's highlights for the popup: those shown, in reading order, then those not found. */
function list(page: HighlightPage): PageHighlights {
  const shown = [...page.marks.entries()]
    .filter(([id, els]) => page.records.has(id) && els.some((e) => e.isConnected))
    .sort(([, a], [, b]) => (a[0].compareDocumentPosition(b[0]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return {
    article: page.article,
    highlights: [
      ...shown.map(([id]) => toView(page.records.get(id)!, true)),
      ...[...page.records.values()].filter((r) => !page.marks.has(r.id)).map((r) => toView(r, false)),
    ],
  };
}

/** Scrolls to a highlight, flashes it and focuses it. */
function scrollTo(page: HighlightPage, id: string): { found: boolean } {
  const els = marksOf(page.doc, id);
  if (!els.length) return { found: false };
  els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const e of els) e.setAttribute('data-glossa-flash', '');
  setTimeout(() => {
    for (const e of els) e.removeAttribute('data-glossa-flash');
  }, FLASH_MS);
  if (els[0].tabIndex >= 0) els[0].focus({ preventScroll: true });
  return { found: true };
}
