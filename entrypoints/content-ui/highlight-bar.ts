/**
 * The selection and the action bar. A selection in the article, once the
 * pointer or keyboard has rested, gets the bar (colours, note, copy); a
 * click on a highlight, or Enter on it, gets that highlight's bar (colours,
 * note, copy, delete). Colour, note and tags are one flow: choosing a colour
 * for a selection makes the highlight and keeps the bar open on it, with
 * "add note" one step away. The note editor's text lives in a draft
 * (lib/highlights/note-draft.ts): Escape closes an editor that holds nothing
 * unsaved and asks first when it does; a bar closed by a click elsewhere
 * keeps the draft, which comes back when the highlight is opened again.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { t } from '../../lib/i18n';
import { colourName } from '../../lib/highlights/colour-names';
import { DEFAULT_COLOUR, type ColourName } from '../../lib/highlights/model';
import { draftOf, escapeAction, patchOf } from '../../lib/highlights/note-draft';
import type { HighlightSelectionResult } from '../../lib/highlights/protocol';
import { HIGHLIGHT_ATTR, MARK_TAG } from '../../lib/highlights/wrap';
import type { Editing } from './highlight-editing';
import type { HighlightPage } from './highlight-page';
import type { BarState, HighlightUi } from './highlight-ui';

/** A selection is acted on after the pointer or keyboard has rested this long. */
const SELECTION_SETTLE_MS = 120;

/** What the open bar is for. Handlers check that their session is still the open one. */
type Session =
  | { kind: 'create'; range: Range }
  | {
      kind: 'edit';
      id: string;
      /** Opened from the keyboard: focus goes into the bar, and back to the highlight when it closes. */
      keyboard: boolean;
      editing: boolean;
      /** Escape is asking before discarding typed text. */
      asking: boolean;
      status?: string;
    };

/** A floating-ui reference for a DOM Range. */
function virtualFor(range: Range, context: Element | null): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: context ?? undefined,
  };
}

const markOf = (target: EventTarget | null | undefined): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(`${MARK_TAG}[${HIGHLIGHT_ATTR}]`) : null;

export class SelectionBar {
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerDown = false;
  /** What the last pointer release hit, until the selection has settled. */
  private pendingClick: EventTarget | null | undefined;
  /** The highlight whose bar was opened from the keyboard: focus returns to it. */
  private returnFocus: HTMLElement | undefined;
  private session: Session | undefined;

  constructor(
    private readonly page: HighlightPage,
    private readonly editing: Editing,
    /** The UI, made on first use. */
    private readonly ui: () => HighlightUi,
    /** The UI if it has been made. */
    private readonly uiIfMade: () => HighlightUi | undefined,
  ) {
    page.signal.addEventListener('abort', () => clearTimeout(this.selectionTimer));
  }

