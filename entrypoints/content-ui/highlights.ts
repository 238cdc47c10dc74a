/**
 * Highlights on the article page: the selection action bar,
 * re-anchoring saved highlights on every visit (and again when content
 * arrives late), the "not found on this page" list, live updates from other
 * tabs and the library, and what the popup's messages ask for. Part of the
 * lazily loaded UI (entrypoints/content-ui): the content script starts it
 * when the article has saved highlights, a selection is made in it, or a
 * message asks (entrypoints/content/highlights-boot.ts), independently of
 * term annotation. Nothing is added
 * to the page until there is a highlight to show or a selection to act on.
 *
 * Only the anchoring code paths are imported here (approx-string-match is
 * the one library); validation, import and export live in the library page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { VirtualElement } from '@floating-ui/dom';
import type { SiteAdapter } from '../../lib/sites/types';
import { t } from '../../lib/i18n';
import type { HighlightSelectionResult, PageHighlight, PageHighlights } from '../../lib/highlights/protocol';
import { articleOfPage, pageUrl, quoteWithCitation, sameArticle } from '../../lib/highlights/article';
import { describeRange } from '../../lib/highlights/describe';
import {
  COLOURS,
  DEFAULT_COLOUR,
  PALETTE,
  SCHEMA_VERSION,
  newId,
  nowIso,
  type ArticleRef,
  type ColourName,
  type HighlightRecord,
} from '../../lib/highlights/model';
import { anchorOne, placeHighlights, wrapAnchored, type PlaceResult } from '../../lib/highlights/place';
import type { Anchored } from '../../lib/highlights/anchor';
import {
  deleteHighlight,
  highlightsOf,
  restoreHighlight,
  saveRecord,
  StorageWriteError,
  updateHighlight,
  watchHighlights,
  type HighlightPatch,
} from '../../lib/highlights/store';
import { buildTextIndex, type TextIndex } from '../../lib/highlights/text';
import { HIGHLIGHT_ATTR, MARK_TAG, marksOf, setColour, unwrap, Wrapper } from '../../lib/highlights/wrap';
import type { HighlightItem } from '../../components/HighlightList';
import { addHighlightStyle } from './highlight-style';
import { HighlightUi } from './highlight-ui';

export interface HighlightsContext {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** Aborted when the page goes away or the extension is reloaded. */
  signal: AbortSignal;
}

/** Late content is checked at most this often. */
const RETRY_INTERVAL_MS = 500;
/** How long a highlight flashes after "scroll to". */
const FLASH_MS = 1600;
/** A selection is acted on after the pointer or keyboard has rested this long. */
const SELECTION_SETTLE_MS = 120;
/** Time budget of one slice of the approximate search before yielding to the page. */
const SLICE_MS = 8;

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
  const controller = new HighlightsController(context);
  await controller.start();
  return {
    list: () => controller.list(),
    scrollTo: (id) => controller.scrollTo(id),
    highlightSelection: (colour) => controller.highlightSelection(colour, true),
    checkSelection: () => controller.settleSelection(undefined),
  };
}

const colourLabel = (c: ColourName) => t(`colour_${c}`);

/** A floating-ui reference for a DOM Range or a highlight's wrappers. */
function virtualFor(range: Range, context: Element | null): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: context ?? undefined,
  };
}

class HighlightsController {
  private readonly doc = document;
  private readonly article: ArticleRef;
  /** Live highlights of this article. */
  private readonly records = new Map<string, HighlightRecord>();
  /** Wrappers of those shown on the page. */
  private readonly marks = new Map<string, HTMLElement[]>();
  /** Those that could not be placed ("not found on this page"). */
  private readonly orphans = new Set<string>();
  private ui: HighlightUi | undefined;
  private observer: MutationObserver | undefined;
  private signature = '';
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerDown = false;
  /** What the last pointer release hit, until the selection has settled. */
  private pendingClick: EventTarget | null | undefined;
  /** The highlight whose bar was opened from the keyboard: focus returns to it. */
  private returnFocus: HTMLElement | undefined;
  private measured = false;
  /** Highlights waiting for the approximate search (not yet called "not found"). */
  private readonly fuzzyPending = new Set<string>();
  private fuzzyGeneration = 0;

  constructor(private readonly c: HighlightsContext) {
    this.article = articleOfPage(c.adapter.identity(this.doc), this.doc, pageUrl(location));
  }

  private get adapter(): SiteAdapter {
    return this.c.adapter;
  }

