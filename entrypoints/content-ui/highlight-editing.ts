/**
 * Making, changing and deleting highlights, and copying quotes. Every change
 * shows on the page at once and is then saved through the page's writer
 * (lib/highlights/writer.ts), which saves one record's changes one after
 * another, so a note saved right after a colour was picked (or right after
 * the highlight was made) is never overwritten or dropped. What the reader
 * types into a note is kept as a draft (lib/highlights/note-draft.ts) until
 * it is saved: if the save fails, the draft comes back when the highlight
 * is opened again.
 */
import { t } from '../../lib/i18n';
import { quoteWithCitation } from '../../lib/highlights/article';
import { describeRange } from '../../lib/highlights/describe';
import { SCHEMA_VERSION, newId, nowIso, type ColourName, type HighlightRecord } from '../../lib/highlights/model';
import { NoteDrafts } from '../../lib/highlights/note-draft';
import type { HighlightSelectionResult } from '../../lib/highlights/protocol';
import { getRecord, StorageWriteError, type HighlightPatch } from '../../lib/highlights/store';
import { Wrapper } from '../../lib/highlights/wrap';
import type { HighlightWriter } from '../../lib/highlights/writer';
import type { HighlightPage } from './highlight-page';
import type { Placement } from './highlight-placement';
import { addHighlightStyle } from './highlight-style';
import type { HighlightUi } from './highlight-ui';

export interface EditingEvents {
  /** A highlight left the page (deleted, or its first save failed). */
  forgotten(id: string): void;
  /** A highlight's record changed (as saved, or back to what is stored after a failed save). */
  changed(id: string): void;
}

export class Editing {
  readonly drafts = new NoteDrafts();

  constructor(
    private readonly page: HighlightPage,
    private readonly placement: Placement,
    private readonly writer: HighlightWriter,
    private readonly ui: () => HighlightUi,
    private readonly events: EditingEvents,
  ) {}

  /**
   * Makes a highlight of a range: wrapped at once (the selection is
   * cleared), then saved; `saved` says how the save went (on failure the
   * highlight is taken off the page again and the reader is told).
   */
  create(range: Range, colour: ColourName): { id: string; saved: Promise<HighlightSelectionResult> } | { error: 'no-selection' } {
    const { page } = this;
    const index = page.textIndex();
    const selectors = describeRange(index, range, page.adapter.id);
    if (!selectors?.position) {
      this.ui().toast({ kind: 'info', text: t('highlightSelectFirst') });
      return { error: 'no-selection' };
    }
    const now = nowIso();
    const record: HighlightRecord = {
      v: SCHEMA_VERSION,
      id: newId(),
      article: page.article,
      ...selectors,
      colour,
      note: '',
      tags: [],
      created: now,
      modified: now,
    };
    addHighlightStyle(page.doc);
    const marks = new Wrapper(index, page.doc).wrap(selectors.position.start, selectors.position.end, record.id, colour);
    page.doc.getSelection()?.removeAllRanges();
    page.records.set(record.id, record);
    this.placement.adopt(record.id, marks);
    const saved = this.writer.create(record).then(
      (): HighlightSelectionResult => ({ id: record.id }),
      (error: unknown): HighlightSelectionResult => {
        this.gone(record.id);
        this.storageError(error);
        return { error: error instanceof StorageWriteError && error.quota ? 'storage-full' : 'storage' };
      },
    );
    return { id: record.id, saved };
  }

  /** Changes colour, note or tags: shown at once, then saved. Resolves to whether it was saved. */
  async update(id: string, patch: HighlightPatch): Promise<boolean> {
    const { page, writer } = this;
    const before = page.records.get(id);
    if (!before) return false;
    page.records.set(id, { ...before, ...patch });
    page.present(id);
    try {
      const stored = await writer.update(id, patch);
      // With more changes queued, the last one reports the record as stored.
      if (writer.pending(id)) return !!stored;
      if (!stored) {
        this.gone(id); // deleted elsewhere meanwhile
        return false;
      }
      page.records.set(id, stored);
      page.present(id);
      this.events.changed(id);
      return true;
    } catch (error) {
      this.storageError(error);
      await this.reload(id);
      return false;
    }
  }

  /** Deletes a highlight, offering undo. */
  async remove(id: string): Promise<void> {
    let old: HighlightRecord | undefined;
    try {
      old = await this.writer.remove(id);
    } catch (error) {
      this.storageError(error);
      return;
    }
    this.gone(id);
    if (!old) return;
    const record = old;
    this.ui().toast({
      kind: 'info',
      text: t('highlightDeleted'),
      action: { label: t('highlightUndo'), onClick: () => void this.restore(record) },
    });
  }

  private async restore(record: HighlightRecord): Promise<void> {
    this.ui().hideToast();
    try {
      const restored = await this.writer.restore(record);
      this.page.records.set(restored.id, restored);
      this.placement.placePending();
    } catch (error) {
      this.storageError(error);
    }
  }

  /** After a failed save: the page shows what is stored again (the typed note stays as a draft). */
  private async reload(id: string): Promise<void> {
    const stored = await getRecord(id).catch(() => undefined);
    if (this.writer.pending(id) || !this.page.records.has(id)) return;
    if (!stored || stored.deleted) return this.gone(id);
    this.page.records.set(id, stored);
    this.page.present(id);
    this.events.changed(id);
  }

  private gone(id: string): void {
    this.page.forget(id);
    this.drafts.drop(id);
    this.placement.showOrphans();
    this.events.forgotten(id);
  }

  storageError(error: unknown): void {
    const full = error instanceof StorageWriteError && error.quota;
    this.ui().toast({ kind: 'error', text: t(full ? 'highlightStorageFull' : 'highlightStorageError') }, true);
  }

  /** Copies a quote with the article's citation. */
  async copy(exact: string): Promise<void> {
    const text = quoteWithCitation(exact, this.page.article);
    try {
      await navigator.clipboard.writeText(text);
      this.ui().toast({ kind: 'info', text: t('highlightCopied') });
    } catch {
      this.ui().toast({ kind: 'error', text: t('highlightCopyFailed') });
    }
  }

  /** Copies a selection's quote (as a highlight of it would have it) with the citation. */
  copyRange(range: Range): Promise<void> {
    const exact = describeRange(this.page.textIndex(), range, this.page.adapter.id)?.quote.exact;
    return this.copy(exact ?? range.toString().replace(/\s+/g, ' ').trim());
  }
}