  listen(): void {
    const { doc, signal } = this.page;
    const opts = { signal, capture: true };
    doc.addEventListener(
      'pointerdown',
      (e) => {
        if (this.uiIfMade()?.contains(e.target)) return;
        this.pointerDown = true;
        if (this.session) this.closeBar(false);
      },
      opts,
    );
    doc.addEventListener(
      'pointerup',
      (e) => {
        if (this.uiIfMade()?.contains(e.target)) return;
        this.pointerDown = false;
        this.settleSelection(e.target);
      },
      opts,
    );
    doc.addEventListener(
      'keyup',
      (e) => {
        if (e.shiftKey || e.key === 'Shift') this.settleSelection(null);
      },
      opts,
    );
    doc.addEventListener(
      'selectionchange',
      () => {
        if (!this.pointerDown) this.settleSelection(undefined);
      },
      { signal },
    );
    // Focus moving on into the page (Tab out of the bar, a link reached by keyboard) closes the bar; a draft stays.
    doc.addEventListener(
      'focusin',
      (e) => {
        if (this.session && !this.uiIfMade()?.contains(e.target)) this.closeBar(false);
      },
      opts,
    );
    doc.addEventListener(
      'keydown',
      (e) => {
        // Keys inside our UI are the bar's (it handles Escape itself).
        if (this.uiIfMade()?.contains(e.target)) return;
        const mark = markOf(e.target);
        if (mark && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          this.openHighlight(mark.getAttribute(HIGHLIGHT_ATTR)!, { keyboard: true });
        } else if (e.key === 'Escape' && this.session) {
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
      const mark = markOf(click);
      // A click on a highlight opens its bar, but not a click meant for a link.
      if (mark && !(click as Element).closest('a[href], button'))
        this.openHighlight(mark.getAttribute(HIGHLIGHT_ATTR)!, { keyboard: false });
      else if (click && this.session && !this.uiIfMade()?.contains(this.page.doc.activeElement)) this.closeBar(false);
    }, SELECTION_SETTLE_MS);
  }

  /** The page selection, if it holds article text. */
  currentSelection(): Range | undefined {
    const selection = this.page.doc.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return undefined;
    const range = selection.getRangeAt(0);
    if (!range.toString().trim()) return undefined;
    const container = range.commonAncestorContainer;
    const el = container.nodeType === 1 ? (container as Element) : container.parentElement;
    if (el?.closest('input, textarea, [contenteditable]:not([contenteditable="false"]), [data-glossa-ui]')) return undefined;
    if (!this.page.roots().some((r) => range.intersectsNode(r))) return undefined;
    return range.cloneRange();
  }

  private showSelectionBar(range: Range): void {
    this.returnFocus = undefined;
    this.session = { kind: 'create', range };
    this.ui().showBar(virtualFor(range, range.startContainer.parentElement), this.state());
  }

  /** Highlights the page's selection (the context menu, the keyboard command): its bar opens, focused. */
  highlightSelection(colour: ColourName | undefined): Promise<HighlightSelectionResult> {
    const range = this.currentSelection();
    if (!range) {
      this.ui().toast({ kind: 'info', text: t('highlightSelectFirst') });
      return Promise.resolve({ error: 'no-selection' });
    }
    const made = this.editing.create(range, colour ?? DEFAULT_COLOUR);
    if ('error' in made) return Promise.resolve(made);
    this.openHighlight(made.id, { keyboard: true });
    return made.saved;
  }

  /** Makes a highlight of the bar's selection; the bar stays open as the new highlight's bar. */
  private createFromBar(range: Range, colour: ColourName, withNote: boolean): void {
    const made = this.editing.create(range, colour);
    if ('error' in made) {
      this.closeBar(false);
      return;
    }
    const record = this.page.records.get(made.id)!;
    if (withNote) this.editing.drafts.open(made.id, record);
    const marks = this.page.shown(made.id);
    // Escape from the bar returns focus to the new highlight.
    this.returnFocus = marks[0];
    this.session = {
      kind: 'edit',
      id: made.id,
      keyboard: false,
      editing: withNote,
      asking: false,
      status: t('highlight_created', colourName(colour)),
    };
    this.ui().updateBar(this.state(), this.anchorOf(made.id));
  }

  /** Opens the bar of an existing highlight; with an unsaved draft of its note, the editor opens with it. */
  openHighlight(id: string, options: { keyboard: boolean; note?: boolean }): void {
    const record = this.page.records.get(id);
    const anchor = this.anchorOf(id);
    if (!record || !anchor) return;
    this.returnFocus = options.keyboard ? this.page.shown(id)[0] : undefined;
    const kept = this.editing.drafts.hasUnsaved(id, record);
    const editing = !!options.note || kept;
    if (editing) this.editing.drafts.open(id, record);
    this.session = {
      kind: 'edit',
      id,
      keyboard: options.keyboard,
      editing,
      asking: false,
      status: kept ? t('highlight_draftKept') : undefined,
    };
    this.ui().showBar(anchor, this.state());
  }

  closeBar(restoreFocus: boolean): void {
    this.session = undefined;
    // Focus goes back before the bar goes: while the bar is open, a term around the highlight does not open its tooltip.
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = undefined;
    this.uiIfMade()?.hideBar();
  }

  /** A highlight's record changed (saved here, or changed elsewhere): its open bar shows it. */
  changed(id: string): void {
    if (this.session?.kind === 'edit' && this.session.id === id) this.redraw();
  }

  /** A highlight left the page: its bar closes. */
  forgotten(id: string): void {
    if (this.session?.kind === 'edit' && this.session.id === id) this.closeBar(false);
  }

  private anchorOf(id: string): VirtualElement | undefined {
    const els = this.page.shown(id);
    if (!els.length) return undefined;
    const range = this.page.doc.createRange();
    range.setStartBefore(els[0]);
    range.setEndAfter(els[els.length - 1]);
    return virtualFor(range, els[0]);
  }

  private redraw(): void {
    if (this.session) this.ui().updateBar(this.state());
  }

  /** The bar's props for the open session; every handler acts only while its session is open. */
  private state(): BarState {
    const s = this.session!;
    const live = (fn: () => void) => () => {
      if (this.session === s) fn();
    };
    const base = {
      onDraft: () => {},
      onSaveNote: () => {},
      onCancelNote: () => {},
      onKeepEditing: () => {},
      onDiscardNote: () => {},
      onEscape: live(() => this.closeBar(true)),
      onClose: live(() => this.closeBar(true)),
    };
    if (s.kind === 'create') {
      const { range } = s;
      return {
        ...base,
        mode: 'create',
        onColour: (colour) => live(() => this.createFromBar(range, colour, false))(),
        onNote: live(() => this.createFromBar(range, DEFAULT_COLOUR, true)),
        onCopy: live(() => {
          void this.editing.copyRange(range);
          this.closeBar(false);
        }),
      };
    }
    const { id } = s;
    const { drafts } = this.editing;
    const record = this.page.records.get(id);
    if (!record) return { ...base, mode: 'edit', onColour: () => {}, onNote: () => {}, onCopy: () => {} };
    const draft = s.editing ? (drafts.get(id) ?? draftOf(record)) : undefined;
    const redraw = () => this.redraw();
    const pressEscape = () => {
      if (!s.editing) return this.closeBar(true);
      if (s.asking) s.asking = false;
      else if (escapeAction(drafts.get(id) ?? draftOf(record), record) === 'ask') s.asking = true;
      else {
        drafts.drop(id);
        s.editing = false;
      }
      redraw();
    };
    return {
      ...base,
      mode: 'edit',
      current: record.colour,
      saved: { note: record.note, tags: record.tags },
      editor: draft ? { draft, asking: s.asking } : undefined,
      status: s.status,
      autoFocus: s.keyboard,
      onColour: (colour) =>
        live(() => {
          s.status = undefined;
          void this.editing.update(id, { colour });
          redraw();
        })(),
      onNote: live(() => {
        if (s.editing) return pressEscape();
        drafts.open(id, record);
        s.editing = true;
        s.status = undefined;
        redraw();
      }),
      onCopy: live(() => void this.editing.copy(record.quote.exact)),
      onDelete: live(() => {
        this.closeBar(false);
        void this.editing.remove(id);
      }),
      onDraft: (change) =>
        live(() => {
          drafts.edit(id, { ...(drafts.get(id) ?? draftOf(record)), ...change });
          redraw();
        })(),
      onSaveNote: live(() => {
        const typed = drafts.get(id);
        if (!typed) return;
        s.editing = false;
        s.asking = false;
        s.status = undefined;
        redraw();
        void this.editing.update(id, patchOf(typed)).then((saved) => {
          if (this.session !== s) return;
          // Not saved: the draft is still there; the editor opens again with it.
          if (saved) s.status = t('highlight_noteSaved');
          else s.editing = this.page.records.has(id);
          redraw();
        });
      }),
      onCancelNote: live(() => {
        drafts.drop(id);
        s.editing = false;
        s.asking = false;
        redraw();
      }),
      onEscape: live(pressEscape),
      onKeepEditing: live(() => {
        s.asking = false;
        redraw();
      }),
      onDiscardNote: live(() => {
        drafts.drop(id);
        s.editing = false;
        s.asking = false;
        s.status = t('highlight_noteDiscarded');
        redraw();
      }),
    };
  }
}