  async start(): Promise<void> {
    const { signal } = this.c;
    const stopWatching = watchHighlights((changes) => this.onStorageChange(changes));
    this.listen();
    signal.addEventListener('abort', () => {
      stopWatching();
      this.observer?.disconnect();
      clearTimeout(this.retryTimer);
      clearTimeout(this.selectionTimer);
      this.ui?.destroy();
    });
    let saved: HighlightRecord[] = [];
    try {
      saved = await highlightsOf(this.article);
    } catch {
      return; // storage unavailable (extension reloaded): nothing to show
    }
    if (signal.aborted) return;
    for (const r of saved) this.records.set(r.id, r);
    if (saved.length) this.placePending();
  }

  // ---- Placing ---------------------------------------------------------

  private rootsSignature(roots: readonly Element[]): string {
    return roots.map((r) => (r.textContent ?? '').length).join(',');
  }

  /**
   * Anchors and wraps every highlight not yet shown: by position and exact
   * quote at once, in one task; those still missing get the approximate
   * search afterwards, a slice at a time (it is the costly step).
   */
  private placePending(): void {
    const pending = [...this.records.values()].filter((r) => !this.marks.has(r.id));
    if (pending.length) {
      const start = performance.now();
      addHighlightStyle(this.doc);
      const roots = this.adapter.roots(this.doc);
      const result = placeHighlights({
        doc: this.doc,
        roots,
        index: buildTextIndex(roots, this.adapter.exclude, this.adapter.parts),
        exclude: this.adapter.exclude,
        layout: this.adapter.id,
        records: pending,
        fuzzy: false,
      });
      this.placed(result.placed);
      // Read by `npm run bench` (the performance timeline is shared with the page).
      performance.measure(this.measured ? 'glossa:highlights-retry' : 'glossa:highlights', {
        start,
        end: performance.now(),
        detail: { placed: result.placed.length, orphaned: result.orphaned.length },
      });
      this.measured = true;
      this.signature = this.rootsSignature(roots);
      if (result.orphaned.length) this.approximate(result.orphaned, result.index);
    }
    this.showOrphans();
    this.observe();
  }

  private placed(list: PlaceResult['placed']): void {
    for (const p of list) {
      this.marks.set(p.record.id, p.marks);
      this.orphans.delete(p.record.id);
      this.fuzzyPending.delete(p.record.id);
      this.focusable(p.marks);
    }
  }

  /**
   * The approximate search for `records` in the text of `index` (a snapshot:
   * only its text and headings are read), one slice per task; then wraps
   * what it found.
   */
  private approximate(records: HighlightRecord[], index: TextIndex): void {
    const generation = ++this.fuzzyGeneration;
    for (const r of records) this.fuzzyPending.add(r.id);
    const found: Array<{ record: HighlightRecord; anchored: Anchored }> = [];
    let i = 0;
    let spent = 0;
    const step = () => {
      if (generation !== this.fuzzyGeneration || this.c.signal.aborted) return;
      const sliceStart = performance.now();
      while (i < records.length && performance.now() - sliceStart < SLICE_MS) {
        const record = records[i++];
        if (!this.records.has(record.id) || this.marks.has(record.id)) continue;
        const anchored = anchorOne(index, this.adapter.id, record, true);
        if (anchored) found.push({ record, anchored });
      }
      spent += performance.now() - sliceStart;
      if (i < records.length) setTimeout(step, 0);
      else this.finishApproximate(found, index.text, records, spent);
    };
    setTimeout(step, 0);
  }

  private finishApproximate(
    found: Array<{ record: HighlightRecord; anchored: Anchored }>,
    text: string,
    tried: HighlightRecord[],
    spent: number,
  ): void {
    const start = performance.now();
    const fresh = buildTextIndex(this.adapter.roots(this.doc), this.adapter.exclude, this.adapter.parts);
    for (const r of tried) this.fuzzyPending.delete(r.id);
    if (fresh.text !== text) {
      // The page changed meanwhile: the offsets are stale; try again on the new text.
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = undefined;
        this.placePending();
      }, RETRY_INTERVAL_MS);
      return;
    }
    const live = found.filter(({ record }) => this.records.has(record.id) && !this.marks.has(record.id));
    const result = wrapAnchored(fresh, this.doc, live);
    this.placed(result.placed);
    for (const r of tried) if (!this.marks.has(r.id) && this.records.has(r.id)) this.orphans.add(r.id);
    performance.measure('glossa:highlights-approximate', {
      start,
      end: performance.now(),
      detail: { placed: result.placed.length, orphaned: tried.length - result.placed.length, searchMs: spent },
    });
    this.showOrphans();
  }

  private focusable(marks: HTMLElement[]): void {
    // One tab stop per highlight: Enter opens its bar.
    if (marks[0] && !marks[0].closest('a[href], button')) marks[0].tabIndex = 0;
  }

  private observe(): void {
    if (this.observer || !this.records.size || this.c.signal.aborted) return;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => r.target instanceof Element && r.target.closest('[data-glossa-ui]'))) return;
      if (this.retryTimer === undefined) this.retryTimer = setTimeout(() => this.recheck(), RETRY_INTERVAL_MS);
    });
    this.observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** After late content: highlights whose wrappers vanished, and orphans, get another chance. */
  private recheck(): void {
    this.retryTimer = undefined;
    let lost = false;
    for (const [id, els] of this.marks) {
      if (!els.some((e) => e.isConnected)) {
        this.marks.delete(id);
        lost = true;
      }
    }
    const pending = [...this.records.keys()].some((id) => !this.marks.has(id));
    if (!pending) return;
    const signature = this.rootsSignature(this.adapter.roots(this.doc));
    if (!lost && signature === this.signature) return;
    this.placePending();
  }

  private showOrphans(): void {
    const items = [...this.orphans]
      .filter((id) => !this.fuzzyPending.has(id))
      .flatMap((id) => {
        const r = this.records.get(id);
        return r ? [this.item(r, false)] : [];
      });
    if (items.length || this.ui) this.getUi().setOrphans(items);
  }

  private item(r: HighlightRecord, found: boolean): HighlightItem {
    return {
      id: r.id,
      exact: r.quote.exact,
      note: r.note,
      tags: r.tags,
      colour: r.colour,
      colourLabel: colourLabel(r.colour),
      background: PALETTE[r.colour].background,
      section: r.section,
      found,
    };
  }

  // ---- Storage changes (other tabs, the library, imports) --------------

  private onStorageChange(changes: Array<{ id: string; record?: HighlightRecord }>): void {
    let place = false;
    for (const { id, record } of changes) {
      if (!record || record.deleted) {
        if (this.records.has(id)) this.forget(id);
        continue;
      }
      if (!sameArticle(record.article, this.article)) continue;
      const previous = this.records.get(id);
      this.records.set(id, record);
      if (this.marks.has(id)) {
        if (previous?.colour !== record.colour) setColour(this.doc, id, record.colour);
      } else if (!this.orphans.has(id)) place = true;
    }
    if (place) this.placePending();
    else this.showOrphans();
  }

  private forget(id: string): void {
    unwrap(this.doc, id);
    this.records.delete(id);
    this.marks.delete(id);
    this.orphans.delete(id);
    this.showOrphans();
  }

  // ---- Selection and the action bar ------------------------------------

  private getUi(): HighlightUi {
    this.ui ??= new HighlightUi(
      this.c.ctx,
      COLOURS.map((name) => ({ name, label: colourLabel(name), ...PALETTE[name] })),
      {
        toolbar: t('highlightToolbar'),
        highlightIn: Object.fromEntries(COLOURS.map((c) => [c, t('highlightIn', colourLabel(c))])) as Record<ColourName, string>,
        note: t('highlightAddNote'),
        copy: t('highlightCopy'),
        remove: t('highlightDelete'),
        noteField: t('highlightNote'),
        tagsField: t('highlightTags'),
        tagsHint: t('highlightTagsHint'),
        save: t('highlightSave'),
        cancel: t('highlightCancel'),
        close: t('highlightClose'),
      },
    );
    return this.ui;
  }

  private listen(): void {
    const { signal } = this.c;
    const opts = { signal, capture: true };
    this.doc.addEventListener(
      'pointerdown',
      (e) => {
        if (this.ui?.contains(e.target)) return;
        this.pointerDown = true;
        if (this.ui?.barOpen) this.closeBar(false);
      },
      opts,
    );
    this.doc.addEventListener(
      'pointerup',
      (e) => {
        if (this.ui?.contains(e.target)) return;
        this.pointerDown = false;
        this.settleSelection(e.target);
      },
      opts,
    );
    this.doc.addEventListener(
      'keyup',
      (e) => {
        if (e.shiftKey || e.key === 'Shift') this.settleSelection(null);
      },
      opts,
    );
    this.doc.addEventListener(
      'selectionchange',
      () => {
        if (!this.pointerDown) this.settleSelection(undefined);
      },
      { signal },
    );
    this.doc.addEventListener(
      'keydown',
      (e) => {
        // Keys inside our UI are the bar's (Escape there first closes the note editor).
        if (this.ui?.contains(e.target)) return;
        const mark = e.target instanceof Element ? e.target.closest<HTMLElement>(`${MARK_TAG}[${HIGHLIGHT_ATTR}]`) : null;
        if (mark && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          this.openHighlight(mark.getAttribute(HIGHLIGHT_ATTR)!, { keyboard: true });
        } else if (e.key === 'Escape' && this.ui?.barOpen) {
          this.closeBar(true);
        }
      },
      opts,
    );
  }

  /**
   * Shows the bar for the selection once it has settled, or opens a clicked
   * highlight. `target` is what a pointer released on (null for a key);
   * a selection change alone (undefined) never closes a bar nor forgets a
   * pending click: clicking a highlight collapses the selection just after.
   */
  settleSelection(target: EventTarget | null | undefined): void {
    if (target !== undefined) this.pendingClick = target;
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => {
      const click = this.pendingClick;
      this.pendingClick = undefined;
      const range = this.currentSelection();
      if (range) return this.showSelectionBar(range);
      const mark = click instanceof Element ? click.closest<HTMLElement>(`${MARK_TAG}[${HIGHLIGHT_ATTR}]`) : null;
      // A click on a highlight opens its bar, but not a click meant for a link.
      if (mark && !(click as Element).closest('a[href], button'))
        this.openHighlight(mark.getAttribute(HIGHLIGHT_ATTR)!, { keyboard: false });
      else if (click && this.ui?.barOpen && !this.ui.contains(this.doc.activeElement)) this.closeBar(false);
    }, SELECTION_SETTLE_MS);
  }

  /** The page selection, if it holds article text. */
  private currentSelection(): Range | undefined {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return undefined;
    const range = selection.getRangeAt(0);
    if (!range.toString().trim()) return undefined;
    const container = range.commonAncestorContainer;
    const el = container.nodeType === 1 ? (container as Element) : container.parentElement;
    if (el?.closest('input, textarea, [contenteditable]:not([contenteditable="false"]), [data-glossa-ui]')) return undefined;
    const roots = this.adapter.roots(this.doc);
    if (!roots.some((r) => range.intersectsNode(r))) return undefined;
    return range.cloneRange();
  }

  private showSelectionBar(range: Range): void {
    const context = range.startContainer.parentElement;
    this.returnFocus = undefined;
    this.getUi().showBar(virtualFor(range, context), {
      mode: 'create',
      onColour: (colour) => void this.createFromRange(range, colour),
      onNote: () =>
        void this.createFromRange(range, DEFAULT_COLOUR).then((result) => {
          if ('id' in result) this.openHighlight(result.id, { keyboard: true, note: true });
        }),
      onCopy: () => {
        const index = buildTextIndex(this.adapter.roots(this.doc), this.adapter.exclude, this.adapter.parts);
        const exact = describeRange(index, range, this.adapter.id)?.quote.exact ?? range.toString().replace(/\s+/g, ' ').trim();
        void this.copy(exact);
        this.closeBar(false);
      },
      onSaveNote: () => {},
      onCancelNote: () => {},
      onClose: () => this.closeBar(false),
    });
  }

  private closeBar(restoreFocus: boolean): void {
    this.ui?.hideBar();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = undefined;
  }

  /** Opens the bar of an existing highlight (colour, note, copy, delete). */
  private openHighlight(id: string, options: { keyboard: boolean; note?: boolean }): void {
    const record = this.records.get(id);
    const els = this.marks.get(id)?.filter((e) => e.isConnected);
    if (!record || !els?.length) return;
    const range = this.doc.createRange();
    range.setStartBefore(els[0]);
    range.setEndAfter(els[els.length - 1]);
    this.returnFocus = options.keyboard ? els[0] : undefined;
    const ui = this.getUi();
    ui.showBar(virtualFor(range, els[0]), {
      mode: 'edit',
      current: record.colour,
      editor: options.note ? { note: record.note, tags: record.tags } : undefined,
      autoFocus: options.keyboard,
      onColour: (colour) => {
        ui.updateBar({ current: colour });
        void this.update(id, { colour });
      },
      onNote: () => {
        const r = this.records.get(id) ?? record;
        ui.updateBar({ editor: { note: r.note, tags: r.tags } });
      },
      onCopy: () => void this.copy(record.quote.exact),
      onDelete: () => void this.remove(id),
      onSaveNote: (note, tags) => {
        ui.updateBar({ editor: undefined });
        void this.update(id, { note, tags });
      },
      onCancelNote: () => ui.updateBar({ editor: undefined }),
      onClose: () => this.closeBar(true),
    });
  }

  // ---- Actions ---------------------------------------------------------

  async highlightSelection(colour: ColourName | undefined, fromCommand: boolean): Promise<HighlightSelectionResult> {
    const range = this.currentSelection();
    if (!range) {
      this.getUi().toast({ kind: 'info', text: t('highlightSelectFirst') });
      return { error: 'no-selection' };
    }
    const result = await this.createFromRange(range, colour ?? DEFAULT_COLOUR);
    if ('id' in result && fromCommand) this.openHighlight(result.id, { keyboard: true });
    return result;
  }

  /** Makes a highlight of a range: shown at once, then saved. */
  private async createFromRange(range: Range, colour: ColourName): Promise<HighlightSelectionResult> {
    this.closeBar(false);
    const index = buildTextIndex(this.adapter.roots(this.doc), this.adapter.exclude, this.adapter.parts);
    const selectors = describeRange(index, range, this.adapter.id);
    if (!selectors?.position) {
      this.getUi().toast({ kind: 'info', text: t('highlightSelectFirst') });
      return { error: 'no-selection' };
    }
    const now = nowIso();
    const record: HighlightRecord = {
      v: SCHEMA_VERSION,
      id: newId(),
      article: this.article,
      ...selectors,
      colour,
      note: '',
      tags: [],
      created: now,
      modified: now,
    };
    addHighlightStyle(this.doc);
    const els = new Wrapper(index, this.doc).wrap(selectors.position.start, selectors.position.end, record.id, colour);
    this.doc.getSelection()?.removeAllRanges();
    this.records.set(record.id, record);
    this.marks.set(record.id, els);
    this.focusable(els);
    try {
      await saveRecord(record);
    } catch (error) {
      this.forget(record.id);
      this.storageError(error);
      return { error: error instanceof StorageWriteError && error.quota ? 'storage-full' : 'storage' };
    }
    this.observe();
    return { id: record.id };
  }

  private async update(id: string, patch: HighlightPatch): Promise<void> {
    const before = this.records.get(id);
    if (patch.colour) setColour(this.doc, id, patch.colour);
    try {
      const next = await updateHighlight(id, patch);
      if (next) this.records.set(id, next);
    } catch (error) {
      if (before && patch.colour) setColour(this.doc, id, before.colour);
      this.storageError(error);
    }
  }

  private async remove(id: string): Promise<void> {
    this.closeBar(false);
    let old: HighlightRecord | undefined;
    try {
      old = await deleteHighlight(id);
    } catch (error) {
      this.storageError(error);
      return;
    }
    this.forget(id);
    if (!old) return;
    const record = old;
    this.getUi().toast({
      kind: 'info',
      text: t('highlightDeleted'),
      action: { label: t('highlightUndo'), onClick: () => void this.restore(record) },
    });
  }

  private async restore(record: HighlightRecord): Promise<void> {
    this.ui?.hideToast();
    try {
      const restored = await restoreHighlight(record);
      this.records.set(restored.id, restored);
      this.placePending();
    } catch (error) {
      this.storageError(error);
    }
  }

  private storageError(error: unknown): void {
    const full = error instanceof StorageWriteError && error.quota;
    this.getUi().toast({ kind: 'error', text: t(full ? 'highlightStorageFull' : 'highlightStorageError') }, true);
  }

  private async copy(exact: string): Promise<void> {
    const text = quoteWithCitation(exact, this.article);
    try {
      await navigator.clipboard.writeText(text);
      this.getUi().toast({ kind: 'info', text: t('highlightCopied') });
    } catch {
      this.getUi().toast({ kind: 'error', text: t('highlightCopyFailed') });
    }
  }

  // ---- Messages --------------------------------------------------------

  list(): PageHighlights {
    const found = [...this.marks.entries()]
      .filter(([id, els]) => this.records.has(id) && els.some((e) => e.isConnected))
      .sort(([, a], [, b]) => (a[0].compareDocumentPosition(b[0]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const page = (r: HighlightRecord, isFound: boolean): PageHighlight => ({
      id: r.id,
      exact: r.quote.exact,
      note: r.note,
      tags: r.tags,
      colour: r.colour,
      section: r.section,
      found: isFound,
      created: r.created,
      modified: r.modified,
    });
    return {
      article: this.article,
      highlights: [
        ...found.map(([id]) => page(this.records.get(id)!, true)),
        ...[...this.records.values()].filter((r) => !this.marks.has(r.id)).map((r) => page(r, false)),
      ],
    };
  }

  scrollTo(id: string): { found: boolean } {
    const els = marksOf(this.doc, id);
    if (!els.length) return { found: false };
    els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const e of els) e.setAttribute('data-glossa-flash', '');
    setTimeout(() => {
      for (const e of els) e.removeAttribute('data-glossa-flash');
    }, FLASH_MS);
    if (els[0].tabIndex >= 0) els[0].focus({ preventScroll: true });
    return { found: true };
  }
}
